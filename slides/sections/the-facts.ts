/** Part 2: the facts: who DeepSeek is, what it released and when, how R1 compares with o1, what it gave away. */
import { f, section, t } from '../authoring.ts';
import { r1VsO1Benchmarks } from '../charts.ts';

export const theFacts = section({
  id: 'the-facts',
  title: 'The facts',
  slides: [
    {
      kind: 'section',
      id: 'facts-divider',
      title: 'The facts',
      kicker: 'What was public, and since when',
      timing: 10,
      paragraphs: ['P05'],
      notes: [
        t`Before any opinion, the facts. I took them from Wikipedia first and then checked each one against other sources, and where the sources disagree I will say so.`,
      ],
    },
    {
      kind: 'bullets',
      id: 'who-is-deepseek',
      title: 'A hedge fund’s AI lab in Hangzhou',
      bullets: [
        t`Owned and paid for by High-Flyer, a quant fund started ${f('org-highflyer-founded')}`,
        t`Founder and CEO: Liang Wenfeng, aged ${f('org-founder-age')}`,
        t`Spun out as its own company in ${f('org-founded-year')}`,
        t`A head start: ${f('org-a100')} (A100s) bought in ${f('org-a100-year')}, before export rules`,
      ],
      timing: 35,
      paragraphs: ['P05', 'P05a'],
      notes: [
        t`DeepSeek is not a start-up in the Silicon Valley sense. It belongs to High-Flyer, a quantitative hedge fund in Hangzhou co-founded by Liang Wenfeng; sources date the fund to ${f('org-highflyer-founded')}. Outside investors showed little interest, so the fund paid for the lab itself.`,
        t`The lab became its own company in ${f('org-founded-year')}: SemiAnalysis and Wikipedia say May, another outlet says ${f('org-founded-jul15')}, so I only claim the year. And the fund had bought ${f('org-a100')} in ${f('org-a100-year')}, before any export rules: a stockpile few Chinese labs had.`,
      ],
    },
    {
      kind: 'timeline',
      id: 'release-timeline',
      title: 'In plain sight: a poor plot for short-sellers',
      events: [
        { date: 'rel-v2-price-cut', label: 'V2 sets off a price war in China' },
        { date: 'rel-r1-lite', label: 'R1-Lite-Preview, on the web only' },
        { date: 'rel-v3', label: 'V3, with its cost report a day later' },
        { date: 'rel-r1', label: 'R1: open weights, MIT licence', highlight: true },
        { date: 'rel-appstore-no1', label: 'Top free app in the US App Store' },
        { date: 'mkt-selloff-date', label: 'The sell-off', highlight: true },
      ],
      sources: ['deepseek-r1-readme'],
      timing: 45,
      paragraphs: ['P05a', 'P05b', 'P05c', 'P06'],
      notes: [
        t`Here is the order of events. V2 was priced so low that ByteDance, Tencent, Baidu and Alibaba had to cut their own prices. The reasoning model first appeared as a web-only preview in November; V3 came just after Christmas, its cost report on ${f('rel-v3-paper')}; the full R1 on ${f('rel-r1')}, inauguration day, under the MIT licence. The app only topped the US charts that Sunday.`,
        t`That is why I doubt the theory that a hedge fund released a top model to profit from shorting American tech. A plot like that would not leave the cost paper in public for a month, then wait a week after launch for the app stores to notice.`,
      ],
    },
    {
      kind: 'chart',
      id: 'r1-vs-o1',
      title: 'R1 draws level with o1 on maths and code',
      chart: r1VsO1Benchmarks,
      takeaway: t`Equal on reasoning; behind on general knowledge.`,
      timing: 35,
      paragraphs: ['P05c'],
      notes: [
        t`The full R1 arrived on ${f('rel-r1')}, and DeepSeek's own table puts it level with OpenAI's o1 where reasoning counts: ${f('bm-aime-r1')} against ${f('bm-aime-o1')} on the AIME maths contest, ${f('bm-math500-r1')} against ${f('bm-math500-o1')} on MATH-500. It trails on knowledge, most of all on SimpleQA.`,
        t`Two caveats: these are DeepSeek's own evaluations, and the o1 in them is the December release. Still, at least equal on most things is a fair summary.`,
      ],
    },
    {
      kind: 'bullets',
      id: 'open-weights',
      title: 'Not just an app: anyone could check it',
      bullets: [
        t`The weights, free to download under the MIT licence`,
        t`A detailed paper on how it was trained`,
        t`${f('r1-distill-models')} distilled models; the smallest run on a laptop`,
      ],
      sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
      timing: 35,
      paragraphs: ['P09', 'P17'],
      notes: [
        t`What set this apart from a press release is that nobody had to take DeepSeek's word for it. The full R1 weights went online under the MIT licence, which even allows distilling them into other models, next to a detailed paper on how it was trained.`,
        t`DeepSeek also released ${f('r1-distill-models')} small models, from one and a half to seventy billion parameters, taught on ${f('r1-distill-samples')} samples written by R1; the smallest run on an ordinary laptop. One nuance: V3's weights came under DeepSeek's own model licence, not MIT.`,
      ],
    },
  ],
});
