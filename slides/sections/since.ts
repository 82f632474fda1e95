/**
 * Part 9: what happened next, up to the month in slides/as-of.ts: NVIDIA's value and results, my
 * other expectations scored, the capex, DeepSeek's releases, the export rules. Each slide says how current it is.
 */
import { f, section, t } from '../authoring.ts';
import { AS_OF_TEXT } from '../as-of.ts';
import { capexPlanVsActual, nvidiaMarketValue } from '../charts.ts';

export const since = section({
  id: 'since',
  title: 'What happened next',
  slides: [
    {
      kind: 'section',
      id: 'since-divider',
      title: 'What happened next',
      kicker: `${AS_OF_TEXT}: my guesses, checked against what followed`,
      timing: 10,
      paragraphs: ['P15', 'P18'],
      notes: [
        t`I wrote my first take three days after the crash. The story kept moving, so here is what actually happened, and where my guesses stand.`,
      ],
    },
    {
      kind: 'chart',
      id: 'since-nvidia-value',
      title: 'NVIDIA won the loss back, then set two records',
      chart: nvidiaMarketValue,
      takeaway: t`${AS_OF_TEXT}: the last verified milestone is ${f('mkt-nvda-5t-cap')}, on ${f('mkt-nvda-5t')}.`,
      timing: 45,
      paragraphs: ['P15', 'P18'],
      notes: [
        t`On the day of the sell-off NVIDIA closed at about ${f('mkt-nvda-mcap-after', 'short')}. The very next day it won back about ${f('mkt-rebound-share', 'short')} of the loss.`,
        t`It touched four trillion dollars during trading on ${f('mkt-nvda-4t-intraday')}, a first for any company, and closed above it on ${f('mkt-nvda-4t-close')}. On ${f('mkt-nvda-5t')} it opened above five trillion, another first.`,
        t`These are milestones from news reports, not a daily series. I found no verified value after that, so the line stops there.`,
      ],
    },
    {
      kind: 'table',
      id: 'since-scorecard',
      title: 'My other bets: NVIDIA’s growth did not slow',
      columns: ['I expected', 'What happened', 'Score'],
      rows: [
        [t`NVIDIA grows slower`, t`Revenue up ${f('nvda-fy26-growth')}, then ${f('nvda-q1-fy27-growth')}`, t`Wrong so far`],
        [t`Apple gains partners`, t`Alibaba, then Google’s Gemini`, t`Right`],
        [t`Few pay ${f('px-chatgpt-pro')}`, t`o3-mini free from ${f('rel-o3-mini')}`, t`Open`],
        [t`Dearer capital`, t`OpenAI’s value up ${f('oai-value-multiple')} in a year`, t`Wrong`],
      ],
      caption: t`${AS_OF_TEXT}. Growth scored on revenue, not share price.`,
      timing: 50,
      paragraphs: ['P16', 'P17', 'P18'],
      notes: [
        t`I guessed NVIDIA's growth might slow within a few quarters. It did not. In its last full fiscal year revenue was ${f('nvda-fy26-revenue', 'short')}, up ${f('nvda-fy26-growth')}, and the next quarter grew ${f('nvda-q1-fy27-growth')}.`,
        t`Apple did gain partners: Alibaba for iPhones in China from ${f('aapl-alibaba')}, then Google's Gemini from ${f('aapl-gemini')}. The China launch then stalled at the regulator. Apple still stresses models on the phone, which is the privacy argument I made.`,
        t`I also expected capital to get dearer for the big labs. OpenAI was valued at ${f('oai-2025-03-value', 'short')} on ${f('oai-2025-03-date')}, and at ${f('oai-2026-02-value', 'short')} on ${f('oai-2026-02-date')}. In between, staff sold shares at ${f('oai-2025-10-value', 'short')} on ${f('oai-2025-10-date')}. That part I got wrong, at least for the leader.`,
        t`Whether professionals still pay for the top subscription, I cannot tell: I found no subscriber figures.`,
      ],
    },
    {
      kind: 'chart',
      id: 'since-capex',
      title: 'Capex rose anyway, despite Microsoft’s lease cuts',
      chart: capexPlanVsActual,
      takeaway: t`${AS_OF_TEXT}: ${f('cap-big4-actual', 'short')} spent, over ${f('cap-big4-plans', 'short')} planned.`,
      timing: 40,
      paragraphs: ['P15'],
      notes: [
        t`I said some of the big spenders might trim their data-centre plans. One did, a little. In ${f('cap-msft-leases')} the analysts at TD Cowen reported that Microsoft had cancelled some data-centre leases.`,
        t`Yet all four spent more than they had planned. Read the Microsoft bar with care: its plan counted AI data centres, its actual counts all capex including leases.`,
        t`Like for like, year on year, the rise is plain. Meta went from ${f('cap-meta-2024', 'short')} to ${f('cap-meta-actual', 'short')}, Alphabet from ${f('cap-goog-2024', 'short')} to ${f('cap-goog-actual', 'short')}.`,
        t`And the plans for the following year are bigger still. Alphabet guides ${f('cap-goog-2026-guidance', 'short')}, Amazon about ${f('cap-amzn-2026-guidance', 'short')}, Meta ${f('cap-meta-2026-guidance', 'short')}.`,
      ],
    },
    {
      kind: 'timeline',
      id: 'since-deepseek',
      title: `${AS_OF_TEXT}: DeepSeek kept shipping, but no R2`,
      events: [
        { date: 'rel-r1-0528', label: 'R1 upgraded' },
        { date: 'r2-delay-report', label: 'R2 stalls on Huawei chips' },
        { date: 'r1-nature-date', label: 'R1 in Nature', highlight: true },
        { date: 'rel-v32-exp', label: 'API prices halved' },
        { date: 'rel-v4-preview', label: 'V4, open weights', highlight: true },
        { date: 'api-legacy-retired', label: 'R1’s API name off' },
      ],
      timing: 45,
      paragraphs: ['P09', 'P15'],
      notes: [
        t`DeepSeek kept releasing open models. But the R2 everyone waited for never came. The Financial Times reported that training it on Huawei chips failed, and that DeepSeek went back to NVIDIA.`,
        t`The Nature paper told us more. R1's own training cost ${f('r1-nature-cost')} on top of the base model, on ${f('r1-nature-gpus')}. It also admitted that DeepSeek owns A100s.`,
        t`Since ${f('rel-v31')}, reasoning lives inside the main model. With V4, DeepSeek retired R1's old name in the API; it stopped working on ${f('api-legacy-retired')}.`,
      ],
    },
    {
      kind: 'table',
      id: 'since-exports',
      title: 'US chip rules eased, yet NVIDIA still expects no China sales',
      columns: ['When', 'The US rule'],
      rows: [
        [t`${f('exp-h20-licence')}`, t`H20 needs a licence`],
        [t`${f('exp-china-share-date')}`, t`Licences for ${f('exp-china-share')} of sales`],
        [t`${f('exp-h200-date')}`, t`H200 allowed, ${f('exp-h200-share')} to the US`],
        [t`${f('exp-h200-rule')}`, t`Case by case, capped`],
      ],
      caption: t`${AS_OF_TEXT}.`,
      sources: ['nvidia-fy26-results', 'novara-nvda-q1-fy27'],
      timing: 35,
      paragraphs: ['P15', 'P18'],
      notes: [
        t`The export rules swung both ways. First Washington blocked the H20, the chip made for China. Then it sold licences for a share of the revenue, and later allowed the stronger H200.`,
        t`Reuters reported that China's customs turned the H200 away; I could read that report only second-hand. What is on record: NVIDIA's outlooks this year assume no data-centre sales in China.`,
        t`The chip story turned out to be politics as much as engineering.`,
      ],
    },
  ],
});
