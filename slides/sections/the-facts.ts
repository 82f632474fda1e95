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
        t`Before any opinion, the facts. I took them from Wikipedia first, then checked each one against other sources. Where the sources disagree, I will say so.`,
      ],
    },
    {
      kind: 'bullets',
      id: 'who-is-deepseek',
      title: 'A hedge fund in Hangzhou owns and pays for DeepSeek',
      bullets: [
        t`Paid for by High-Flyer, a quant fund from ${f('org-highflyer-founded')}`,
        t`Led by its founder, Liang Wenfeng, its own company since ${f('org-founded-year')}`,
        t`${f('org-a100')} bought in ${f('org-a100-year')}, before export rules`,
      ],
      timing: 30,
      paragraphs: ['P05', 'P05a'],
      notes: [
        t`DeepSeek is not a start-up in the Silicon Valley sense. It belongs to High-Flyer, a quant hedge fund in Hangzhou co-founded by Liang Wenfeng. Sources date the fund to ${f('org-highflyer-founded')}.`,
        t`Outside investors showed little interest, so the fund paid for the lab itself. The lab became its own company in ${f('org-founded-year')}. Most sources say May; one says ${f('org-founded-jul15')}. So I only claim the year.`,
        t`And the fund had bought ${f('org-a100')} in ${f('org-a100-year')}, before any export rules: a stockpile few Chinese labs had.`,
      ],
    },
    {
      kind: 'timeline',
      id: 'release-timeline',
      title: 'It was all in plain sight: a poor plot for short-sellers',
      events: [
        { date: 'rel-v2-price-cut', label: 'V2 starts a price war' },
        { date: 'rel-r1-lite', label: 'R1 preview, web only' },
        { date: 'rel-v3', label: 'V3 and its cost report' },
        { date: 'rel-r1', label: 'R1, open weights', highlight: true },
        { date: 'rel-appstore-no1', label: 'Top US free app' },
        { date: 'mkt-selloff-date', label: 'The sell-off', highlight: true },
      ],
      sources: ['deepseek-r1-readme'],
      timing: 40,
      paragraphs: ['P05a', 'P05b', 'P05c', 'P06'],
      notes: [
        t`Here is the order of events. V2 was priced so low that ByteDance, Tencent, Baidu and Alibaba had to cut their own prices. I also wrote that it beat them on quality; I found no independent test of that, so take it as my impression.`,
        t`The reasoning model first appeared as a web-only preview in November. V3 came just after Christmas, its cost report on ${f('rel-v3-paper')}. The full R1 followed on ${f('rel-r1')}, inauguration day.`,
        t`The app only topped the US charts that Sunday. So I doubt that a hedge fund released a top model to profit from shorting American tech. A plot would not leave the paper public for a month.`,
      ],
    },
    {
      kind: 'chart',
      id: 'r1-vs-o1',
      title: 'By DeepSeek’s own count, R1 comes close to o1',
      chart: r1VsO1Benchmarks,
      layout: 'evidence',
      takeaway: t`R1 ahead on ${f('bm-r1-leads')} of ${f('bm-count')}; o1 ahead on ${f('bm-o1-leads')}, the Aider-Polyglot code test among them.`,
      timing: 35,
      paragraphs: ['P05c', 'P09', 'P13a'],
      notes: [
        t`These scores are DeepSeek's own evaluations, against the December release of o1. R1 leads narrowly on maths: ${f('bm-aime-r1')} against ${f('bm-aime-o1')} on AIME, ${f('bm-math500-r1')} against ${f('bm-math500-o1')} on MATH-500.`,
        t`But o1 leads on ${f('bm-o1-leads')} of the ${f('bm-count')} tests. That includes Aider-Polyglot, a coding test, and above all SimpleQA, a test of general knowledge.`,
        t`So I would not say R1 beat o1. It came close, at a fraction of the price, and that was enough to shake the market.`,
        t`And anyone could check: the weights went online under the MIT licence, with a paper on the training. The model was real, and it caught the American labs off guard.`,
      ],
    },
  ],
});
