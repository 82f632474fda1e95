/** Part 9: what happened next: the essay's expectations scored against verified outcomes. */
import { f, section, t } from '../authoring.ts';
import { capexPlanVsActual } from '../charts.ts';

export const since = section({
  id: 'since',
  title: 'What happened next',
  slides: [
    {
      kind: 'chart',
      id: 'since-capex',
      title: 'Nobody cut: all four spent more than they planned',
      chart: capexPlanVsActual,
      takeaway: t`Together ${f('cap-big4-actual', 'short')}, against plans of over ${f('cap-big4-plans', 'short')}.`,
      timing: 45,
      paragraphs: ['P15'],
      notes: [
        t`The essay wondered whether the big players would shrink their data-centre plans. Here is the answer. Microsoft, Meta, Alphabet and Amazon announced their plans around the sell-off, and every one of them spent more, Amazon by up to ${f('cap-amzn-vs-plan', 'short')}.`,
        t`Two caveats: Microsoft's year ends in June, and the Alphabet and Amazon totals are sums of quarterly figures from a data aggregator. The guidance for the following year is higher still: Alphabet talks of ${f('cap-goog-2026-guidance', 'short')}, Amazon of about ${f('cap-amzn-2026-guidance', 'short')}.`,
      ],
    },
    {
      kind: 'table',
      id: 'since-scorecard',
      title: 'The essay’s other bets, scored',
      columns: ['The essay expected', 'What happened', 'Score'],
      rows: [
        [t`NVIDIA’s growth may slow`, t`${f('mkt-nvda-4t-intraday-cap', 'short')} by ${f('mkt-nvda-4t-intraday')}; ${f('mkt-nvda-5t-cap', 'short')} by ${f('mkt-nvda-5t')}`, t`Not yet`],
        [t`Apple gains partners`, t`${f('mkt-aapl-pct')} that day; later deals unverified`, t`Open`],
        [t`Few will pay ${f('px-chatgpt-pro')}`, t`o3-mini free to all, ${f('rel-o3-mini')}`, t`Under pressure`],
        [t`New players, a bad venture vintage`, t`No verified data`, t`Unknown`],
      ],
      timing: 55,
      paragraphs: ['P16', 'P17', 'P18'],
      notes: [
        t`The essay's NVIDIA guess was honest: maybe growth slows in a few quarters, maybe not. The share price says the market never believed it: the first company to touch ${f('mkt-nvda-4t-intraday-cap', 'short')} in July and ${f('mkt-nvda-5t-cap', 'short')} in October. Market value is not growth, so I score it not yet, rather than wrong.`,
        t`Within eleven days OpenAI put o3-mini in front of free users, and a few weeks later DeepSeek added off-peak discounts to its own already low prices. The pressure on a premium subscription is plain, though I have no verified figure for how many still pay it. Apple's later deals, the new low-capex players and how the AI start-ups funded the year before have fared are not in my verified sources, so they stay open.`,
      ],
    },
  ],
});
