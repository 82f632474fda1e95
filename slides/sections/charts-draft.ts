import { defineSection } from '../../src/core/define.ts';
import { t } from '../../src/core/rich.ts';
import { apiPrices, r1VsO1Benchmarks, v3CostByStage, v3VsLlamaCompute } from '../charts.ts';

/** A draft part that shows every chart, the timeline and the cost model; the talk moves them into its parts. */
export const chartsDraft = defineSection({
  id: 'charts-draft',
  title: 'Charts (draft)',
  slides: [
    {
      kind: 'timeline',
      id: 'draft-release-timeline',
      title: 'Eight months of releases',
      events: [
        { date: 'rel-v2', label: 'DeepSeek-V2, and a price war in China' },
        { date: 'rel-r1-lite', label: 'R1-Lite-Preview on the web' },
        { date: 'rel-v3', label: 'DeepSeek-V3 and its technical report' },
        { date: 'rel-r1', label: 'DeepSeek-R1, open weights', highlight: true },
        { date: 'rel-appstore-no1', label: 'Top free app in the US App Store' },
        { date: 'rel-o3-mini', label: 'OpenAI answers with o3-mini' },
      ],
      timing: 40,
      paragraphs: ['P05a', 'P05b', 'P05c'],
      notes: [t`The releases came for months before the market noticed.`],
    },
    {
      kind: 'chart',
      id: 'draft-r1-vs-o1',
      title: 'R1 against o1',
      chart: r1VsO1Benchmarks,
      timing: 45,
      paragraphs: ['P05c'],
      notes: [t`DeepSeek's own table: level on maths and code, behind on knowledge.`],
    },
    {
      kind: 'chart',
      id: 'draft-v3-cost-by-stage',
      title: 'Where the headline cost comes from',
      chart: v3CostByStage,
      takeaway: t`The headline is one training run, rented by the hour.`,
      timing: 45,
      paragraphs: ['P07'],
      notes: [t`Pre-training is nearly all of it; the dollars are GPU-hours times an assumed rental price.`],
    },
    {
      kind: 'chart',
      id: 'draft-v3-vs-llama',
      title: 'V3 against Llama 3.1 405B',
      chart: v3VsLlamaCompute,
      timing: 40,
      paragraphs: ['P10'],
      notes: [t`Same size class of model, a fraction of the compute, on cut-down chips.`],
    },
    {
      kind: 'cost-model',
      id: 'draft-cost-model',
      title: 'Why both numbers are quoted',
      gpuHours: 'v3-total-hrs-stated',
      pricePerHour: 'v3-rate',
      hardware: 'semianalysis-server-capex',
      timing: 60,
      paragraphs: ['P07', 'P13b'],
      notes: [t`Move the sliders: rented hours give millions; owning the hardware gives billions. Both are true answers to different questions.`],
    },
    {
      kind: 'chart',
      id: 'draft-api-prices',
      title: 'What a million tokens cost',
      chart: apiPrices,
      timing: 40,
      paragraphs: ['P07', 'P16'],
      notes: [t`Mind the log scale: the gap is wider than the bars suggest.`],
    },
  ],
});
