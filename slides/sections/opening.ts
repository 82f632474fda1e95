/** Part 1: the title, who is talking and with which biases, and the agenda. */
import { f, section, t } from '../authoring.ts';
import { outlierMotif } from '../motif.ts';

export const opening = section({
  id: 'opening',
  title: 'Opening',
  slides: [
    {
      kind: 'title',
      id: 'title',
      title: 'DeepSeek: Black Swan for the MAG7?',
      subtitle: 'What a cheap Chinese model did to the most valuable companies on earth, and what it did not',
      byline: 'Notes from three days of reading, by a curious non-expert',
      picture: outlierMotif(),
      timing: 20,
      paragraphs: ['P01'],
      notes: [
        t`Welcome. Tonight's question is in the title: when a small Chinese lab released a cheap reasoning model and the market lost its nerve, was that the black swan for the seven giants of American tech, or something else entirely?`,
      ],
    },
    {
      kind: 'bullets',
      id: 'why-this-talk',
      title: 'Who is talking, and with which biases',
      bullets: [
        t`Hooked the Sunday before the sell-off of ${f('mkt-selloff-date')}`,
        t`Three days of reading, as a non-expert`,
        t`No positions in the Magnificent 7: a bias of its own`,
        t`Written without an LLM; AI tools helped the research`,
      ],
      stepwise: true,
      timing: 40,
      paragraphs: ['P02', 'P03', 'P20'],
      notes: [
        t`First, who is talking. The story caught me on the Sunday morning before the crash, and for once I had the time to chase it, so I spent three days reading everything I could find. I am not an AI researcher and not a fund manager: think of this as a careful amateur's notebook.`,
        t`Two disclosures. I own none of the seven stocks, and I count that as a bias too, only a quieter one than that of someone who bet the house on NVIDIA. And the essay behind this talk was written by hand, without a language model, though AI tools helped me research it.`,
      ],
    },
    {
      kind: 'agenda',
      id: 'agenda',
      title: 'Where we are going',
      timing: 10,
      paragraphs: ['P05'],
      notes: [
        t`The story has many sides, so here is the route: the facts first, then the cost debate, the fight over the narrative, what Big Tech said and what the market did, and finally my verdict.`,
      ],
    },
  ],
});
