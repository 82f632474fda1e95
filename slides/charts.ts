/**
 * The deck's charts as data: one exported spec per chart, every value a fact id from slides/facts.ts
 * (derived numbers are derived facts there). `src/core/chart-data.ts` resolves them and checks them;
 * the slides in slides/sections/ place them.
 */
import { f, t, type TalkChart } from './authoring.ts';

/** DeepSeek-R1 against OpenAI o1 on the benchmarks of R1's own evaluation table. */
export const r1VsO1Benchmarks: TalkChart = {
  id: 'r1-vs-o1-benchmarks',
  type: 'bar',
  orientation: 'horizontal',
  categories: ['AIME 2024', 'MATH-500', 'Codeforces (percentile)', 'SWE-bench Verified', 'LiveCodeBench', 'GPQA Diamond', 'MMLU', 'Aider-Polyglot', 'SimpleQA'],
  series: [
    {
      label: 'DeepSeek-R1',
      color: 'accent',
      points: [
        { fact: 'bm-aime-r1' },
        { fact: 'bm-math500-r1' },
        { fact: 'bm-cf-pct-r1' },
        { fact: 'bm-swe-r1' },
        { fact: 'bm-lcb-r1' },
        { fact: 'bm-gpqa-r1' },
        { fact: 'bm-mmlu-r1' },
        { fact: 'bm-aider-r1' },
        { fact: 'bm-simpleqa-r1' },
      ],
    },
    {
      label: 'OpenAI o1',
      color: 'positive',
      points: [
        { fact: 'bm-aime-o1' },
        { fact: 'bm-math500-o1' },
        { fact: 'bm-cf-pct-o1' },
        { fact: 'bm-swe-o1' },
        { fact: 'bm-lcb-o1' },
        { fact: 'bm-gpqa-o1' },
        { fact: 'bm-mmlu-o1' },
        { fact: 'bm-aider-o1' },
        { fact: 'bm-simpleqa-o1' },
      ],
    },
  ],
  valueAxis: { title: 'Score (%)', max: 100 },
  alt: 'In DeepSeek’s own table R1 comes close to OpenAI o1, narrowly ahead on the maths tests and behind on general knowledge and on the Aider-Polyglot coding test.',
  note: t`Scores from DeepSeek’s own evaluation table, against the December release of o1.`,
};

/** DeepSeek-V3's training compute against Llama 3.1 405B's. */
export const v3VsLlamaCompute: TalkChart = {
  id: 'v3-vs-llama-compute',
  type: 'bar',
  orientation: 'horizontal',
  categories: ['DeepSeek-V3 (H800s)', 'Llama 3.1 405B (H100s)'],
  series: [
    {
      label: 'GPU-hours',
      points: [
        { fact: 'v3-total-hrs-stated', color: 'accent' },
        { fact: 'cmp-llama405-hrs', color: 'neutral' },
      ],
    },
  ],
  valueAxis: { title: 'GPU-hours for the final training run' },
  valueLabels: true,
  alt: 'Meta’s Llama 3.1 405B took an order of magnitude more GPU-hours than DeepSeek-V3, on faster chips.',
  note: t`Llama 3.1 405B used ${f('llama405-vs-v3-hrs')} the GPU-hours, on H100s rather than H800s: compute, not a like-for-like cost.`,
};

/** API list prices per million tokens: DeepSeek's two models against OpenAI's two reasoning models. */
export const apiPrices: TalkChart = {
  id: 'api-prices',
  type: 'bar',
  orientation: 'horizontal',
  categories: ['DeepSeek-V3', 'DeepSeek-R1', 'OpenAI o3-mini', 'OpenAI o1'],
  series: [
    {
      label: 'Input (no cache)',
      color: 'positive',
      points: [{ fact: 'px-v3-in-miss' }, { fact: 'px-r1-in-miss' }, { fact: 'px-o3mini-in' }, { fact: 'px-o1-in' }],
    },
    {
      label: 'Output',
      color: 'accent',
      points: [{ fact: 'px-v3-out' }, { fact: 'px-r1-out' }, { fact: 'px-o3mini-out' }, { fact: 'px-o1-out' }],
    },
  ],
  valueAxis: { title: 'US dollars per million tokens (log scale)', scale: 'log' },
  valueLabels: true,
  alt: 'OpenAI o1 costs many times more per token than DeepSeek-R1 for input and for output, and o3-mini sits in between.',
  note: t`Log scale: each labelled step is a tenfold price. o1’s output costs ${f('px-o1-vs-r1-output')} R1’s.`,
};

/** How the Magnificent 7 and the main indices moved on the day of the sell-off. */
export const mag7OnSelloffDay: TalkChart = {
  id: 'mag7-on-selloff-day',
  type: 'bar',
  orientation: 'horizontal',
  categories: ['NVIDIA', 'Alphabet', 'Tesla', 'Microsoft', 'Amazon', 'Meta', 'Apple', 'Semiconductor index', 'Nasdaq Composite', 'S&P 500', 'Dow Jones'],
  series: [
    {
      label: 'Change on the day',
      points: [
        { fact: 'mkt-nvda-pct' },
        { fact: 'mkt-goog-pct' },
        { fact: 'mkt-tsla-pct' },
        { fact: 'mkt-msft-pct' },
        { fact: 'mkt-amzn-pct' },
        { fact: 'mkt-meta-pct' },
        { fact: 'mkt-aapl-pct' },
        { fact: 'mkt-sox-pct' },
        { fact: 'mkt-nasdaq-pct' },
        { fact: 'mkt-spx-pct' },
        { fact: 'mkt-dow-pct' },
      ],
    },
  ],
  valueAxis: { title: 'Change in the day (%)' },
  valueLabels: true,
  diverging: true,
  alt: 'On the day of the sell-off NVIDIA fell far more than any other Magnificent 7 stock, while Apple, Meta and Amazon rose and the Dow ended higher.',
  note: t`Closing moves; the first seven are the Magnificent 7, the rest are indices.`,
};

/** The largest one-day losses of market value by a single company. */
export const largestOneDayLosses: TalkChart = {
  id: 'largest-one-day-losses',
  type: 'bar',
  orientation: 'horizontal',
  categories: ['NVIDIA, on the sell-off day', { label: 'NVIDIA, the record before', date: 'mkt-prev-record-date' }, 'Broadcom, on the sell-off day'],
  series: [
    {
      label: 'Market value lost in one day',
      points: [{ fact: 'nvda-mcap-loss', color: 'negative' }, { fact: 'mkt-prev-record-loss', color: 'neutral' }, { fact: 'mkt-avgo-mcap-loss', color: 'neutral' }],
    },
  ],
  valueAxis: { title: 'Market value lost in one day (US dollars)' },
  valueLabels: true,
  alt: 'NVIDIA’s loss on the sell-off day was the largest one-day loss of market value any company has had, about twice its own previous record.',
  note: t`Sources give a range for NVIDIA’s loss (the whisker); it was ${f('mkt-record-multiple')} the previous record.`,
};

/** What the four biggest spenders planned for 2025 capital expenditure, against what they spent. */
export const capexPlanVsActual: TalkChart = {
  id: 'capex-plan-vs-actual',
  type: 'bar',
  orientation: 'vertical',
  categories: ['Microsoft', 'Meta', 'Alphabet', 'Amazon'],
  series: [
    {
      label: 'Plan, announced around the sell-off',
      color: 'neutral',
      points: [{ fact: 'cap-msft-plan' }, { fact: 'cap-meta-plan' }, { fact: 'cap-goog-plan' }, { fact: 'cap-amzn-plan' }],
    },
    {
      label: 'Actually spent',
      color: 'accent',
      points: [{ fact: 'cap-msft-actual' }, { fact: 'cap-meta-actual' }, { fact: 'cap-goog-actual' }, { fact: 'cap-amzn-actual' }],
    },
  ],
  valueAxis: { title: 'Capital expenditure (US dollars)' },
  valueLabels: true,
  alt: 'All four companies spent more on capital expenditure than they had planned when DeepSeek shook the market, Amazon and Alphabet by the widest margins.',
  note: t`Not like for like: Microsoft planned AI data centres but reports all capex; Amazon said “over” its plan.`,
};

/**
 * NVIDIA's market value from the days around the sell-off to its last verified milestone. Only
 * milestones were found, not a daily series, so only milestones are plotted, and the note says so.
 */
export const nvidiaMarketValue: TalkChart = {
  id: 'nvidia-market-value',
  type: 'line',
  categories: [
    { label: 'Friday close', date: 'mkt-last-close-before' },
    { label: 'Sell-off close', date: 'mkt-selloff-date' },
    { label: 'Rebound close', date: 'mkt-rebound-date' },
    { label: 'Past four trillion', date: 'mkt-nvda-4t-close' },
    { label: 'Past five trillion', date: 'mkt-nvda-5t' },
  ],
  series: [
    {
      label: 'NVIDIA market value',
      color: 'accent',
      points: [
        { fact: 'mkt-nvda-mcap-before' },
        { fact: 'mkt-nvda-mcap-after', color: 'negative' },
        { fact: 'mkt-nvda-mcap-rebound' },
        { fact: 'mkt-nvda-4t-close-cap', color: 'highlight' },
        { fact: 'mkt-nvda-5t-cap', color: 'highlight' },
      ],
    },
  ],
  valueAxis: { title: 'Market value (US dollars)' },
  valueLabels: true,
  alt: 'NVIDIA’s market value fell by about a sixth on the sell-off day, won part of it back the next day, and went on to pass four and then five trillion dollars within the year.',
  note: t`Milestones from news reports, not a daily series; the first three values are rounded; no later value was verified.`,
};

/** Every chart, for tests and the draft section. */
export const CHARTS = [r1VsO1Benchmarks, v3VsLlamaCompute, apiPrices, mag7OnSelloffDay, largestOneDayLosses, capexPlanVsActual, nvidiaMarketValue] as const;
