/** Part 1: the title, the crash that opens the talk, who is talking and with which biases, and the agenda. */
import { defineSection } from '../../src/core/define.ts';
import { f, t } from '../../src/core/rich.ts';
import { largestOneDayLosses } from '../charts.ts';

export const opening = defineSection({
  id: 'opening',
  title: 'Opening',
  slides: [
    {
      kind: 'title',
      id: 'title',
      title: 'DeepSeek: Black Swan for the MAG7?',
      subtitle: 'What a cheap Chinese model did to the most valuable companies on earth, and what it did not',
      byline: 'Notes from three days of reading, by a curious non-expert',
      timing: 20,
      paragraphs: ['P01'],
      notes: [
        t`Welcome. A small Chinese lab released a cheap reasoning model, and the market lost its nerve. Tonight's question: was that the black swan for the seven giants of American tech?`,
      ],
    },
    {
      kind: 'chart',
      id: 'market-record',
      title: 'NVIDIA lost more value in a day than any company ever had',
      chart: largestOneDayLosses,
      takeaway: t`A record in dollars, not in per cent, and partly undone the next day.`,
      timing: 40,
      paragraphs: ['P07', 'P18'],
      notes: [
        t`Monday, ${f('mkt-selloff-date')}. In one session NVIDIA lost more market value than any company before it. Its shares fell about ${f('mkt-nvda-fall-about')}.`,
        t`The sources differ a little: Bloomberg-based reports say five hundred and eighty-nine billion dollars, Reuters five hundred and ninety-three. So I show the range, ${f('mkt-record-multiple')} NVIDIA's own record from ${f('mkt-prev-record-date')}.`,
        t`Two caveats. In per cent it was NVIDIA's worst day since the Covid crash, not a market record. And the next day it rose ${f('mkt-nvda-rebound-rise')}, winning back about ${f('mkt-rebound-share', 'short')} of the loss.`,
        t`So what happened, and why? That is the rest of this talk.`,
      ],
    },
    {
      kind: 'bullets',
      id: 'why-this-talk',
      title: 'I read for three days, with my biases on the table',
      bullets: [
        t`Hooked the Sunday before the sell-off`,
        t`Three days of reading, as a non-expert`,
        t`No positions in the Magnificent 7: a bias of its own`,
        t`Written without an LLM; AI tools helped the research`,
      ],
      stepwise: true,
      timing: 35,
      paragraphs: ['P02', 'P03', 'P20'],
      notes: [
        t`First, who is talking. The story caught me on the Sunday morning before the crash. For once I had the time, so I spent three days reading everything I could find.`,
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
        t`The story has many sides, so here is the route. The facts first, then the cost debate and the fight over the narrative. Then what Big Tech said, what the market did, what happened next, and my verdict.`,
      ],
    },
  ],
});
