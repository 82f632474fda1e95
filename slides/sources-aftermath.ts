/**
 * Publications behind the hindsight part of the talk: what happened after 27 January 2025, up to the
 * month in slides/as-of.ts. Same rules as slides/sources.ts: the original outlet or the primary
 * document; no URL where only a copy or mirror was seen.
 */
import type { Source } from '../src/core/model/facts.ts';

export const AFTERMATH_SOURCES = {
  // ------------------------------------------------------------ DeepSeek after R1
  'deepseek-api-changelog': {
    publisher: 'DeepSeek',
    title: 'Change Log (DeepSeek API Docs)',
    date: '2025-12-01',
    url: 'https://api-docs.deepseek.com/updates',
  },
  'deepseek-r1-0528-card': {
    publisher: 'DeepSeek-AI',
    title: 'DeepSeek-R1-0528 model card (Hugging Face)',
    date: '2025-05-28',
  },
  'together-r1-0528': {
    publisher: 'Together AI',
    title: 'DeepSeek-R1 model page (endpoint updated to R1-0528)',
    date: '2025-05-28',
    url: 'https://www.together.ai/models/deepseek-r1',
  },
  'batch-v32-exp': {
    publisher: 'The Batch (DeepLearning.AI)',
    title: 'DeepSeek-V3.2-Exp streamlines processing using a lightning indexer',
    date: '2025-10',
  },
  'deepseek-v4-preview-news': {
    publisher: 'DeepSeek',
    title: 'DeepSeek-V4 Preview (DeepSeek API Docs news)',
    date: '2026-04-24',
    url: 'https://api-docs.deepseek.com/news/news260424',
  },
  'testingcatalog-v4': {
    publisher: 'TestingCatalog',
    title: 'DeepSeek released 3 new open-source V4 models',
    date: '2026-04-24',
    url: 'https://www.testingcatalog.com/deepseek-released-3-new-open-source-v4-models/',
  },
  'deepseek-v41-flash-news': {
    publisher: 'DeepSeek',
    title: 'Introducing DeepSeek-V4.1-Flash: smarter, faster, more efficient.',
    date: '2026-09-10',
    url: 'https://www.deepseek.com/en/news/deepseek-v4-1-flash/',
  },
  'wavespeed-v41-flash': {
    publisher: 'WaveSpeedAI',
    title: 'DeepSeek V4.1 Flash API',
    date: '2026-09',
    url: 'https://wavespeed.ai/blog/developer-friction/deepseek-v4-1-flash-api/',
  },
  'deepseek-pricing-2026-11': {
    publisher: 'DeepSeek',
    title: 'Models & Pricing (DeepSeek API Docs), as of mid-November 2026',
    date: '2026-11-15',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  'devto-deepseek-v4-migration': {
    publisher: 'DEV Community',
    title: 'DeepSeek V4 API migration before July 24',
    date: '2026-07',
    url: 'https://dev.to/ahab_indieseek/deepseek-v4-api-migration-before-july-24-42b4',
  },
  'flowise-6667': {
    publisher: 'FlowiseAI (GitHub issue 6667)',
    title: 'DeepSeek removed the model names deepseek-chat and deepseek-reasoner',
    date: '2026-07',
    url: 'https://github.com/FlowiseAI/Flowise/issues/6667',
  },

  // ------------------------------------------------------------ the Nature paper, and R2
  'nature-r1-paper': {
    publisher: 'Nature',
    title: 'DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning',
    date: '2025-09-17',
    url: 'https://www.nature.com/articles/s41586-025-09422-z',
  },
  'nature-news-r1-secrets': {
    publisher: 'Nature (news)',
    title: 'Secrets of DeepSeek AI model revealed in landmark paper',
    date: '2025-09-17',
    url: 'https://www.nature.com/articles/d41586-025-03015-6',
  },
  'reuters-r1-294k': {
    publisher: 'Reuters',
    title: 'China’s DeepSeek says its hit AI model cost just $294,000 to train',
    date: '2025-09-18',
    url: 'https://www.reuters.com/world/china/chinas-deepseek-says-its-hit-ai-model-cost-just-294000-train-2025-09-18/',
  },
  'techspot-r1-cost': {
    publisher: 'TechSpot',
    title: 'Rare disclosure: DeepSeek claims R1 model training cost',
    date: '2025-09',
    url: 'https://www.techspot.com/news/109542-rare-disclosure-deepseek-claims-r1-model-training-cost.html',
  },
  'ft-r2-huawei': {
    publisher: 'Financial Times',
    title: 'DeepSeek’s next AI model delayed by attempt to use Chinese chips',
    date: '2025-08-14',
  },
  'trivium-r2-huawei': {
    publisher: 'Trivium China',
    title: 'Quick take: DeepSeek struggles to train models on Huawei',
    date: '2025-08-14',
    url: 'https://triviumchina.com/2025/08/14/quick-take-deepseek-struggles-to-train-models-on-huawei',
  },

  // ------------------------------------------------------------ NVIDIA: results and export rules
  'nvidia-fy26-results': {
    publisher: 'NVIDIA',
    title: 'NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2026 (press release)',
    date: '2026-02-25',
  },
  'verdict-nvda-fy26': {
    publisher: 'Verdict',
    title: 'Nvidia Q4 FY26 results',
    date: '2026-02-26',
    url: 'https://www.verdict.co.uk/nvidia-q4-fy26-results/',
  },
  'letsdatascience-nvda-q1-fy27': {
    publisher: 'Let’s Data Science',
    title: 'NVIDIA reports record Q1 revenue; data center hits $75.2B',
    date: '2026-05-20',
    url: 'https://letsdatascience.com/news/nvidia-reports-record-q1-revenue-data-center-hits-752b-67a4c9c9',
  },
  'novara-nvda-q1-fy27': {
    publisher: 'Novara News',
    title: 'NVIDIA Q1 FY27: data-centre revenue, AI guidance, buyback',
    date: '2026-05-20',
    url: 'https://novaranews.com/en/news/nvidia-q1-fy27-data-center-revenue-ai-guidance-buyback',
  },
  'cnbc-nvda-h20-charge': {
    publisher: 'CNBC',
    title: 'Nvidia says it will record $5.5 billion quarterly charge tied to H20 processors exported to China',
    date: '2025-04-15',
  },
  'reuters-nvda-15pct': {
    publisher: 'Reuters',
    title: 'Nvidia, AMD to pay 15% of China chip sale revenues to US, official says',
    date: '2025-08-10',
  },
  'afp-nvda-15pct': {
    publisher: 'AFP',
    title: 'Nvidia, AMD to pay US 15pc of AI chip sales to China: reports',
    date: '2025-08-11',
  },
  'afp-h200-china': {
    publisher: 'AFP',
    title: 'Trump opens door for Nvidia to sell H200 chips to China',
    date: '2025-12-08',
  },
  'bakermckenzie-h200-rule': {
    publisher: 'Baker McKenzie (Sanctions & Export Controls Update)',
    title: 'BIS revises license review policy for advanced computing commodities to China and Macau',
    date: '2026-01',
    url: 'https://sanctionsnews.bakermckenzie.com/bis-revises-license-review-policy-for-advanced-computing-commodities-ai-semiconductors-to-china-and-macau-when-exported-from-the-united-states',
  },
  'str-h200-rule': {
    publisher: 'Sandler, Travis & Rosenberg (ST&R Trade Report)',
    title: 'BIS eases rules on exports of chips to China',
    date: '2026-01',
    url: 'https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/january/bis-eases-rules-on-exports-of-chips-to-china',
  },

  // ------------------------------------------------------------ Big Tech, OpenAI, Apple
  'reuters-td-cowen-msft': {
    publisher: 'Reuters',
    title: 'Microsoft has cancelled data center leases in the US, TD Cowen says',
    date: '2025-02-24',
  },
  'eweek-msft-leases': {
    publisher: 'eWEEK',
    title: 'Microsoft cancels AI data center leases',
    date: '2025-02',
    url: 'https://www.eweek.com/news/microsoft-ai-data-center-leases/',
  },
  'openai-funding-2025-03': {
    publisher: 'OpenAI',
    title: 'New funding to build towards AGI',
    date: '2025-03-31',
  },
  'verdict-openai-300b': {
    publisher: 'Verdict',
    title: 'OpenAI secures $40bn in SoftBank-led funding round',
    date: '2025-04-01',
    url: 'https://www.verdict.co.uk/openai-secures-40bn-in-softbank-led-funding-round/',
  },
  'bloomberg-openai-500b': {
    publisher: 'Bloomberg',
    title: 'OpenAI hits $500 billion valuation after employee share sale',
    date: '2025-10-02',
  },
  'tredu-openai-500b': {
    publisher: 'Tredu',
    title: 'OpenAI’s share sale crowns a $500 billion valuation as SoftBank, Thrive lead the bid',
    date: '2025-10',
    url: 'https://www.tredu.com/news/openai-s-share-sale-crowns-a-usd500-billion-valuation-as-softbank-thrive-lead-the-bid',
  },
  'reuters-openai-840b': {
    publisher: 'Reuters',
    title: 'OpenAI clinches $840 billion valuation in mega funding from Amazon, Nvidia, SoftBank',
    date: '2026-02-27',
  },
  'verdict-openai-840b': {
    publisher: 'Verdict',
    title: 'OpenAI raises $110bn ahead of IPO',
    date: '2026-02-27',
    url: 'https://www.verdict.co.uk/openai-raises-110bn-ahead-ipo/',
  },
  'reuters-alibaba-apple': {
    publisher: 'Reuters',
    title: 'Alibaba to partner Apple on AI features, sending shares surging',
    date: '2025-02-13',
  },
  'pymnts-alibaba-apple': {
    publisher: 'PYMNTS',
    title: 'Alibaba chair confirms Apple AI partnership in China',
    date: '2025-02-13',
    url: 'https://www.pymnts.com/artificial-intelligence-2/2025/alibaba-chair-confirms-apple-ai-partnership-in-china/',
  },
  'apple-google-gemini-statement': {
    publisher: 'Apple and Google',
    title: 'Joint statement on a multi-year collaboration: Apple Foundation Models based on Gemini',
    date: '2026-01-12',
  },
  'hngn-apple-gemini': {
    publisher: 'HNGN',
    title: 'Apple, Google confirm big deal to upgrade Siri and Apple Intelligence using Gemini AI models',
    date: '2026-01-12',
    url: 'https://www.hngn.com/articles/269302/20260112/apple-google-confirm-big-deal-upgrade-siri-apple-intelligence-using-gemini-ai-models.htm',
  },

  // ------------------------------------------------------------ Taleb a year on
  'bloomberg-taleb-2026': {
    publisher: 'Bloomberg (via Business Standard)',
    title: 'Black Swan’s Nassim Taleb warns on software bankruptcies, more volatility',
    date: '2026-02-24',
  },
} as const satisfies Record<string, Source>;
