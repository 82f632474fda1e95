/**
 * The talk's first and third parts: the title, then (after the crash, slides/sections/market.ts) who
 * is talking, with which biases, and the route.
 */
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
        t`Welcome. A small Chinese lab released a cheap reasoning model, and the market lost its nerve. Tonight's question: was that the black swan for the seven giants of American tech?`,
      ],
    },
  ],
});

export const introduction = section({
  id: 'introduction',
  title: 'Who is talking',
  slides: [
    {
      kind: 'bullets',
      id: 'why-this-talk',
      title: 'I read for three days, with my biases on the table',
      bullets: [
        t`Three days of reading from the Sunday before ${f('mkt-selloff-date')}, as a non-expert`,
        t`No positions in the Magnificent 7: a bias of its own`,
        t`Written without an LLM; AI tools helped the research`,
      ],
      stepwise: true,
      timing: 35,
      paragraphs: ['P02', 'P03', 'P20'],
      notes: [
        t`So who is talking? The story caught me on the Sunday morning before the crash. For once I had the time, so I spent three days reading everything I could find.`,
        t`I am not an AI researcher and not a fund manager. Think of this as a careful amateur's notebook.`,
        t`Two disclosures. I own none of the seven stocks, and I count that as a bias too, only a quieter one. And I wrote my first take on this by hand, without a language model, though AI tools helped me research it.`,
      ],
    },
    {
      kind: 'agenda',
      id: 'agenda',
      title: 'Where we are going',
      timing: 10,
      paragraphs: ['P05'],
      notes: [
        t`The story has many sides, so here is the route. The facts first, then the cost debate, then the fight over the narrative, Big Tech's voices included. Then what happened next, and my verdict.`,
      ],
    },
  ],
});
