/**
 * The fact registry: every number the deck shows, with its sources.
 *
 * Base facts are transcribed from their sources; derived facts (ratios, sums, per-stage costs)
 * are computed here from base facts and inherit their sources, so no derived number is typed in.
 * Sections follow the research notes (facts.md): 1 organisation ... 11 black swan.
 */
import { date, deriver, num, range } from '../src/core/derive.ts';
import type { Fact as AnyFact } from '../src/core/model/facts.ts';
import type { SourceId } from './sources.ts';

/** A fact of this talk: its sources must be in slides/sources.ts. */
type Fact = AnyFact<SourceId>;
import { AFTERMATH_FACTS } from './facts-aftermath.ts';


const BASE = {
  // 12. after the sell-off: its own module, merged here.
  ...AFTERMATH_FACTS,

  // ------------------------------------------------------------ 1. organisation
  'org-founded-year': {
    claim: 'Year DeepSeek was founded',
    value: num(2023, 'year'),
    sources: ['semianalysis-deepseek-debates', 'wikipedia-deepseek', 'ap-2025-01-28-liang-profile'],
    confidence: 'verified',
    note: 'All sources agree on 2023; the exact month and day are disputed (see org-spinout and org-founded-jul15).',
  },
  'org-agi-lab': {
    claim: 'High-Flyer starts an artificial general intelligence lab, the seed of DeepSeek',
    value: date('2023-04'),
    sources: ['wikipedia-deepseek'],
    confidence: 'single-source',
  },
  'org-spinout': {
    claim: 'DeepSeek spun out of High-Flyer as its own company',
    value: date('2023-05'),
    sources: ['semianalysis-deepseek-debates', 'wikipedia-deepseek'],
    confidence: 'verified',
    note: 'SemiAnalysis and Wikipedia say May 2023; Business Sun Times says it was founded on 15 July 2023; one blog says December 2023 (an outlier).',
  },
  'org-founded-jul15': {
    claim: 'DeepSeek founding date as one outlet gives it',
    value: date('2023-07-15'),
    sources: ['business-sun-times-liang'],
    confidence: 'single-source',
    note: 'Disagrees with the May 2023 spin-out in SemiAnalysis and Wikipedia.',
  },
  'org-founder-age': {
    claim: 'Age of founder and CEO Liang Wenfeng in January 2025',
    value: num(40, 'count'),
    sources: ['ap-2025-01-28-liang-profile'],
    confidence: 'single-source',
  },
  'org-highflyer-founded': {
    claim: 'Year the High-Flyer hedge fund was founded (sources give 2015 or 2016)',
    value: range(2015, 2016, 'year'),
    sources: ['ap-2025-01-28-liang-profile', 'fortune-liang-profile', 'wikipedia-deepseek'],
    confidence: 'verified',
    note: 'AP and Fortune say 2015; Wikipedia says February 2016.',
  },
  'org-aum': {
    claim: 'Assets High-Flyer reportedly manages',
    value: num(8e9, 'usd'),
    sources: ['ap-2025-01-28-liang-profile'],
    confidence: 'single-source',
    note: 'AP: “reportedly”.',
  },
  'org-a100': {
    claim: 'Nvidia A100 GPUs High-Flyer bought before the export restrictions',
    value: num(10_000, 'gpus'),
    sources: ['semianalysis-deepseek-debates', 'ap-2025-01-28-liang-profile'],
    confidence: 'verified',
  },
  'org-a100-year': {
    claim: 'Year High-Flyer bought its 10,000 A100s',
    value: num(2021, 'year'),
    sources: ['semianalysis-deepseek-debates'],
    confidence: 'single-source',
    note: 'SemiAnalysis says bought in 2021; AP says the cluster was in place by 2022.',
  },

  // ------------------------------------------------------------ 2. release timeline
  'rel-v2-price-cut': {
    claim: 'DeepSeek-V2 API pricing sets off China’s AI model price war',
    value: date('2024-05'),
    sources: ['forbes-ai-price-war', 'ainews-deepseek-price-cut'],
    confidence: 'verified',
    note: 'One Chinese aggregator (xmsumi.com) dates the price to April 2024, which is inconsistent with the V2 release.',
  },
  'v2-price-input': {
    claim: 'DeepSeek-V2 API input price (¥1 per million tokens)',
    value: num(0.14, 'usd-per-mtok'),
    sources: ['forbes-ai-price-war', 'ainews-deepseek-price-cut'],
    confidence: 'verified',
    note: 'Priced in yuan: ¥1; the dollar figure is the approximate conversion Forbes gives.',
  },
  'v2-price-output': {
    claim: 'DeepSeek-V2 API output price (¥2 per million tokens)',
    value: num(0.28, 'usd-per-mtok'),
    sources: ['forbes-ai-price-war', 'ainews-deepseek-price-cut'],
    confidence: 'verified',
    note: 'Priced in yuan: ¥2 (“double that for output”); the dollar figure is an approximate conversion.',
  },
  'rel-r1-lite': {
    claim: 'DeepSeek-R1-Lite-Preview goes live on the web (no API)',
    value: date('2024-11-20'),
    sources: ['iaiol-r1-lite', 'batch-r1-lite'],
    confidence: 'single-source',
    note: 'The launch is verified; the day (8 pm Beijing time on the 20th) comes from one Chinese report, and the month is inferred as November 2024.',
  },
  'r1-lite-daily-limit': {
    claim: 'Messages per day allowed on the free R1-Lite-Preview',
    value: num(50, 'count'),
    sources: ['batch-r1-lite'],
    confidence: 'single-source',
  },
  'bm-r1lite-aime': {
    claim: 'R1-Lite-Preview on AIME (as reported at launch)',
    value: num(52.5, 'percent'),
    sources: ['batch-r1-lite'],
    confidence: 'single-source',
  },
  'bm-o1preview-aime': {
    claim: 'OpenAI o1-preview on AIME (as reported at R1-Lite’s launch)',
    value: num(44.6, 'percent'),
    sources: ['batch-r1-lite'],
    confidence: 'single-source',
  },
  'bm-r1lite-math': {
    claim: 'R1-Lite-Preview on MATH (as reported at launch)',
    value: num(91.6, 'percent'),
    sources: ['batch-r1-lite'],
    confidence: 'single-source',
  },
  'bm-o1preview-math': {
    claim: 'OpenAI o1-preview on MATH (as reported at R1-Lite’s launch)',
    value: num(85.5, 'percent'),
    sources: ['batch-r1-lite'],
    confidence: 'single-source',
  },
  'rel-v3': {
    claim: 'DeepSeek-V3 released',
    value: date('2024-12-26'),
    sources: ['deepseek-x-v3-launch', 'hubel-labs-v3'],
    confidence: 'verified',
    note: 'The Epoch Times says V3 “launched on Jan. 10”, confusing the model with the app launch.',
  },
  'rel-v3-paper': {
    claim: 'DeepSeek-V3 technical report posted on arXiv',
    value: date('2024-12-27'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'rel-r1': {
    claim: 'DeepSeek-R1 and R1-Zero released with open weights and paper',
    value: date('2025-01-20'),
    sources: ['deepseek-r1-readme', 'ibm-think-deepseek'],
    confidence: 'verified',
    note: 'The same day as the US presidential inauguration.',
  },
  'r1-params-total': {
    claim: 'DeepSeek-R1 total parameters (built on DeepSeek-V3-Base)',
    value: num(671e9, 'parameters'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'r1-params-active': {
    claim: 'DeepSeek-R1 parameters active per token',
    value: num(37e9, 'parameters'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'r1-distill-models': {
    claim: 'Distilled dense R1 models released (1.5B to 70B, on Qwen2.5 and Llama 3)',
    value: num(6, 'count'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'r1-distill-samples': {
    claim: 'R1-curated samples the distilled models were fine-tuned on',
    value: num(800_000, 'count'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'rel-appstore-no1': {
    claim: 'DeepSeek app becomes the No. 1 free app on the US App Store, overtaking ChatGPT',
    value: date('2025-01-26'),
    sources: ['techcrunch-appstore-no1'],
    confidence: 'verified',
    note: 'Reuters and AP also report it at No. 1 by Monday 27 January.',
  },
  'appstore-prior-rank': {
    claim: 'DeepSeek’s US App Store rank a couple of days before reaching No. 1',
    value: num(31, 'count'),
    sources: ['techcrunch-appstore-no1'],
    confidence: 'verified',
  },
  'appstore-other-countries': {
    claim: 'Other countries where DeepSeek was the No. 1 app (besides the US)',
    value: num(51, 'count'),
    sources: ['techcrunch-appstore-no1'],
    confidence: 'single-source',
  },
  'appstore-downloads-fri': {
    claim: 'DeepSeek app downloads as reported for Friday 24 January',
    value: num(1_000_000, 'count'),
    sources: ['techcrunch-appstore-no1'],
    confidence: 'single-source',
  },
  'appstore-downloads-mon': {
    claim: 'DeepSeek app downloads as reported for Monday 27 January',
    value: num(2_600_000, 'count'),
    sources: ['techcrunch-appstore-no1'],
    confidence: 'single-source',
  },

  // ------------------------------------------------------------ 3. DeepSeek-V3 cost and scale
  'v3-pretrain-hrs': {
    claim: 'DeepSeek-V3 pre-training compute',
    value: num(2_664_000, 'gpu-hours'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-ctx-hrs': {
    claim: 'DeepSeek-V3 context-extension compute',
    value: num(119_000, 'gpu-hours'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-post-hrs': {
    claim: 'DeepSeek-V3 post-training compute',
    value: num(5_000, 'gpu-hours'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-total-hrs-stated': {
    claim: 'DeepSeek-V3 full training compute, as the report states it',
    value: num(2_788_000, 'gpu-hours'),
    sources: ['deepseek-v3-report', 'deepseek-v3-readme'],
    confidence: 'verified',
  },
  'v3-hrs-per-trillion': {
    claim: 'H800 GPU-hours DeepSeek-V3 needs per trillion training tokens',
    value: num(180_000, 'gpu-hours'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-days-per-trillion': {
    claim: 'Days per trillion training tokens on DeepSeek’s 2,048-GPU cluster',
    value: num(3.7, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-rate': {
    claim: 'Rental price DeepSeek assumed for one H800 GPU-hour',
    value: num(2, 'usd-per-gpu-hour'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-cost': {
    claim: 'DeepSeek-V3 official training cost, as the report states it',
    value: num(5_576_000, 'usd'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
    note: 'Final training run only, at rental prices: the report excludes prior research and ablation experiments.',
  },
  'v3-gpus': {
    claim: 'Nvidia H800 GPUs in DeepSeek-V3’s training cluster',
    value: num(2_048, 'gpus'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-gpus-per-node': {
    claim: 'GPUs per node in the V3 cluster (NVLink inside a node, InfiniBand between nodes)',
    value: num(8, 'gpus'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-tokens': {
    claim: 'DeepSeek-V3 pre-training data',
    value: num(14.8e12, 'tokens'),
    sources: ['deepseek-v3-readme', 'deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-params-total': {
    claim: 'DeepSeek-V3 total parameters',
    value: num(671e9, 'parameters'),
    sources: ['deepseek-v3-readme', 'deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-params-active': {
    claim: 'DeepSeek-V3 parameters active per token',
    value: num(37e9, 'parameters'),
    sources: ['deepseek-v3-readme', 'deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-checkpoint-params': {
    claim: 'DeepSeek-V3 checkpoint size on Hugging Face (main model plus multi-token-prediction module)',
    value: num(685e9, 'parameters'),
    sources: ['deepseek-v3-readme'],
    confidence: 'verified',
  },
  'v3-mtp-params': {
    claim: 'Parameters of V3’s multi-token-prediction module',
    value: num(14e9, 'parameters'),
    sources: ['deepseek-v3-readme'],
    confidence: 'verified',
  },

  // ------------------------------------------------------------ 4. comparison figures
  'cmp-llama405-hrs': {
    claim: 'Llama 3.1 405B training compute (H100-80GB GPU-hours)',
    value: num(30_840_000, 'gpu-hours'),
    sources: ['meta-llama31-model-card'],
    confidence: 'verified',
  },
  'cmp-llama31-all-hrs': {
    claim: 'Llama 3.1 8B, 70B and 405B together: training compute (H100-80GB GPU-hours)',
    value: num(39_300_000, 'gpu-hours'),
    sources: ['meta-llama31-model-card'],
    confidence: 'verified',
  },
  'cmp-o1-cost-claim': {
    claim: 'OpenAI o1 training cost, as the essay (and the internet) put it',
    value: num(1e9, 'usd'),
    sources: ['essay'],
    confidence: 'claim',
    note: 'No public source supports this figure; OpenAI has disclosed no training cost for o1.',
  },
  'amodei-sonnet-cost': {
    claim: 'Amodei: Claude 3.5 Sonnet cost “a few $10M’s” to train',
    value: range(10e6, 100e6, 'usd'),
    sources: ['amodei-export-controls', 'decoder-amodei'],
    confidence: 'verified',
    note: 'Amodei’s own words are “a few $10M’s”; the range is our reading of “tens of millions”. He adds it was not trained with a larger or more expensive model.',
  },
  'amodei-sonnet-age': {
    claim: 'Amodei: months since Claude 3.5 Sonnet finished training (as of January 2025)',
    value: range(9, 12, 'count'),
    sources: ['amodei-export-controls', 'decoder-amodei'],
    confidence: 'verified',
  },
  'amodei-lag-months': {
    claim: 'Amodei: DeepSeek-V3 is close to US models this many months older',
    value: range(7, 10, 'count'),
    sources: ['amodei-export-controls', 'decoder-amodei'],
    confidence: 'verified',
  },
  'amodei-cost-decline': {
    claim: 'Amodei: yearly fall in the cost of training a model of given quality (“~4x/year”)',
    value: num(4, 'multiple'),
    sources: ['amodei-export-controls'],
    confidence: 'verified',
  },
  'amodei-deepseek-chips': {
    claim: 'Amodei: Hopper-generation chips DeepSeek reportedly has',
    value: num(50_000, 'gpus'),
    sources: ['amodei-export-controls', 'decoder-amodei'],
    confidence: 'verified',
    note: 'Amodei’s estimate (“reportedly”), not a disclosed figure.',
  },
  'amodei-deepseek-chips-value': {
    claim: 'Amodei: value of DeepSeek’s reported Hopper chips',
    value: num(1e9, 'usd'),
    sources: ['amodei-export-controls', 'decoder-amodei'],
    confidence: 'verified',
    note: 'Amodei’s estimate, “about $1 billion”.',
  },
  'amodei-fleet-gap': {
    claim: 'Amodei: DeepSeek’s chip fleet is within this factor of the major US labs’',
    value: range(2, 3, 'multiple'),
    sources: ['amodei-export-controls', 'decoder-amodei'],
    confidence: 'verified',
  },
  'semianalysis-gpus': {
    claim: 'SemiAnalysis estimate: Hopper GPUs available to DeepSeek and High-Flyer',
    value: num(50_000, 'gpus'),
    sources: ['semianalysis-deepseek-debates', 'tomshardware-semianalysis-50k'],
    confidence: 'verified',
    note: 'An estimate: includes about 10,000 H800s, 10,000 H100s and further H20s.',
  },
  'semianalysis-h800': {
    claim: 'SemiAnalysis estimate: H800s among DeepSeek’s GPUs',
    value: num(10_000, 'gpus'),
    sources: ['semianalysis-deepseek-debates', 'tomshardware-semianalysis-50k'],
    confidence: 'verified',
  },
  'semianalysis-h100': {
    claim: 'SemiAnalysis estimate: H100s among DeepSeek’s GPUs',
    value: num(10_000, 'gpus'),
    sources: ['semianalysis-deepseek-debates', 'tomshardware-semianalysis-50k'],
    confidence: 'verified',
  },
  'semianalysis-server-capex': {
    claim: 'SemiAnalysis estimate: DeepSeek’s total capital investment in servers',
    value: num(1.6e9, 'usd'),
    sources: ['semianalysis-deepseek-debates', 'tomshardware-semianalysis-50k'],
    confidence: 'verified',
    note: 'An analyst on X pointed out that SemiAnalysis’ table is internally inconsistent ($1.3B vs $1.6B).',
  },
  'semianalysis-opex': {
    claim: 'SemiAnalysis estimate: DeepSeek’s operating costs for its clusters',
    value: num(944e6, 'usd'),
    sources: ['semianalysis-deepseek-debates', 'tomshardware-semianalysis-50k'],
    confidence: 'verified',
  },
  'semianalysis-hw-spend': {
    claim: 'SemiAnalysis: DeepSeek’s hardware spend over its history is “well above” this',
    value: num(500e6, 'usd'),
    sources: ['semianalysis-deepseek-debates'],
    confidence: 'single-source',
    note: 'A lower bound.',
  },
  'wang-h100-claim': {
    claim: 'Alexandr Wang (Scale AI) claims DeepSeek has 50,000 H100s',
    value: num(50_000, 'gpus'),
    sources: ['cnbc-wang-davos', 'livemint-wang-50k', 'officechai-wang'],
    confidence: 'claim',
    note: 'The quote is verified; the claim itself is unproven. Said to CNBC at Davos in the week of 20 January (exact day unverified).',
  },

  // ------------------------------------------------------------ 5. prices (per million tokens unless stated)
  'px-r1-in-hit': {
    claim: 'DeepSeek-R1 API input price, cache hit (¥1)',
    value: num(0.14, 'usd-per-mtok'),
    sources: ['deepseek-api-pricing'],
    confidence: 'verified',
  },
  'px-r1-in-miss': {
    claim: 'DeepSeek-R1 API input price, cache miss (¥4)',
    value: num(0.55, 'usd-per-mtok'),
    sources: ['deepseek-api-pricing'],
    confidence: 'verified',
  },
  'px-r1-out': {
    claim: 'DeepSeek-R1 API output price (¥16)',
    value: num(2.19, 'usd-per-mtok'),
    sources: ['deepseek-api-pricing'],
    confidence: 'verified',
  },
  'px-v3-in-hit': {
    claim: 'DeepSeek-V3 API input price, cache hit, standard rate (¥0.5)',
    value: num(0.07, 'usd-per-mtok'),
    sources: ['deepseek-api-pricing'],
    confidence: 'verified',
  },
  'px-v3-in-miss': {
    claim: 'DeepSeek-V3 API input price, cache miss, standard rate (¥2)',
    value: num(0.27, 'usd-per-mtok'),
    sources: ['deepseek-api-pricing', 'news9999-deepseek-chat-promo-end'],
    confidence: 'verified',
  },
  'px-v3-out': {
    claim: 'DeepSeek-V3 API output price, standard rate (¥8)',
    value: num(1.1, 'usd-per-mtok'),
    sources: ['deepseek-api-pricing', 'news9999-deepseek-chat-promo-end'],
    confidence: 'verified',
  },
  'px-v3-standard-from': {
    claim: 'DeepSeek-V3’s launch promotion ends and standard API prices apply',
    value: date('2025-02-09'),
    sources: ['news9999-deepseek-chat-promo-end', 'deepseek-api-pricing'],
    confidence: 'verified',
    note: 'The promotional prices before this date were not found in a source.',
  },
  'px-offpeak-start': {
    claim: 'DeepSeek introduces off-peak API discounts (00:30 to 08:30 Beijing time)',
    value: date('2025-02-26'),
    sources: ['scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-offpeak-v3-discount': {
    claim: 'Off-peak discount on DeepSeek-V3 API prices',
    value: num(50, 'percent'),
    sources: ['scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-offpeak-r1-discount': {
    claim: 'Off-peak discount on DeepSeek-R1 API prices',
    value: num(75, 'percent'),
    sources: ['scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-offpeak-in-hit': {
    claim: 'Off-peak input price, cache hit, for both V3 and R1 (¥0.25)',
    value: num(0.035, 'usd-per-mtok'),
    sources: ['scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-offpeak-in-miss': {
    claim: 'Off-peak input price, cache miss, for both V3 and R1 (¥1)',
    value: num(0.135, 'usd-per-mtok'),
    sources: ['scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-offpeak-out': {
    claim: 'Off-peak output price for both V3 and R1 (¥4)',
    value: num(0.55, 'usd-per-mtok'),
    sources: ['scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-o1-in': {
    claim: 'OpenAI o1 API input price',
    value: num(15, 'usd-per-mtok'),
    sources: ['openai-community-o1-cost', 'scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-o1-in-cached': {
    claim: 'OpenAI o1 API cached input price',
    value: num(7.5, 'usd-per-mtok'),
    sources: ['openai-community-o1-cost'],
    confidence: 'verified',
  },
  'px-o1-out': {
    claim: 'OpenAI o1 API output price',
    value: num(60, 'usd-per-mtok'),
    sources: ['openai-community-o1-cost', 'scmp-deepseek-offpeak'],
    confidence: 'verified',
  },
  'px-o1-context': {
    claim: 'OpenAI o1 context window',
    value: num(200_000, 'tokens'),
    sources: ['openai-community-o1-cost'],
    confidence: 'verified',
  },
  'px-r1-vs-o1-epoch': {
    claim: 'How much cheaper R1 is to use than o1, per The Epoch Times (“depending on the task”)',
    value: range(20, 50, 'multiple'),
    sources: ['epoch-times-nvda-600b'],
    confidence: 'single-source',
  },
  'rel-o3-mini-preview': {
    claim: 'OpenAI previews o3 and o3-mini, a month before R1',
    value: date('2024-12-20'),
    sources: ['verge-o3-preview', 'openai-o3-mini'],
    confidence: 'verified',
  },
  'rel-o3-mini': {
    claim: 'OpenAI releases o3-mini, also to free ChatGPT users',
    value: date('2025-01-31'),
    sources: ['modelpedia-o3mini', 'codeswap-o3mini', 'chatforest-o3mini'],
    confidence: 'verified',
  },
  'px-o3mini-in': {
    claim: 'OpenAI o3-mini API input price',
    value: num(1.1, 'usd-per-mtok'),
    sources: ['modelpedia-o3mini', 'codeswap-o3mini', 'chatforest-o3mini'],
    confidence: 'verified',
  },
  'px-o3mini-in-cached': {
    claim: 'OpenAI o3-mini API cached input price',
    value: num(0.55, 'usd-per-mtok'),
    sources: ['modelpedia-o3mini', 'codeswap-o3mini'],
    confidence: 'verified',
  },
  'px-o3mini-out': {
    claim: 'OpenAI o3-mini API output price',
    value: num(4.4, 'usd-per-mtok'),
    sources: ['modelpedia-o3mini', 'codeswap-o3mini'],
    confidence: 'verified',
  },
  'rel-chatgpt-pro': {
    claim: 'ChatGPT Pro launched, with the full o1 and o1 pro mode',
    value: date('2024-12-05'),
    sources: ['clawkipedia-o1', 'aifixhub-plus-vs-pro'],
    confidence: 'verified',
  },
  'px-chatgpt-pro': {
    claim: 'ChatGPT Pro subscription price',
    value: num(200, 'usd-per-month'),
    sources: ['clawkipedia-o1', 'aifixhub-plus-vs-pro'],
    confidence: 'verified',
  },

  // ------------------------------------------------------------ 6. markets on 27 January 2025 and after
  'mkt-selloff-date': {
    claim: 'The DeepSeek sell-off: NVIDIA’s record one-day loss, the Nasdaq down, the Dow up',
    value: date('2025-01-27'),
    sources: ['reuters-2025-01-27-markets', 'ap-2025-01-27-tech-stocks-tumble'],
    confidence: 'verified',
  },
  'mkt-last-close-before': {
    claim: 'Friday 24 January 2025: the last close before the sell-off',
    value: date('2025-01-24'),
    sources: ['epoch-times-nvda-600b', 'ap-deepseek-by-the-numbers'],
    confidence: 'verified',
  },
  'mkt-rebound-date': {
    claim: 'Tuesday 28 January 2025: NVIDIA’s rebound day',
    value: date('2025-01-28'),
    sources: ['forbes-au-deepseek-live'],
    confidence: 'verified',
  },
  'mkt-nvda-close-range': {
    claim: 'NVIDIA close on Monday 27 January 2025 (sources give $118.51 to $118.58)',
    value: range(118.51, 118.58, 'usd-per-share'),
    sources: ['cnbc-nvda-600b', 'benzinga-nvda-close', 'epoch-times-nvda-600b'],
    confidence: 'verified',
    note: 'CNBC and Benzinga: $118.58; The Epoch Times: $118.51. An uncitable search result gives $118.42.',
  },

  'mkt-nvda-prev-close': {
    claim: 'NVIDIA close on Friday 24 January 2025',
    value: num(142.62, 'usd-per-share'),
    sources: ['epoch-times-nvda-600b'],
    confidence: 'single-source',
  },
  'mkt-nvda-close': {
    claim: 'NVIDIA close on Monday 27 January 2025',
    value: num(118.58, 'usd-per-share'),
    sources: ['cnbc-nvda-600b', 'benzinga-nvda-close'],
    confidence: 'verified',
    note: 'The Epoch Times gives $118.51; an uncitable search result gives $118.42 (−16.97%). $118.58 matches −16.86% against $142.62.',
  },
  'mkt-nvda-close-epoch': {
    claim: 'NVIDIA close on 27 January as The Epoch Times gives it',
    value: num(118.51, 'usd-per-share'),
    sources: ['epoch-times-nvda-600b'],
    confidence: 'single-source',
  },
  'mkt-nvda-pct': {
    claim: 'NVIDIA share price move on 27 January 2025',
    value: num(-16.86, 'percent-change'),
    sources: ['cnbc-nvda-600b', 'benzinga-nvda-close'],
    confidence: 'verified',
    note: 'AP says 16.9%, Reuters 17%; one daily brief says 16.97%. All round to about 17%.',
  },
  'mkt-nvda-pct-about': {
    claim: 'NVIDIA share price fall on 27 January 2025, rounded as the wires reported it (about 17%)',
    value: num(-17, 'percent-change'),
    sources: ['reuters-2025-01-27-markets', 'ap-2025-01-27-tech-stocks-tumble', 'cnbc-nvda-600b'],
    confidence: 'verified',
    note: 'Reuters and CNBC say 17%, AP 16.9%; the unrounded figure is in mkt-nvda-pct.',
  },
  'nvda-mcap-loss': {
    claim: 'NVIDIA market value lost on 27 January 2025 (sources give $589B to $593B)',
    value: range(589e9, 593e9, 'usd'),
    sources: ['reuters-2025-01-27-markets', 'forbes-nvda-589b', 'scmp-deepseek-selloff', 'cnbc-nvda-600b'],
    confidence: 'verified',
    note: 'Bloomberg-based reports (Forbes) say $589B; Reuters (LSEG data) says $593B, The Epoch Times $593.7B, SCMP $592.7B, CNBC “close to $600B”. The largest one-day loss of market value for any US company.',
  },
  'mkt-prev-record-loss': {
    claim: 'Previous record one-day loss of market value, also NVIDIA’s',
    value: num(279e9, 'usd'),
    sources: ['reuters-2025-01-27-markets', 'coinbasecamp-nvda'],
    confidence: 'verified',
    note: 'The record is in dollars; in per cent, 27 January was NVIDIA’s worst day since March 2020, not a market record.',
  },
  'mkt-prev-record-date': {
    claim: 'Day of the previous record one-day loss (NVIDIA)',
    value: date('2024-09-03'),
    sources: ['reuters-2025-01-27-markets', 'coinbasecamp-nvda'],
    confidence: 'verified',
  },
  'mkt-nvda-mcap-before': {
    claim: 'NVIDIA market value before the fall (about)',
    value: num(3.5e12, 'usd'),
    sources: ['ap-deepseek-by-the-numbers'],
    confidence: 'verified',
  },
  'mkt-nvda-mcap-after': {
    claim: 'NVIDIA market value after the fall (about), below Apple and Microsoft',
    value: num(2.9e12, 'usd'),
    sources: ['ap-deepseek-by-the-numbers'],
    confidence: 'verified',
  },
  'mkt-aapl-mcap': {
    claim: 'Apple market value as it retook first place (about)',
    value: num(3.5e12, 'usd'),
    sources: ['ap-deepseek-by-the-numbers'],
    confidence: 'verified',
  },
  'mkt-nasdaq-pct': {
    claim: 'Nasdaq Composite move on 27 January 2025',
    value: num(-3.07, 'percent-change'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-nasdaq-pts': {
    claim: 'Nasdaq Composite move on 27 January 2025, in points',
    value: num(-612.47, 'points'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-nasdaq-close': {
    claim: 'Nasdaq Composite close on 27 January 2025',
    value: num(19_341.83, 'count'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-spx-pct': {
    claim: 'S&P 500 move on 27 January 2025',
    value: num(-1.46, 'percent-change'),
    sources: ['reuters-2025-01-27-markets', 'thestreet-tech-crash'],
    confidence: 'verified',
  },
  'mkt-spx-pts': {
    claim: 'S&P 500 move on 27 January 2025, in points',
    value: num(-88.96, 'points'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-spx-close': {
    claim: 'S&P 500 close on 27 January 2025',
    value: num(6_012.28, 'count'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-dow-pct': {
    claim: 'Dow Jones Industrial Average move on 27 January 2025 (it rose)',
    value: num(0.65, 'percent-change'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-dow-pts': {
    claim: 'Dow Jones Industrial Average move on 27 January 2025, in points',
    value: num(289.33, 'points'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-dow-close': {
    claim: 'Dow Jones Industrial Average close on 27 January 2025',
    value: num(44_713.58, 'count'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-sox-pct': {
    claim: 'Semiconductor index move on 27 January 2025, its biggest fall since March 2020',
    value: num(-9.2, 'percent-change'),
    sources: ['reuters-2025-01-27-markets'],
    confidence: 'verified',
  },
  'mkt-tech-sector-pct': {
    claim: 'S&P 500 technology sector move on 27 January 2025, its biggest drop since September 2020',
    value: num(-5.6, 'percent-change'),
    sources: ['ap-deepseek-by-the-numbers'],
    confidence: 'single-source',
  },
  'mkt-aapl-pct': {
    claim: 'Apple share move on 27 January 2025',
    value: num(3.18, 'percent-change'),
    sources: ['namecoinnews-mag7', 'mitrade-2025-01-28', 'chartmill-market-monitor', 'forbes-au-deepseek-live'],
    confidence: 'verified',
  },
  'mkt-meta-pct': {
    claim: 'Meta share move on 27 January 2025',
    value: num(1.91, 'percent-change'),
    sources: ['namecoinnews-mag7', 'mitrade-2025-01-28', 'chartmill-market-monitor', 'forbes-au-deepseek-live'],
    confidence: 'verified',
  },
  'mkt-amzn-pct': {
    claim: 'Amazon share move on 27 January 2025',
    value: num(0.24, 'percent-change'),
    sources: ['namecoinnews-mag7'],
    confidence: 'single-source',
  },
  'mkt-goog-pct': {
    claim: 'Alphabet share move on 27 January 2025 (about)',
    value: num(-4, 'percent-change'),
    sources: ['namecoinnews-mag7', 'mitrade-2025-01-28', 'chartmill-market-monitor', 'forbes-au-deepseek-live'],
    confidence: 'verified',
    note: 'Sources say “4%” without naming the share class (GOOG or GOOGL).',
  },
  'mkt-msft-pct': {
    claim: 'Microsoft share move on 27 January 2025',
    value: num(-2.14, 'percent-change'),
    sources: ['namecoinnews-mag7', 'mitrade-2025-01-28', 'chartmill-market-monitor', 'forbes-au-deepseek-live'],
    confidence: 'verified',
  },
  'mkt-tsla-pct': {
    claim: 'Tesla share move on 27 January 2025',
    value: num(-2.32, 'percent-change'),
    sources: ['namecoinnews-mag7'],
    confidence: 'single-source',
  },
  'mkt-avgo-pct': {
    claim: 'Broadcom share move on 27 January 2025',
    value: num(-17.4, 'percent-change'),
    sources: ['daily-brief-2025-01-27', 'industry-leaders-nvda-593b'],
    confidence: 'verified',
    note: 'Industry Leaders Magazine rounds it to 17%.',
  },
  'mkt-avgo-mcap-loss': {
    claim: 'Broadcom market value lost on 27 January 2025 (about)',
    value: num(200e9, 'usd'),
    sources: ['industry-leaders-nvda-593b'],
    confidence: 'single-source',
  },
  'mkt-tsm-pct': {
    claim: 'TSMC US ADR move on 27 January 2025, as reports give it (Taiwan was closed for Lunar New Year)',
    value: range(-15, -12, 'percent-change'),
    sources: ['svgn-after-deepseek', 'daily-brief-2025-01-27', 'quiver-tsm'],
    confidence: 'single-source',
    note: 'Reports disagree and the exact close is unverified: SVGN says 12%, a daily brief “more than 15%”, Quiver Quant 13% (muddled).',
  },
  'mkt-orcl-pct': {
    claim: 'Oracle share move on 27 January 2025 (about)',
    value: num(-14, 'percent-change'),
    sources: ['motley-fool-oracle', 'fortunefwd-nvda-plunge'],
    confidence: 'verified',
    note: 'Reports range from −13.8% to −14.8% (−14.2% at 2:45 pm ET); the exact close is unverified.',
  },
  'mkt-asml-pct': {
    claim: 'ASML (Amsterdam) intraday fall on 27 January 2025, as reported at different times',
    value: range(-11.5, -7, 'percent-change'),
    sources: ['reuters-2025-01-27-european-tech'],
    confidence: 'verified',
    note: 'Reuters updates: −8.7% at 08:15 GMT, −11.5% at 09:41 GMT, −7% later. The closing move is not confirmed.',
  },
  'mkt-siemens-energy-pct': {
    claim: 'Siemens Energy move on 27 January 2025, the weakest name on the STOXX 600',
    value: num(-19.9, 'percent-change'),
    sources: ['reuters-2025-01-27-european-tech'],
    confidence: 'verified',
    note: 'Early updates said −17.4% to −17.7%; −19.9% is the latest update seen.',
  },
  'mkt-schneider-pct': {
    claim: 'Schneider Electric move on 27 January 2025',
    value: num(-9.5, 'percent-change'),
    sources: ['reuters-2025-01-27-european-tech'],
    confidence: 'verified',
  },
  'mkt-vistra-pct': {
    claim: 'Vistra (AI power stock) move on 27 January 2025',
    value: num(-28.3, 'percent-change'),
    sources: ['ap-deepseek-by-the-numbers', 'daily-brief-2025-01-27'],
    confidence: 'verified',
    note: 'AP gives 28.3%; a daily brief says “nearly 30%”.',
  },
  'mkt-power-peers-pct': {
    claim: 'Constellation, Talen and GE Vernova each fell more than this on 27 January 2025',
    value: num(-20, 'percent-change'),
    sources: ['ap-deepseek-by-the-numbers', 'daily-brief-2025-01-27'],
    confidence: 'verified',
    note: 'A bound, not a close.',
  },
  'mkt-nvda-rebound-pct': {
    claim: 'NVIDIA share move on Tuesday 28 January 2025',
    value: num(8.82, 'percent-change'),
    sources: ['forbes-au-deepseek-live'],
    confidence: 'verified',
  },
  'mkt-nvda-rebound-close': {
    claim: 'NVIDIA close on Tuesday 28 January 2025',
    value: num(128.86, 'usd-per-share'),
    sources: ['forbes-au-deepseek-live'],
    confidence: 'verified',
  },
  'mkt-nvda-rebound-gain': {
    claim: 'NVIDIA market value regained on 28 January 2025 (about), the second-best one-day gain ever',
    value: num(260e9, 'usd'),
    sources: ['forbes-au-deepseek-live'],
    confidence: 'verified',
  },
  'mkt-nvda-4t-intraday': {
    claim: 'NVIDIA becomes the first company to touch $4 trillion in market value (intraday)',
    value: date('2025-07-09'),
    sources: ['barrons-nvda-4t', 'deepnewz-nvda-4t', 'leader-report-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-4t-intraday-cap': {
    claim: 'NVIDIA market value shortly after the open on 9 July 2025',
    value: num(4.012e12, 'usd'),
    sources: ['barrons-nvda-4t', 'deepnewz-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-4t-intraday-price': {
    claim: 'NVIDIA intraday high on 9 July 2025',
    value: num(164.42, 'usd-per-share'),
    sources: ['barrons-nvda-4t', 'deepnewz-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-2025-07-09-close': {
    claim: 'NVIDIA close on 9 July 2025 (about $3.97 trillion, just short of $4T)',
    value: num(162.88, 'usd-per-share'),
    sources: ['barrons-nvda-4t', 'deepnewz-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-2025-07-09-close-cap': {
    claim: 'NVIDIA market value at the close on 9 July 2025 (about)',
    value: num(3.97e12, 'usd'),
    sources: ['barrons-nvda-4t', 'deepnewz-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-4t-close': {
    claim: 'NVIDIA’s first close above $4 trillion',
    value: date('2025-07-10'),
    sources: ['deepnewz-nvda-4t', 'leader-report-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-4t-close-price': {
    claim: 'NVIDIA close on 10 July 2025',
    value: num(164.1, 'usd-per-share'),
    sources: ['deepnewz-nvda-4t', 'leader-report-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-4t-close-cap': {
    claim: 'NVIDIA market value at the close on 10 July 2025',
    value: num(4.004e12, 'usd'),
    sources: ['deepnewz-nvda-4t', 'leader-report-nvda-4t'],
    confidence: 'verified',
  },
  'mkt-nvda-5t': {
    claim: 'NVIDIA becomes the first public company worth $5 trillion',
    value: date('2025-10-29'),
    sources: ['independent-nvda-5t', 'independent-bulletin-nvda-5t'],
    confidence: 'verified',
  },
  'mkt-nvda-5t-cap': {
    claim: 'NVIDIA market value at the open on 29 October 2025',
    value: num(5.054e12, 'usd'),
    sources: ['independent-nvda-5t', 'independent-bulletin-nvda-5t'],
    confidence: 'verified',
  },

  // ------------------------------------------------------------ 7. reactions (numbers inside the quotes)
  'azure-model-count': {
    claim: 'Models in Azure AI Foundry that R1 joined (“over 1,800”)',
    value: num(1_800, 'count'),
    sources: ['azure-blog-r1'],
    confidence: 'verified',
    note: 'A lower bound.',
  },
  'taleb-future-drops': {
    claim: 'Taleb: future drops could be this many times bigger than 27 January’s',
    value: range(2, 3, 'multiple'),
    sources: ['bloomberg-taleb', 'fortune-italia-taleb'],
    confidence: 'claim',
    note: 'Taleb’s forecast, not a measurement.',
  },

  // ------------------------------------------------------------ 8. Big Tech capex: plans and actuals
  'cap-msft-plan': {
    claim: 'Microsoft plan: AI-enabled data-centre investment in fiscal 2025 (July 2024 to June 2025)',
    value: num(80e9, 'usd'),
    sources: ['microsoft-golden-opportunity', 'anadolu-msft-80b', 'ebr-msft-80b'],
    confidence: 'verified',
    note: '“Approximately”; more than half in the US.',
  },
  'cap-msft-plan-date': {
    claim: 'Microsoft announces its $80B fiscal-2025 plan (Brad Smith blog)',
    value: date('2025-01-03'),
    sources: ['microsoft-golden-opportunity', 'anadolu-msft-80b'],
    confidence: 'verified',
  },
  'cap-msft-actual': {
    claim: 'Microsoft actual capital expenditure in fiscal 2025, including finance leases',
    value: num(88.2e9, 'usd'),
    sources: ['yourstory-msft-fy25'],
    confidence: 'single-source',
    note: 'Fiscal year ended 30 June 2025; reported 30 July 2025.',
  },
  'cap-msft-q4-fy25': {
    claim: 'Microsoft capital expenditure in the fourth quarter of fiscal 2025',
    value: num(24.2e9, 'usd'),
    sources: ['yourstory-msft-fy25'],
    confidence: 'single-source',
  },
  'cap-meta-plan': {
    claim: 'Meta plan: capital expenditure in 2025',
    value: range(60e9, 65e9, 'usd'),
    sources: ['zuckerberg-facebook-capex', 'livemint-meta-capex', 'ibtimes-meta-datacenter'],
    confidence: 'verified',
    note: 'Announced by Zuckerberg on 24 January 2025 and reaffirmed on the 29 January earnings call.',
  },
  'cap-meta-plan-date': {
    claim: 'Zuckerberg announces Meta’s $60–65B capex plan for 2025',
    value: date('2025-01-24'),
    sources: ['zuckerberg-facebook-capex', 'livemint-meta-capex'],
    confidence: 'verified',
  },
  'cap-meta-gpu-target': {
    claim: 'Meta target: GPUs in service by the end of 2025 (“more than”)',
    value: num(1_300_000, 'gpus'),
    sources: ['zuckerberg-facebook-capex', 'ibtimes-meta-datacenter'],
    confidence: 'verified',
    note: 'A lower bound.',
  },
  'cap-meta-actual': {
    claim: 'Meta actual capital expenditure in 2025',
    value: num(72.22e9, 'usd'),
    sources: ['meta-q4-2025-results'],
    confidence: 'verified',
  },
  'cap-meta-2024': {
    claim: 'Meta capital expenditure in 2024',
    value: num(37.26e9, 'usd'),
    sources: ['meta-q4-2025-results'],
    confidence: 'verified',
    note: 'Plan-time reports gave about $39–40B for 2024; this is the figure in Meta’s full-year 2025 release.',
  },
  'cap-meta-2026-guidance': {
    claim: 'Meta guidance: capital expenditure in 2026',
    value: range(115e9, 135e9, 'usd'),
    sources: ['meta-q4-2025-results'],
    confidence: 'verified',
  },
  'cap-goog-plan': {
    claim: 'Alphabet plan: capital expenditure in 2025',
    value: num(75e9, 'usd'),
    sources: ['cnbc-alphabet-75b', 'dcd-google-75b', 'ainvest-alphabet-capex'],
    confidence: 'verified',
    note: '“Approximately”; raised to about $85B in July 2025.',
  },
  'cap-goog-plan-date': {
    claim: 'Alphabet announces its $75B capex plan for 2025',
    value: date('2025-02-04'),
    sources: ['cnbc-alphabet-75b', 'dcd-google-75b'],
    confidence: 'verified',
  },
  'cap-goog-2024': {
    claim: 'Alphabet capital expenditure in 2024',
    value: num(52.5e9, 'usd'),
    sources: ['cnbc-alphabet-75b', 'dcd-google-75b'],
    confidence: 'verified',
  },
  'cap-goog-plan-raised': {
    claim: 'Alphabet plan for 2025 capex after the July 2025 raise (about)',
    value: num(85e9, 'usd'),
    sources: ['ainvest-alphabet-capex'],
    confidence: 'single-source',
  },
  'cap-goog-q1-25': {
    claim: 'Alphabet capital expenditure, Q1 2025',
    value: num(17.2e9, 'usd'),
    sources: ['opencapital-googl-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-goog-q2-25': {
    claim: 'Alphabet capital expenditure, Q2 2025',
    value: num(22.45e9, 'usd'),
    sources: ['opencapital-googl-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-goog-q3-25': {
    claim: 'Alphabet capital expenditure, Q3 2025',
    value: num(23.95e9, 'usd'),
    sources: ['opencapital-googl-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-goog-q4-25': {
    claim: 'Alphabet capital expenditure, Q4 2025',
    value: num(27.85e9, 'usd'),
    sources: ['opencapital-googl-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-goog-2026-guidance': {
    claim: 'Alphabet guidance: capital expenditure in 2026',
    value: range(175e9, 185e9, 'usd'),
    sources: ['coincentral-alphabet-q4'],
    confidence: 'single-source',
  },
  'cap-amzn-plan': {
    claim: 'Amazon plan: capital expenditure in 2025 (“over $100 billion”)',
    value: num(100e9, 'usd'),
    sources: ['sherwood-amazon-100b'],
    confidence: 'verified',
    note: 'A lower bound: the CFO said Q4 2024’s $26.3B “will be reasonably representative” of the 2025 rate; the Motley Fool says “around $100 billion”.',
  },
  'cap-amzn-plan-date': {
    claim: 'Amazon signals its 2025 capex rate on its Q4 2024 earnings call',
    value: date('2025-02-06'),
    sources: ['sherwood-amazon-100b'],
    confidence: 'verified',
  },
  'cap-amzn-q4-24': {
    claim: 'Amazon capital expenditure, Q4 2024',
    value: num(26.3e9, 'usd'),
    sources: ['sherwood-amazon-100b'],
    confidence: 'verified',
  },
  'cap-amzn-q1-25': {
    claim: 'Amazon capital expenditure, Q1 2025',
    value: num(25.02e9, 'usd'),
    sources: ['opencapital-amzn-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-amzn-q2-25': {
    claim: 'Amazon capital expenditure, Q2 2025',
    value: num(32.18e9, 'usd'),
    sources: ['opencapital-amzn-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-amzn-q3-25': {
    claim: 'Amazon capital expenditure, Q3 2025',
    value: num(35.1e9, 'usd'),
    sources: ['opencapital-amzn-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-amzn-q4-25': {
    claim: 'Amazon capital expenditure, Q4 2025',
    value: num(39.52e9, 'usd'),
    sources: ['opencapital-amzn-capex'],
    confidence: 'single-source',
    note: 'Aggregator data.',
  },
  'cap-amzn-2026-guidance': {
    claim: 'Amazon guidance: capital expenditure in 2026 (“about”)',
    value: num(200e9, 'usd'),
    sources: ['variety-amazon-q4'],
    confidence: 'single-source',
  },
  'cap-big4-plans': {
    claim: 'Microsoft, Meta, Alphabet and Amazon together: 2025 capex plans (“over $315 billion”)',
    value: num(315e9, 'usd'),
    sources: ['sherwood-amazon-100b'],
    confidence: 'single-source',
    note: 'A lower bound.',
  },
  'stargate-announced': {
    claim: 'Stargate announced at the White House',
    value: date('2025-01-21'),
    sources: ['justsecurity-stargate', 'softbank-stargate'],
    confidence: 'verified',
  },
  'stargate-total': {
    claim: 'Stargate: planned investment over four years (“up to”)',
    value: num(500e9, 'usd'),
    sources: ['justsecurity-stargate', 'softbank-stargate'],
    confidence: 'verified',
    note: 'Equity partners SoftBank, OpenAI, Oracle and MGX; an intention, not money spent.',
  },
  'stargate-initial': {
    claim: 'Stargate: investment to be deployed “immediately”',
    value: num(100e9, 'usd'),
    sources: ['justsecurity-stargate', 'softbank-stargate'],
    confidence: 'verified',
  },
  'stargate-years': {
    claim: 'Stargate: years over which the $500B is to be invested',
    value: num(4, 'count'),
    sources: ['justsecurity-stargate', 'softbank-stargate'],
    confidence: 'verified',
  },

  // ------------------------------------------------------------ 9. the technical tweaks
  'v3-attn-heads': {
    claim: 'DeepSeek-V3 attention heads (multi-head latent attention)',
    value: num(128, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-head-dim': {
    claim: 'DeepSeek-V3 dimension per attention head',
    value: num(128, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-kv-compression-dim': {
    claim: 'DeepSeek-V3 key-value compression dimension (what the KV cache stores)',
    value: num(512, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-q-compression-dim': {
    claim: 'DeepSeek-V3 query compression dimension',
    value: num(1_536, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-shared-experts': {
    claim: 'Shared experts per DeepSeek-V3 MoE layer',
    value: num(1, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-routed-experts': {
    claim: 'Routed experts per DeepSeek-V3 MoE layer',
    value: num(256, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-active-experts': {
    claim: 'Routed experts active per token in DeepSeek-V3',
    value: num(8, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-max-nodes-per-token': {
    claim: 'Most nodes a DeepSeek-V3 token is sent to',
    value: num(4, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-layers': {
    claim: 'Transformer layers in DeepSeek-V3',
    value: num(61, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-dense-layers': {
    claim: 'Leading DeepSeek-V3 layers that are dense rather than MoE',
    value: num(3, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-expert-hidden-dim': {
    claim: 'Hidden dimension of each DeepSeek-V3 expert',
    value: num(2_048, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-mtp-depth': {
    claim: 'DeepSeek-V3 multi-token-prediction depth (extra tokens predicted)',
    value: num(1, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-fp8-loss-error': {
    claim: 'FP8 training: relative loss error versus BF16 stays below this',
    value: num(0.25, 'percent'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
    note: 'An upper bound, from the report’s ablations.',
  },
  'v3-pipeline-parallel': {
    claim: 'DeepSeek-V3 pipeline parallelism (ways); no tensor parallelism',
    value: num(16, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-expert-parallel': {
    claim: 'DeepSeek-V3 expert parallelism (ways, spanning 8 nodes)',
    value: num(64, 'count'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'r1zero-aime-start': {
    claim: 'R1-Zero on AIME 2024 (pass@1) at the start of pure reinforcement learning',
    value: num(15.6, 'percent'),
    sources: ['deepseek-r1-paper'],
    confidence: 'verified',
  },
  'r1zero-aime-end': {
    claim: 'R1-Zero on AIME 2024 (pass@1) after reinforcement learning, January 2025 paper',
    value: num(71, 'percent'),
    sources: ['deepseek-r1-paper'],
    confidence: 'verified',
    note: 'The revised (v2 / Nature) paper says 77.9%; use 71.0% for a January 2025 slide.',
  },
  'r1zero-aime-majority': {
    claim: 'R1-Zero on AIME 2024 with majority voting, matching OpenAI o1-0912',
    value: num(86.7, 'percent'),
    sources: ['deepseek-r1-paper'],
    confidence: 'verified',
  },
  'h800-nvlink': {
    claim: 'H800 (SXM) NVLink chip-to-chip bandwidth, per spec-comparison pages: the H100’s compute, its links cut',
    value: num(400, 'gb-per-s'),
    sources: ['tumgag-h100-h800'],
    confidence: 'single-source',
    note: 'Early-2023 reports of about 300 GB/s described the PCIe card. No NVIDIA datasheet was seen.',
  },
  'h100-nvlink': {
    claim: 'H100 SXM NVLink bandwidth, per spec-comparison pages',
    value: num(900, 'gb-per-s'),
    sources: ['tumgag-h100-h800'],
    confidence: 'single-source',
  },
  'v3-nvlink-measured': {
    claim: 'NVLink bandwidth DeepSeek measured in its H800 cluster',
    value: num(160, 'gb-per-s'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },
  'v3-ib-measured': {
    claim: 'InfiniBand bandwidth DeepSeek measured between nodes',
    value: num(50, 'gb-per-s'),
    sources: ['deepseek-v3-report'],
    confidence: 'verified',
  },

  // ------------------------------------------------------------ 10. benchmarks (DeepSeek's own evaluations)
  'bm-aime-r1': {
    claim: 'DeepSeek-R1 on AIME 2024 (pass@1)',
    value: num(79.8, 'percent'),
    sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
    confidence: 'verified',
  },
  'bm-aime-o1': {
    claim: 'OpenAI o1-1217 on AIME 2024 (pass@1), per DeepSeek’s table',
    value: num(79.2, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-math500-r1': {
    claim: 'DeepSeek-R1 on MATH-500 (pass@1)',
    value: num(97.3, 'percent'),
    sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
    confidence: 'verified',
  },
  'bm-math500-o1': {
    claim: 'OpenAI o1-1217 on MATH-500 (pass@1), per DeepSeek’s table',
    value: num(96.4, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-cf-pct-r1': {
    claim: 'DeepSeek-R1 Codeforces percentile',
    value: num(96.3, 'percent'),
    sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
    confidence: 'verified',
  },
  'bm-cf-pct-o1': {
    claim: 'OpenAI o1-1217 Codeforces percentile, per DeepSeek’s table',
    value: num(96.6, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-cf-rating-r1': {
    claim: 'DeepSeek-R1 Codeforces rating',
    value: num(2_029, 'elo'),
    sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
    confidence: 'verified',
  },
  'bm-cf-rating-o1': {
    claim: 'OpenAI o1-1217 Codeforces rating, per DeepSeek’s table',
    value: num(2_061, 'elo'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
    note: 'A third-party table lists o1 at 1891; do not mix sources.',
  },
  'bm-gpqa-r1': {
    claim: 'DeepSeek-R1 on GPQA Diamond (pass@1)',
    value: num(71.5, 'percent'),
    sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
    confidence: 'verified',
  },
  'bm-gpqa-o1': {
    claim: 'OpenAI o1-1217 on GPQA Diamond (pass@1), per DeepSeek’s table',
    value: num(75.7, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
    note: 'A third-party table lists o1 at 78.0 (possibly OpenAI’s own figure); do not mix sources.',
  },
  'bm-mmlu-r1': {
    claim: 'DeepSeek-R1 on MMLU (pass@1)',
    value: num(90.8, 'percent'),
    sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
    confidence: 'verified',
  },
  'bm-mmlu-o1': {
    claim: 'OpenAI o1-1217 on MMLU (pass@1), per DeepSeek’s table',
    value: num(91.8, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-swe-r1': {
    claim: 'DeepSeek-R1 on SWE-bench Verified (resolved)',
    value: num(49.2, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-swe-o1': {
    claim: 'OpenAI o1-1217 on SWE-bench Verified (resolved), per DeepSeek’s table',
    value: num(48.9, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-lcb-r1': {
    claim: 'DeepSeek-R1 on LiveCodeBench (pass@1, chain of thought)',
    value: num(65.9, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-lcb-o1': {
    claim: 'OpenAI o1-1217 on LiveCodeBench (pass@1, chain of thought), per DeepSeek’s table',
    value: num(63.4, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-aider-r1': {
    claim: 'DeepSeek-R1 on Aider-Polyglot (accuracy)',
    value: num(53.3, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-aider-o1': {
    claim: 'OpenAI o1-1217 on Aider-Polyglot (accuracy), per DeepSeek’s table',
    value: num(61.7, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-simpleqa-r1': {
    claim: 'DeepSeek-R1 on SimpleQA (correct)',
    value: num(30.1, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-simpleqa-o1': {
    claim: 'OpenAI o1-1217 on SimpleQA (correct), per DeepSeek’s table',
    value: num(47, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-mmlupro-r1': {
    claim: 'DeepSeek-R1 on MMLU-Pro (exact match); no o1 figure reported',
    value: num(84, 'percent'),
    sources: ['deepseek-r1-readme', 'deepseek-r1-paper'],
    confidence: 'verified',
  },
  'bm-aime-distill32': {
    claim: 'R1-Distill-Qwen-32B on AIME 2024 (pass@1)',
    value: num(72.6, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-aime-o1mini': {
    claim: 'OpenAI o1-mini on AIME 2024 (pass@1), per DeepSeek’s table',
    value: num(63.6, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-math500-distill32': {
    claim: 'R1-Distill-Qwen-32B on MATH-500 (pass@1)',
    value: num(94.3, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-math500-o1mini': {
    claim: 'OpenAI o1-mini on MATH-500 (pass@1), per DeepSeek’s table',
    value: num(90, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-gpqa-distill32': {
    claim: 'R1-Distill-Qwen-32B on GPQA Diamond (pass@1)',
    value: num(62.1, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-gpqa-o1mini': {
    claim: 'OpenAI o1-mini on GPQA Diamond (pass@1), per DeepSeek’s table',
    value: num(60, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-lcb-distill32': {
    claim: 'R1-Distill-Qwen-32B on LiveCodeBench (pass@1)',
    value: num(57.2, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-lcb-o1mini': {
    claim: 'OpenAI o1-mini on LiveCodeBench (pass@1), per DeepSeek’s table',
    value: num(53.8, 'percent'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-cf-rating-distill32': {
    claim: 'R1-Distill-Qwen-32B Codeforces rating',
    value: num(1_691, 'elo'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'bm-cf-rating-o1mini': {
    claim: 'OpenAI o1-mini Codeforces rating, per DeepSeek’s table',
    value: num(1_820, 'elo'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },

  // ------------------------------------------------------------ 11. black swan
  'bs-book-year': {
    claim: 'Taleb’s The Black Swan published, defining the three attributes (outlier, extreme impact, explained after the fact)',
    value: num(2007, 'year'),
    sources: ['taleb-black-swan-book', 'nyt-black-swan-excerpt'],
    confidence: 'verified',
  },
} as const satisfies Record<string, Fact>;

type BaseFactId = keyof typeof BASE;

// ------------------------------------------------------------ derived facts

const derive = deriver(BASE);

/** R1's and o1's score on each benchmark of R1's table, in pairs: the chart on the facts slide plots the same ids. */
const BENCHMARK_PAIRS = [
  'bm-aime-r1', 'bm-aime-o1',
  'bm-math500-r1', 'bm-math500-o1',
  'bm-cf-pct-r1', 'bm-cf-pct-o1',
  'bm-swe-r1', 'bm-swe-o1',
  'bm-lcb-r1', 'bm-lcb-o1',
  'bm-gpqa-r1', 'bm-gpqa-o1',
  'bm-mmlu-r1', 'bm-mmlu-o1',
  'bm-aider-r1', 'bm-aider-o1',
  'bm-simpleqa-r1', 'bm-simpleqa-o1',
] as const;

/** How many pairs the first (or second) of each pair wins outright. */
function leads(scores: readonly number[], who: 'first' | 'second'): number {
  let count = 0;
  for (let i = 0; i + 1 < scores.length; i += 2) {
    const [a, b] = [scores[i]!, scores[i + 1]!];
    if (who === 'first' ? a > b : b > a) count++;
  }
  return count;
}

const sum = (...values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

const DERIVED = {
  // 3. V3 cost and scale
  'v3-total-hrs': derive('DeepSeek-V3 total training compute (sum of the three stages)', ['v3-pretrain-hrs', 'v3-ctx-hrs', 'v3-post-hrs'], 'gpu-hours', sum),
  'v3-pretrain-cost': derive('DeepSeek-V3 pre-training at the assumed rental price', ['v3-pretrain-hrs', 'v3-rate'], 'usd', (hours, rate) => hours * rate),
  'v3-ctx-cost': derive('DeepSeek-V3 context extension at the assumed rental price', ['v3-ctx-hrs', 'v3-rate'], 'usd', (hours, rate) => hours * rate),
  'v3-post-cost': derive('DeepSeek-V3 post-training at the assumed rental price', ['v3-post-hrs', 'v3-rate'], 'usd', (hours, rate) => hours * rate),
  // 4. comparisons
  'llama405-vs-v3-hrs': derive(
    'Llama 3.1 405B training compute as a multiple of DeepSeek-V3’s',
    ['cmp-llama405-hrs', 'v3-total-hrs-stated'],
    'multiple',
    (llama, v3) => llama / v3,
    'H100 hours against H800 hours: a compute comparison, not a like-for-like cost.',
  ),
  // 5. prices
  'px-o1-vs-r1-input': derive('How many times o1’s input price is R1’s (cache miss)', ['px-o1-in', 'px-r1-in-miss'], 'multiple', (o1, r1) => o1 / r1),
  'px-o1-vs-r1-output': derive('How many times o1’s output price is R1’s', ['px-o1-out', 'px-r1-out'], 'multiple', (o1, r1) => o1 / r1),
  // 6. markets
  'mkt-nvda-pct-from-closes': derive(
    'NVIDIA’s 27 January move computed from the two closes',
    ['mkt-nvda-close', 'mkt-nvda-prev-close'],
    'percent-change',
    (close, previous) => (close / previous - 1) * 100,
  ),
  'mkt-record-multiple': derive(
    'NVIDIA’s 27 January loss as a multiple of the previous record one-day loss',
    ['nvda-mcap-loss', 'mkt-prev-record-loss'],
    'multiple',
    (loss, previous) => loss / previous,
  ),
  'mkt-rebound-share': derive(
    'Share of Monday’s lost market value NVIDIA regained on Tuesday',
    ['mkt-nvda-rebound-gain', 'nvda-mcap-loss'],
    'percent',
    (gain, loss) => (gain / loss) * 100,
    'Forbes Australia: “recovering 44% of the $589 billion”; the range follows the $589B–$593B disagreement.',
  ),
  'mkt-nvda-fall-about': derive('Size of NVIDIA’s fall on 27 January 2025, as the wires rounded it', ['mkt-nvda-pct-about'], 'percent', (move) => -move),
  'mkt-tech-sector-fall': derive('Size of the S&P 500 technology sector’s fall on 27 January 2025', ['mkt-tech-sector-pct'], 'percent', (move) => -move),
  'mkt-aapl-rise': derive('Size of Apple’s rise on 27 January 2025', ['mkt-aapl-pct'], 'percent', (move) => move),
  'mkt-dow-rise': derive('Size of the Dow’s rise on 27 January 2025', ['mkt-dow-pct'], 'percent', (move) => move),
  'mkt-nvda-rebound-rise': derive('Size of NVIDIA’s rise on 28 January 2025', ['mkt-nvda-rebound-pct'], 'percent', (move) => move),
  'mkt-nvda-mcap-rebound': derive(
    'NVIDIA market value after Tuesday’s rebound (about): Monday’s value plus the day’s gain',
    ['mkt-nvda-mcap-after', 'mkt-nvda-rebound-gain'],
    'usd',
    (after, gain) => after + gain,
  ),
  // 10. benchmarks: who leads where, in DeepSeek's own table
  'bm-r1-leads': derive('Benchmarks in R1’s evaluation table on which R1 scores above o1', BENCHMARK_PAIRS, 'count', (...scores) => leads(scores, 'first')),
  'bm-o1-leads': derive('Benchmarks in R1’s evaluation table on which o1 scores above R1', BENCHMARK_PAIRS, 'count', (...scores) => leads(scores, 'second')),
  'bm-count': derive('Benchmarks in R1’s evaluation table shown against o1', BENCHMARK_PAIRS, 'count', (...scores) => scores.length / 2),
  // 12. after the sell-off
  'oai-value-multiple': derive('OpenAI’s valuation in February 2026 as a multiple of March 2025’s', ['oai-2026-02-value', 'oai-2025-03-value'], 'multiple', (later, earlier) => later / earlier),
  // 8. capex
  'cap-msft-vs-plan': derive('Microsoft fiscal-2025 capex: actual minus the $80B plan', ['cap-msft-actual', 'cap-msft-plan'], 'usd', (actual, plan) => actual - plan),
  'cap-meta-vs-plan': derive('Meta 2025 capex: actual minus the $60–65B plan', ['cap-meta-actual', 'cap-meta-plan'], 'usd', (actual, plan) => actual - plan),
  'cap-goog-actual': derive(
    'Alphabet actual capital expenditure in 2025 (sum of the four quarters)',
    ['cap-goog-q1-25', 'cap-goog-q2-25', 'cap-goog-q3-25', 'cap-goog-q4-25'],
    'usd',
    sum,
    'Summed from aggregator quarterly data.',
  ),
  'cap-amzn-actual': derive(
    'Amazon actual capital expenditure in 2025 (sum of the four quarters)',
    ['cap-amzn-q1-25', 'cap-amzn-q2-25', 'cap-amzn-q3-25', 'cap-amzn-q4-25'],
    'usd',
    sum,
    'Summed from aggregator quarterly data.',
  ),
  // 9. technical
  'v3-nvlink-vs-ib': derive('NVLink bandwidth as a multiple of InfiniBand in DeepSeek’s cluster', ['v3-nvlink-measured', 'v3-ib-measured'], 'multiple', (nvlink, ib) => nvlink / ib),
} satisfies Record<string, Fact>;

/** Facts computed from other derived facts. */
const deriveFurther = deriver({ ...BASE, ...DERIVED });

const DERIVED_FURTHER = {
  'v3-cost-from-hrs': deriveFurther(
    'DeepSeek-V3 cost recomputed: total GPU-hours at the assumed rental price',
    ['v3-total-hrs', 'v3-rate'],
    'usd',
    (hours, rate) => hours * rate,
  ),
  'cap-goog-vs-plan': deriveFurther('Alphabet 2025 capex: actual minus the $75B plan', ['cap-goog-actual', 'cap-goog-plan'], 'usd', (actual, plan) => actual - plan),
  'cap-amzn-vs-plan': deriveFurther(
    'Amazon 2025 capex: actual minus the “over $100B” plan',
    ['cap-amzn-actual', 'cap-amzn-plan'],
    'usd',
    (actual, plan) => actual - plan,
    'The plan was “over” $100B, so the overshoot is at most this.',
  ),
  'cap-big4-actual': deriveFurther(
    'Microsoft, Meta, Alphabet and Amazon together: actual 2025 capex',
    ['cap-msft-actual', 'cap-meta-actual', 'cap-goog-actual', 'cap-amzn-actual'],
    'usd',
    sum,
    'Mixes fiscal years: Microsoft’s runs July 2024 to June 2025, the others are calendar 2025.',
  ),
} satisfies Record<string, Fact>;

export const FACTS: Readonly<Record<BaseFactId | keyof typeof DERIVED | keyof typeof DERIVED_FURTHER, Fact>> = {
  ...BASE,
  ...DERIVED,
  ...DERIVED_FURTHER,
};

export type FactId = keyof typeof FACTS;
