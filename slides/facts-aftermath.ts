/**
 * Facts about what happened after the sell-off, up to the month in slides/as-of.ts, from the
 * verified rows of the aftermath research (shared/facts/aftermath-2025-2026.md). Rows that research
 * left unverified are not here; the report behind a claim is named in the claim itself.
 * slides/facts.ts merges these into the one registry.
 */
import { date, num, range } from '../src/core/derive.ts';
import type { Fact as AnyFact } from '../src/core/model/facts.ts';
import type { SourceId } from './sources.ts';

/** A fact of this talk: its sources must be in slides/sources.ts. */
type Fact = AnyFact<SourceId>;

export const AFTERMATH_FACTS = {
  // ------------------------------------------------------------ NVIDIA's results
  'nvda-fy26-revenue': {
    claim: 'NVIDIA revenue in fiscal 2026 (the year to 25 January 2026)',
    value: num(215.9e9, 'usd'),
    sources: ['nvidia-fy26-results', 'verdict-nvda-fy26'],
    confidence: 'verified',
  },
  'nvda-fy26-growth': {
    claim: 'NVIDIA revenue growth in fiscal 2026, against fiscal 2025',
    value: num(65, 'percent'),
    sources: ['nvidia-fy26-results', 'verdict-nvda-fy26'],
    confidence: 'verified',
    note: 'Growth stayed above 55% in every quarter of fiscal 2026.',
  },
  'nvda-q1-fy27-revenue': {
    claim: 'NVIDIA revenue in the first quarter of fiscal 2027 (February to April 2026)',
    value: num(81.6e9, 'usd'),
    sources: ['letsdatascience-nvda-q1-fy27', 'novara-nvda-q1-fy27'],
    confidence: 'verified',
  },
  'nvda-q1-fy27-growth': {
    claim: 'NVIDIA revenue growth in the first quarter of fiscal 2027, year on year',
    value: num(85, 'percent'),
    sources: ['letsdatascience-nvda-q1-fy27', 'novara-nvda-q1-fy27'],
    confidence: 'verified',
    note: 'Later quarters’ results were not in the sources checked.',
  },

  // ------------------------------------------------------------ export rules
  'exp-h20-licence': {
    claim: 'The US requires a licence to sell NVIDIA’s H20 to China; NVIDIA expects charges of up to $5.5B',
    value: date('2025-04'),
    sources: ['cnbc-nvda-h20-charge'],
    confidence: 'single-source',
    note: 'NVIDIA was told on 9 April and disclosed it on 15 April; $4.5B was booked in the end.',
  },
  'exp-china-share': {
    claim: 'Share of their China revenue from H20 and MI308 sales NVIDIA and AMD agree to pay the US government',
    value: num(15, 'percent'),
    sources: ['reuters-nvda-15pct', 'afp-nvda-15pct'],
    confidence: 'verified',
  },
  'exp-china-share-date': {
    claim: 'The 15% revenue-share deal is reported',
    value: date('2025-08-10'),
    sources: ['reuters-nvda-15pct', 'afp-nvda-15pct'],
    confidence: 'verified',
  },
  'exp-h200-share': {
    claim: 'Share of H200 China revenue the US is to receive when the President allows the sales',
    value: num(25, 'percent'),
    sources: ['afp-h200-china', 'bakermckenzie-h200-rule'],
    confidence: 'verified',
    note: 'Put into law as a 25% tariff on the chips as they pass through the US; Blackwell stays barred.',
  },
  'exp-h200-date': {
    claim: 'The President allows H200 sales to approved customers in China',
    value: date('2025-12-08'),
    sources: ['afp-h200-china'],
    confidence: 'single-source',
  },
  'exp-h200-rule': {
    claim: 'The US rule on H200-class exports to China takes effect: case-by-case licences, a cap, third-party testing',
    value: date('2026-01-15'),
    sources: ['bakermckenzie-h200-rule', 'str-h200-rule'],
    confidence: 'verified',
    note: 'Reuters reported that China’s customs told agents H200s may not enter; NVIDIA’s outlooks in February and May 2026 assumed no China data-centre revenue.',
  },

  // ------------------------------------------------------------ DeepSeek after R1
  'rel-r1-0528': {
    claim: 'DeepSeek-R1-0528, an upgrade of R1 with the same architecture',
    value: date('2025-05-28'),
    sources: ['deepseek-r1-0528-card', 'together-r1-0528'],
    confidence: 'verified',
  },
  'r2-delay-report': {
    claim: 'The Financial Times reports that R2 was delayed after training on Huawei Ascend chips failed, and that DeepSeek went back to NVIDIA chips for training',
    value: date('2025-08-14'),
    sources: ['ft-r2-huawei', 'trivium-r2-huawei'],
    confidence: 'claim',
    note: 'The FT’s anonymous sources; DeepSeek and Huawei did not comment. No model called R2 had shipped by the as-of month, as far as these sources show.',
  },
  'rel-v31': {
    claim: 'DeepSeek-V3.1: one model that thinks or answers directly; the API names switch to it',
    value: date('2025-08-21'),
    sources: ['deepseek-api-changelog'],
    confidence: 'verified',
    note: 'The weights appeared on 19 August; the API switched on the 21st.',
  },
  'r1-nature-date': {
    claim: 'R1 is published in Nature after peer review',
    value: date('2025-09-17'),
    sources: ['nature-r1-paper', 'nature-news-r1-secrets'],
    confidence: 'verified',
  },
  'r1-nature-cost': {
    claim: 'R1’s training cost on top of the V3 base model, as its Nature supplement discloses (at rental prices)',
    value: num(294_000, 'usd'),
    sources: ['reuters-r1-294k', 'nature-news-r1-secrets'],
    confidence: 'verified',
  },
  'r1-nature-gpus': {
    claim: 'NVIDIA H800s used for R1’s reinforcement learning, per the Nature supplement',
    value: num(512, 'gpus'),
    sources: ['reuters-r1-294k', 'techspot-r1-cost'],
    confidence: 'verified',
    note: 'Some Chinese summaries say 648. The same supplement admits DeepSeek owns A100s, used in early experiments.',
  },
  'rel-v32-exp': {
    claim: 'DeepSeek-V3.2-Exp adds sparse attention, and API prices are cut by more than half',
    value: date('2025-09-29'),
    sources: ['deepseek-api-changelog', 'batch-v32-exp'],
    confidence: 'verified',
  },
  'rel-v4-preview': {
    claim: 'DeepSeek-V4 Preview: two open-weight models under the MIT licence, with a one-million-token context',
    value: date('2026-04-24'),
    sources: ['deepseek-v4-preview-news', 'testingcatalog-v4'],
    confidence: 'verified',
    note: 'US-time listings give 23 April. The announcement also set the date the old API names would go.',
  },
  'api-legacy-retired': {
    claim: 'DeepSeek retires the API model names deepseek-chat and deepseek-reasoner (R1’s name since January 2025)',
    value: date('2026-07-24'),
    sources: ['devto-deepseek-v4-migration', 'flowise-6667', 'deepseek-v4-preview-news'],
    confidence: 'verified',
    note: 'At 15:59 UTC; calls with the old names fail after it.',
  },
  'api-name-deepseek-flash': {
    claim: 'DeepSeek introduces the API model name deepseek-flash (DeepSeek-V4.1-Flash), still its name on the mid-November 2026 pricing page',
    value: date('2026-09-10'),
    sources: ['deepseek-v41-flash-news', 'wavespeed-v41-flash', 'deepseek-pricing-2026-11'],
    confidence: 'verified',
  },
  'api-name-r1-distill-qwen-7b': {
    claim: 'DeepSeek releases DeepSeek-R1-Distill-Qwen-7B, one of the six small distilled models, with R1',
    value: date('2025-01-20'),
    sources: ['deepseek-r1-readme'],
    confidence: 'verified',
  },
  'px-flash-in': {
    claim: 'deepseek-flash input price per million tokens (cache miss), off-peak to peak, mid-November 2026',
    value: range(0.15, 0.3, 'usd-per-mtok'),
    sources: ['deepseek-pricing-2026-11'],
    confidence: 'verified',
  },
  'px-flash-out': {
    claim: 'deepseek-flash output price per million tokens, off-peak to peak, mid-November 2026',
    value: range(0.6, 1.2, 'usd-per-mtok'),
    sources: ['deepseek-pricing-2026-11'],
    confidence: 'verified',
  },

  // ------------------------------------------------------------ Big Tech, OpenAI, Apple
  'cap-msft-leases': {
    claim: 'TD Cowen: Microsoft cancelled US data-centre leases of “a couple hundred” megawatts',
    value: date('2025-02-21'),
    sources: ['reuters-td-cowen-msft', 'eweek-msft-leases'],
    confidence: 'verified',
    note: 'An analyst’s channel check, reported on 24 February; Microsoft kept its fiscal-2025 target.',
  },
  'oai-2025-03-value': {
    claim: 'OpenAI’s valuation after raising $40B led by SoftBank (post-money)',
    value: num(300e9, 'usd'),
    sources: ['openai-funding-2025-03', 'verdict-openai-300b'],
    confidence: 'verified',
  },
  'oai-2025-03-date': {
    claim: 'OpenAI announces $40B of new funding at a $300B valuation',
    value: date('2025-03-31'),
    sources: ['openai-funding-2025-03', 'verdict-openai-300b'],
    confidence: 'verified',
  },
  'oai-2025-10-value': {
    claim: 'OpenAI’s valuation in an employee share sale',
    value: num(500e9, 'usd'),
    sources: ['bloomberg-openai-500b', 'tredu-openai-500b'],
    confidence: 'verified',
  },
  'oai-2025-10-date': {
    claim: 'OpenAI employees sell shares at a $500B valuation',
    value: date('2025-10-02'),
    sources: ['bloomberg-openai-500b', 'tredu-openai-500b'],
    confidence: 'verified',
  },
  'oai-2026-02-value': {
    claim: 'OpenAI’s valuation after a $110B round from Amazon, NVIDIA and SoftBank (post-money)',
    value: num(840e9, 'usd'),
    sources: ['reuters-openai-840b', 'verdict-openai-840b'],
    confidence: 'verified',
    note: 'Some headlines give $730B, the pre-money figure.',
  },
  'oai-2026-02-date': {
    claim: 'OpenAI raises $110B at an $840B valuation',
    value: date('2026-02-27'),
    sources: ['reuters-openai-840b', 'verdict-openai-840b'],
    confidence: 'verified',
  },
  'aapl-alibaba': {
    claim: 'Alibaba’s chairman confirms Alibaba will power AI features on iPhones sold in China',
    value: date('2025-02-13'),
    sources: ['reuters-alibaba-apple', 'pymnts-alibaba-apple'],
    confidence: 'verified',
    note: 'Apple did not comment; the launch then stalled at China’s internet regulator.',
  },
  'aapl-gemini': {
    claim: 'Apple and Google: the next Apple Foundation Models will be based on Gemini; Apple Intelligence stays on the device and Private Cloud Compute',
    value: date('2026-01-12'),
    sources: ['apple-google-gemini-statement', 'hngn-apple-gemini'],
    confidence: 'verified',
    note: 'Terms undisclosed; a reported price of about $1B a year is unconfirmed.',
  },
} as const satisfies Record<string, Fact>;
