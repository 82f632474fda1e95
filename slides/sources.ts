/**
 * Every publication the deck cites. Cite the original outlet or the primary document;
 * where only a mirror or syndicated copy was seen, give outlet, title and date without a URL.
 *
 * Dates are ISO days where the article's day is known (from the text, the URL or the event it
 * reports the same day), otherwise ISO months.
 */
import type { Source } from '../src/core/model/facts.ts';
import { AFTERMATH_SOURCES } from './sources-aftermath.ts';

export const SOURCES = {
  // The hindsight part's sources live in their own module.
  ...AFTERMATH_SOURCES,

  // ------------------------------------------------------------ the essay itself
  essay: {
    publisher: 'The source essay',
    title: 'Some thoughts on DeepSeek: the Black Swan for MAG7 or something else?',
    date: '2025-01',
  },

  // ------------------------------------------------------------ DeepSeek primary documents
  'deepseek-v3-report': {
    publisher: 'DeepSeek-AI',
    title: 'DeepSeek-V3 Technical Report (arXiv:2412.19437)',
    date: '2024-12-27',
    url: 'https://arxiv.org/abs/2412.19437',
  },
  'deepseek-v3-readme': {
    publisher: 'DeepSeek-AI',
    title: 'DeepSeek-V3 (GitHub README)',
    date: '2024-12-26',
    url: 'https://github.com/deepseek-ai/DeepSeek-V3',
  },
  'deepseek-x-v3-launch': {
    publisher: 'DeepSeek (@deepseek_ai on X)',
    title: 'Post: “Introducing DeepSeek-V3!”',
    date: '2024-12-26',
  },
  'deepseek-r1-readme': {
    publisher: 'DeepSeek-AI',
    title: 'DeepSeek-R1 (GitHub README)',
    date: '2025-01-20',
    url: 'https://github.com/deepseek-ai/DeepSeek-R1',
  },
  'deepseek-r1-paper': {
    publisher: 'DeepSeek-AI',
    title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning (arXiv:2501.12948, v1)',
    date: '2025-01',
    url: 'https://arxiv.org/abs/2501.12948',
  },
  'deepseek-api-pricing': {
    publisher: 'DeepSeek',
    title: 'Models & Pricing (DeepSeek API Docs)',
    date: '2025-02',
  },

  // ------------------------------------------------------------ 1. organisation
  'ap-2025-01-28-liang-profile': {
    publisher: 'Associated Press',
    title: 'Upstart Chinese AI company DeepSeek’s founder started out as a low-key hedge fund entrepreneur',
    date: '2025-01-28',
  },
  'semianalysis-deepseek-debates': {
    publisher: 'SemiAnalysis',
    title: 'DeepSeek Debates: Chinese Leadership On Cost, True Training Cost, Closed Model Margin Impacts',
    date: '2025-01-31',
    url: 'https://semianalysis.com/2025/01/31/deepseek-debates/',
  },
  'wikipedia-deepseek': {
    publisher: 'Wikipedia',
    title: 'DeepSeek (article text as of early 2025)',
    date: '2025-01',
  },
  'business-sun-times-liang': {
    publisher: 'Business Sun Times',
    title: 'Profile of DeepSeek founder Liang Wenfeng',
    date: '2025-01',
    url: 'https://businesssuntimes.com/?p=50001',
  },
  'fortune-liang-profile': {
    publisher: 'Fortune',
    title: 'Meet the hedge fund manager who founded DeepSeek, the Chinese AI startup that began as a hobby and is now laying waste to US stocks',
    date: '2025-01',
  },

  // ------------------------------------------------------------ 2. release timeline
  'forbes-ai-price-war': {
    publisher: 'Forbes',
    title: 'The Looming AI Price War Will Affect Us All',
    date: '2024-05',
  },
  'ainews-deepseek-price-cut': {
    publisher: 'AI News (ainews.cool)',
    title: 'DeepSeek’s permanent price cut and AI infrastructure',
    date: '2026-05-24',
    url: 'https://ainews.cool/article/20260524-deepseek-permanent-price-cut-ai-infrastructure',
  },
  'batch-r1-lite': {
    publisher: 'DeepLearning.AI, The Batch',
    title: 'DeepSeek-R1: A Transparent Challenger to OpenAI o1',
    date: '2024-11',
    url: 'https://deeplearning.ai/the-batch/deepseek-r1-a-transparent-challenger-to-openai-o1',
  },
  'iaiol-r1-lite': {
    publisher: 'iaiol.com',
    title: 'DeepSeek-R1-Lite preview goes live (Chinese report)',
    date: '2024-11',
  },
  'hubel-labs-v3': {
    publisher: 'Hubel Labs',
    title: 'Open-source DeepSeek-V3 frontier LLM released by Chinese team',
    date: '2024-12',
    url: 'https://hubel-labs.com/blog-posts-database/open-source-deepseek-v3-frontier-llm-model-released-by-chinese-team',
  },
  'ibm-think-deepseek': {
    publisher: 'IBM Think',
    title: 'DeepSeek’s breakthrough is a win for innovation and accessibility',
    date: '2025-01',
    url: 'https://www.ibm.com/think/insights/deepseek-breakthrough-is-a-win-for-innovation-and-accessibility',
  },
  'techcrunch-appstore-no1': {
    publisher: 'TechCrunch',
    title: 'DeepSeek displaces ChatGPT as the App Store’s top app',
    date: '2025-01-27',
  },

  // ------------------------------------------------------------ 3. V3 cost, later R1 cost

  // ------------------------------------------------------------ 4. comparison figures
  'meta-llama31-model-card': {
    publisher: 'Meta',
    title: 'Llama 3.1 model card (meta-llama/llama-models, MODEL_CARD.md)',
    date: '2024-07-23',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
  },
  'amodei-export-controls': {
    publisher: 'Dario Amodei',
    title: 'On DeepSeek and Export Controls',
    date: '2025-01-29',
  },
  'decoder-amodei': {
    publisher: 'The Decoder',
    title: 'Anthropic CEO addresses Claude Sonnet rumors and puts DeepSeek progress in perspective',
    date: '2025-01',
    url: 'https://the-decoder.com/anthropic-ceo-addresses-claude-sonnet-rumors-and-puts-deepseek-progress-in-perspective/',
  },
  'tomshardware-semianalysis-50k': {
    publisher: 'Tom’s Hardware',
    title: 'DeepSeek might not be as disruptive as claimed, firm reportedly has 50,000 Nvidia GPUs and spent $1.6 billion on buildouts',
    date: '2025-02',
  },
  'cnbc-wang-davos': {
    publisher: 'CNBC',
    title: 'Interview with Scale AI CEO Alexandr Wang at Davos',
    date: '2025-01',
  },
  'livemint-wang-50k': {
    publisher: 'Livemint',
    title: 'Scale AI CEO Alexandr Wang claims DeepSeek hides 50,000 Nvidia H100 chips stockpile; Elon Musk reacts',
    date: '2025-01-28',
    url: 'https://www.livemint.com/ai/artificial-intelligence/scale-ai-ceo-alexandr-wang-claims-deepseek-hides-50-000-nvidia-h100-chips-stockpile-elon-musk-reacts-11738062626511.html',
  },
  'officechai-wang': {
    publisher: 'OfficeChai',
    title: 'Scale AI CEO says DeepSeek had 50,000 Nvidia H100 GPUs, Elon Musk agrees',
    date: '2025-01',
    url: 'https://officechai.com/ai/scale-ai-ceo-says-deepseek-had-50000-nvidia-h100-gpus-elon-musk-agrees',
  },

  // ------------------------------------------------------------ 5. prices
  'news9999-deepseek-chat-promo-end': {
    publisher: 'news9999.cn',
    title: 'DeepSeek-chat promotional pricing ends (Chinese report)',
    date: '2025-02',
    url: 'https://www.news9999.cn/arts_content-54205.html',
  },
  'scmp-deepseek-offpeak': {
    publisher: 'South China Morning Post',
    title: 'DeepSeek cuts off-peak API prices for V3 and R1',
    date: '2025-02-26',
  },
  'openai-community-o1-cost': {
    publisher: 'OpenAI Developer Community',
    title: 'How to correct compute the cost of an o1 model API call',
    date: '2025-01',
    url: 'https://community.openai.com/t/how-to-correct-compute-the-cost-of-an-o1-model-api-call/1099176',
  },
  'modelpedia-o3mini': {
    publisher: 'Modelpedia',
    title: 'OpenAI o3-mini (2025-01-31)',
    date: '2025-01',
    url: 'https://modelpedia.dev/openai/o3-mini-2025-01-31',
  },
  'codeswap-o3mini': {
    publisher: 'CodeSwap',
    title: 'o3-mini: model page and pricing',
    date: '2025-01',
    url: 'https://codeswap.net/models/o3-mini/',
  },
  'chatforest-o3mini': {
    publisher: 'ChatForest',
    title: 'OpenAI o3-mini reasoning model review',
    date: '2025-01',
    url: 'https://chatforest.com/reviews/openai-o3-mini-reasoning-model-review/',
  },
  'clawkipedia-o1': {
    publisher: 'Clawkipedia',
    title: 'o1',
    date: '2024-12',
    url: 'https://www.clawkipedia.org/wiki/o1',
  },
  'aifixhub-plus-vs-pro': {
    publisher: 'AIFixHub',
    title: 'ChatGPT Plus vs Pro limits',
    date: '2024-12',
    url: 'https://www.aifixhub123.com/issues/chatgpt-plus-vs-pro-limits',
  },

  // ------------------------------------------------------------ 6. markets
  'reuters-2025-01-27-markets': {
    publisher: 'Reuters',
    title: 'US markets report on the DeepSeek sell-off, updated at the close (first headlined “Nasdaq futures tumble as China’s AI push rattles Big Tech”)',
    date: '2025-01-27',
  },
  'reuters-2025-01-27-european-tech': {
    publisher: 'Reuters',
    title: 'European tech shares tumble (live updates of 27 January)',
    date: '2025-01-27',
  },
  'cnbc-nvda-600b': {
    publisher: 'CNBC',
    title: 'Nvidia sheds almost $600 billion in market cap, biggest one-day loss in U.S. history',
    date: '2025-01-27',
  },
  'benzinga-nvda-close': {
    publisher: 'Benzinga',
    title: 'Report on Nvidia’s close of 27 January 2025',
    date: '2025-01-27',
  },
  'ap-2025-01-27-tech-stocks-tumble': {
    publisher: 'Associated Press',
    title: 'Tech stocks tumble with heavy losses for Nvidia as Chinese competitor threatens to upend AI frenzy',
    date: '2025-01-27',
  },
  'ap-deepseek-by-the-numbers': {
    publisher: 'Associated Press',
    title: 'How China’s DeepSeek shook up US markets, by the numbers',
    date: '2025-01',
  },
  'forbes-nvda-589b': {
    publisher: 'Forbes',
    title: 'Nvidia Dethroned As World’s Most Valuable Company As $589 Billion Gets Wiped Off In Market Cap After DeepSeek Shakes AI Darling',
    date: '2025-01-27',
  },
  'scmp-deepseek-selloff': {
    publisher: 'South China Morning Post',
    title: 'Report on the DeepSeek sell-off and Trump’s reaction',
    date: '2025-01',
  },
  'epoch-times-nvda-600b': {
    publisher: 'The Epoch Times',
    title: 'Nvidia Loses Nearly $600 Billion in Biggest Single-Day Market Loss in History',
    date: '2025-01',
    url: 'https://theepochtimes.com/business/nvidia-loses-nearly-600-billion-in-biggest-single-day-market-loss-in-history-5799923',
  },
  'coinbasecamp-nvda': {
    publisher: 'CoinBaseCamp',
    title: 'Nvidia suffers historic blow as DeepSeek’s AI breakthrough rattles the market',
    date: '2025-01',
    url: 'https://coinbasecamp.com/nvidia-suffers-historic-520-billion-blow-deepseeks-ai-breakthrough-rattles-the-market',
  },
  'thestreet-tech-crash': {
    publisher: 'TheStreet',
    title: 'Stock market today: Tech stocks crash, Nvidia tumbles on China AI threat',
    date: '2025-01-27',
  },
  'namecoinnews-mag7': {
    publisher: 'Namecoin News (citing TradingView)',
    title: 'DeepSeek AI continues to shrink US stocks',
    date: '2025-01',
    url: 'https://namecoinnews.com/deepseek-ai-continues-to-shrink-us-stock',
  },
  'mitrade-2025-01-28': {
    publisher: 'Mitrade',
    title: 'Live news: US market close of 27 January 2025',
    date: '2025-01-28',
    url: 'https://mitrade.com/insights/news/live-news/article-3-605070-20250128',
  },
  'chartmill-market-monitor': {
    publisher: 'Chartmill',
    title: 'Market Monitor, January 27th',
    date: '2025-01-27',
    url: 'https://chartmill.com/news/MSFT/Chartmill-25506-Market-Monitor-January-27th',
  },
  'forbes-au-deepseek-live': {
    publisher: 'Forbes Australia',
    title: 'DeepSeek: live updates',
    date: '2025-01',
    url: 'https://forbes.com.au/news/investing/deepseek-live-updates',
  },
  'daily-brief-2025-01-27': {
    publisher: 'AI daily brief (compiled from AP and CNBC reports)',
    title: 'Daily brief, 27 January 2025',
    date: '2025-01-27',
  },
  'industry-leaders-nvda-593b': {
    publisher: 'Industry Leaders Magazine',
    title: 'Nvidia loses $593B in market cap as DeepSeek AI causes disruption',
    date: '2025-01',
  },
  'svgn-after-deepseek': {
    publisher: 'SVGN',
    title: 'After the DeepSeek shock',
    date: '2025-01',
    url: 'https://www.svgn.io/p/after-the-deepseek-shock-ces-2025s',
  },
  'quiver-tsm': {
    publisher: 'Quiver Quantitative',
    title: 'TSMC (TSM) Slumps Amid DeepSeek Disruption and Tariff Fears',
    date: '2025-01',
    url: 'https://quiverquant.com/news/TSMC+%28TSM%29+Slumps+Amid+DeepSeek+Disruption+and+Tariff+Fears',
  },
  'motley-fool-oracle': {
    publisher: 'The Motley Fool (Nasdaq.com)',
    title: 'Why Oracle Stock Is Plummeting Today',
    date: '2025-01-27',
    url: 'https://www.nasdaq.com/articles/why-oracle-stock-plummeting-today',
  },
  'fortunefwd-nvda-plunge': {
    publisher: 'FortuneFWD',
    title: 'Nvidia’s historic market plunge: a record-breaking loss',
    date: '2025-01',
    url: 'https://fortunefwd.com/nvidias-historic-market-plunge-a-record-breaking-loss',
  },
  'barrons-nvda-4t': {
    publisher: 'Barron’s',
    title: 'Nvidia stock price and market cap record: first $4 trillion company',
    date: '2025-07-09',
  },
  'deepnewz-nvda-4t': {
    publisher: 'DeepNewz',
    title: 'Nvidia becomes world’s first $4 trillion company',
    date: '2025-07',
    url: 'https://preview.deepnewz.com/stocks/nvidia-becomes-worlds-first-4-trillion-company-96355012',
  },
  'leader-report-nvda-4t': {
    publisher: 'The Leader Report',
    title: 'Nvidia becomes first company to surpass $4 trillion market cap amid AI surge',
    date: '2025-07',
    url: 'https://theleaderreport.com/nvidia-becomes-first-company-to-surpass-4-trillion-market-cap-amid-ai-surge',
  },
  'independent-nvda-5t': {
    publisher: 'The Independent (AP)',
    title: 'Nvidia becomes the first company worth $5 trillion',
    date: '2025-10-29',
    url: 'https://www.the-independent.com/news/nvidia-silicon-valley-apple-elon-musk-forbes-b2854719.html',
  },
  'independent-bulletin-nvda-5t': {
    publisher: 'The Independent (Bulletin)',
    title: 'Nvidia hits $5 trillion market valuation',
    date: '2025-10-29',
    url: 'https://www.independent.co.uk/bulletin/news/nvidia-stock-trump-ai-tech-market-valuation-b2854577.html',
  },

  // ------------------------------------------------------------ 7. reactions
  'andreessen-x-sputnik': {
    publisher: 'Marc Andreessen (@pmarca on X)',
    title: 'Post: “Deepseek R1 is AI’s Sputnik moment.”',
    date: '2025-01-26',
  },
  'fortune-andreessen-sputnik': {
    publisher: 'Fortune',
    title: 'Marc Andreessen calls DeepSeek R1 AI’s “Sputnik moment”',
    date: '2025-01-27',
    url: 'https://fortune.com/2025/01/27/marc-andreessen-deepseek-sputnik-ai-markets',
  },
  'livemint-nadella-jevons': {
    publisher: 'Livemint',
    title: 'As AI becomes a commodity, will its energy demands skyrocket? Satya Nadella highlights Jevons paradox',
    date: '2025-01-27',
    url: 'https://www.livemint.com/news/world/as-ai-becomes-a-commodity-will-its-energy-demands-skyrocket-satya-nadella-highlights-jevons-paradox/amp-11737981121710.html',
  },
  'nyt-jevons': {
    publisher: 'The New York Times',
    title: 'Why DeepSeek does not scare OpenAI: the Jevons paradox',
    date: '2025-01',
  },
  'techstartups-altman': {
    publisher: 'Tech Startups',
    title: 'OpenAI CEO Sam Altman finally breaks silence on DeepSeek’s AI breakthrough; here’s what he said',
    date: '2025-01-28',
    url: 'https://techstartups.com/2025/01/28/openai-ceo-sam-altman-finally-breaks-silence-on-deepseeks-ai-breakthrough-heres-what-he-said',
  },
  'axios-altman': {
    publisher: 'Axios',
    title: 'Altman calls DeepSeek’s R1 impressive, promises better models',
    date: '2025-01',
  },
  'bi-lecun': {
    publisher: 'Business Insider (Yahoo)',
    title: 'Meta’s chief AI scientist says DeepSeek’s success shows open source models are surpassing proprietary ones',
    date: '2025-01-26',
    url: 'https://ca.news.yahoo.com/metas-chief-ai-scientist-says-193729910.html',
  },
  'cnbc-nvidia-statement': {
    publisher: 'CNBC',
    title: 'Nvidia calls China’s DeepSeek R1 model “an excellent AI advancement”',
    date: '2025-01-27',
  },
  'sherwood-nvidia-inference': {
    publisher: 'Sherwood News',
    title: 'Nvidia says DeepSeek did the easy part: training, not inference',
    date: '2025-01',
    url: 'https://sherwood.news/markets/nvidia-says-deepseek-did-the-easy-part-training-inference',
  },
  'townhall-trump': {
    publisher: 'Townhall',
    title: 'Trump on DeepSeek: a wake-up call for US tech companies',
    date: '2025-01-28',
    url: 'https://townhall.com/tipsheet/jeremyfrankel/2025/01/28/trump-tech-companies-n2651253',
  },
  'fortune-zuckerberg': {
    publisher: 'Fortune',
    title: 'Mark Zuckerberg: DeepSeek shows why U.S. must be AI’s global open-source standard; no reason to rethink spending',
    date: '2025-01',
  },
  'techcrunch-zuckerberg': {
    publisher: 'TechCrunch',
    title: 'Mark Zuckerberg says Meta isn’t worried about DeepSeek',
    date: '2025-01',
  },
  'tweaktown-cook': {
    publisher: 'TweakTown',
    title: 'Apple CEO Tim Cook says DeepSeek shows innovation that drives efficiency',
    date: '2025-01',
    url: 'https://www.tweaktown.com/news/102913/apple-ceo-tim-cook-says-deepseek-shows-innovation-that-drives-efficiency/index.html',
  },
  'yahoo-finance-cook': {
    publisher: 'Yahoo Finance',
    title: 'Apple CEO says DeepSeek shows innovation that drives efficiency',
    date: '2025-01',
  },
  'azure-blog-r1': {
    publisher: 'Microsoft Azure Blog',
    title: 'DeepSeek R1 is now available on Azure AI Foundry and GitHub',
    date: '2025-01-29',
    url: 'https://azure.microsoft.com/en-us/blog/deepseek-r1-is-now-available-on-azure-ai-foundry-and-github/',
  },
  'businesstoday-openai-distill': {
    publisher: 'Business Today',
    title: 'OpenAI, Microsoft looking into DeepSeek over alleged copying of AI model: reports',
    date: '2025-01-30',
    url: 'https://www.businesstoday.in/technology/news/story/openai-microsoft-looking-into-deepseek-over-alleged-copying-of-ai-model-reports-462626-2025-01-30',
  },
  'dcd-openai-distill': {
    publisher: 'DatacenterDynamics',
    title: 'OpenAI claims DeepSeek used its model to train cheaper alternative',
    date: '2025-01',
    url: 'https://datacenterdynamics.com/en/news/openai-claims-deepseek-used-its-model-to-train-cheaper-alternative',
  },
  'nairametrics-openai-distill': {
    publisher: 'Nairametrics',
    title: 'Microsoft, OpenAI investigate possible unauthorized data use by Chinese AI startup DeepSeek',
    date: '2025-01-29',
    url: 'https://nairametrics.com/2025/01/29/microsoft-openai-investigate-possible-unauthorized-data-use-by-chinese-ai-startup-deepseek/',
  },
  'techcrunch-gelsinger-gloo': {
    publisher: 'TechCrunch',
    title: 'Former Intel CEO Pat Gelsinger is already using DeepSeek instead of OpenAI at his startup, Gloo',
    date: '2025-01',
  },
  'unbox-gelsinger': {
    publisher: 'Unbox PH',
    title: 'Ex-Intel CEO is using DeepSeek',
    date: '2025-01',
    url: 'https://unbox.ph/news/ex-intel-ceo-using-deepseek/',
  },
  'chosun-musk': {
    publisher: 'Chosun Biz',
    title: 'Musk replies to claims about DeepSeek’s Nvidia chips',
    date: '2025-01-28',
    url: 'https://biz.chosun.com/en/en-international/2025/01/28/TZFLFFKJVFAXXNC3UQZM5NSSWM/',
  },
  'bloomberg-taleb': {
    publisher: 'Bloomberg',
    title: 'Nassim Taleb on Nvidia’s drop: “This is the beginning”',
    date: '2025-01-28',
  },
  'fortune-italia-taleb': {
    publisher: 'Fortune Italia',
    title: 'Nassim Taleb dopo lo shock di DeepSeek: ribassi tre volte peggiori',
    date: '2025-02-03',
    url: 'https://fortuneita.com/2025/02/03/nassim-taleb-dopo-lo-shock-di-deepseek-ribassi-tre-volte-peggiori',
  },

  // ------------------------------------------------------------ 8. capex
  'microsoft-golden-opportunity': {
    publisher: 'Microsoft (Brad Smith, On the Issues blog)',
    title: 'The Golden Opportunity for American AI',
    date: '2025-01-03',
  },
  'anadolu-msft-80b': {
    publisher: 'Anadolu Agency',
    title: 'Microsoft to spend $80 billion on AI data centers in fiscal 2025',
    date: '2025-01-04',
  },
  'ebr-msft-80b': {
    publisher: 'The European Business Review',
    title: 'Microsoft plans $80 billion AI investment for fiscal 2025',
    date: '2025-01',
    url: 'https://www.europeanbusinessreview.com/microsoft-plans-80-billion-ai-investment-for-fiscal-2025/',
  },
  'yourstory-msft-fy25': {
    publisher: 'YourStory',
    title: 'Microsoft’s record FY25: AI and cloud under Satya Nadella',
    date: '2025-07',
    url: 'https://yourstory.com/2025/07/microsoft-fy25-record-ai-cloud-satya-nadella',
  },
  'zuckerberg-facebook-capex': {
    publisher: 'Mark Zuckerberg (Facebook post)',
    title: 'Post on Meta’s 2025 AI investment: “We’re planning to invest $60-65B in capex this year”',
    date: '2025-01-24',
  },
  'livemint-meta-capex': {
    publisher: 'Livemint',
    title: 'Meta plans to invest up to $65 billion for capex in 2025; shares gain 1.6% in early market session',
    date: '2025-01-24',
    url: 'https://www.livemint.com/market/stock-market-news/meta-plans-to-invest-up-to-65-billion-for-capex-in-2025-shares-gain-1-6-in-early-market-session/amp-11737730373511.html',
  },
  'ibtimes-meta-datacenter': {
    publisher: 'International Business Times',
    title: 'Meta data center half the size of Manhattan',
    date: '2025-01',
    url: 'https://www.ibtimes.com/meta-data-center-half-size-manhattan-3760836',
  },
  'meta-q4-2025-results': {
    publisher: 'Meta (PR Newswire)',
    title: 'Meta Reports Fourth Quarter and Full Year 2025 Results',
    date: '2026-01-28',
    url: 'https://www.prnewswire.com/news-releases/meta-reports-fourth-quarter-and-full-year-2025-results-302673127.html',
  },
  'cnbc-alphabet-75b': {
    publisher: 'CNBC',
    title: 'Alphabet expects to invest about $75 billion in capital expenditures in 2025',
    date: '2025-02-04',
  },
  'dcd-google-75b': {
    publisher: 'DatacenterDynamics',
    title: 'Google expects 2025 capex to surge to $75bn on AI data center buildout',
    date: '2025-02',
    url: 'https://datacenterdynamics.com/en/news/google-expects-2025-capex-to-surge-to-75bn-on-ai-data-center-buildout',
  },
  'ainvest-alphabet-capex': {
    publisher: 'AInvest',
    title: 'Alphabet’s AI-driven growth and capital spending surge: a deep dive',
    date: '2025-07',
    url: 'https://www.ainvest.com/news/alphabet-ai-driven-growth-capital-spending-surge-deep-dive-long-term-2507',
  },
  'opencapital-googl-capex': {
    publisher: 'OpenCapital',
    title: 'Alphabet (GOOGL): quarterly capital expenditures',
    date: '2026-02',
    url: 'https://www.opencapital.sh/stocks/googl/metrics/cf_capital_expenditures',
  },
  'coincentral-alphabet-q4': {
    publisher: 'CoinCentral',
    title: 'Alphabet Q4 2025 results and 2026 capex guidance',
    date: '2026-02',
    url: 'https://coincentral.com/?p=160466',
  },
  'sherwood-amazon-100b': {
    publisher: 'Sherwood News',
    title: 'Amazon plans $100 billion spend on AI in 2025',
    date: '2025-02',
    url: 'https://sherwood.news/business/amazon-plans-100-billion-spend-on-ai-in-2025',
  },
  'opencapital-amzn-capex': {
    publisher: 'OpenCapital',
    title: 'Amazon (AMZN): quarterly capital expenditures',
    date: '2026-02',
    url: 'https://www.opencapital.sh/stocks/amzn/metrics/capital_expenditures',
  },
  'variety-amazon-q4': {
    publisher: 'Variety',
    title: 'Amazon Q4 2025 earnings and 2026 capex guidance',
    date: '2026-02',
  },
  'justsecurity-stargate': {
    publisher: 'Just Security',
    title: 'What happened: Trump’s announcement of the Stargate AI project',
    date: '2025-01',
    url: 'https://justsecurity.org/106688/what-happened-trumps-announcement-stargate-ai-project',
  },
  'softbank-stargate': {
    publisher: 'SoftBank Group',
    title: 'Announcement of The Stargate Project (press release)',
    date: '2025-01',
  },

  // ------------------------------------------------------------ 9. hardware
  'tumgag-h100-h800': {
    publisher: 'Tumgag (Tumblr tag page)',
    title: 'Posts tagged “nvidia h100”: H100 vs H800 specifications',
    date: '2023-03',
    url: 'https://www.tumgag.com/tag/nvidia%20h100',
  },

  // ------------------------------------------------------------ 10. o3-mini's preview; Taleb's stake
  'openai-o3-mini': {
    publisher: 'OpenAI',
    title: 'OpenAI o3-mini (“Previewed in December 2024”)',
    date: '2025-01-31',
  },
  'verge-o3-preview': {
    publisher: 'The Verge',
    title: 'OpenAI teases new reasoning model, but don’t expect to try it soon',
    date: '2024-12-20',
  },
  'taleb-universa-history': {
    publisher: 'Nassim Nicholas Taleb (nassimtaleb.org)',
    title: 'History of Universa Investments',
    date: '2020-05',
    url: 'https://nassimtaleb.org/2020/05/history-universa-investments/',
  },

  // ------------------------------------------------------------ 11. black swan
  'taleb-black-swan-book': {
    publisher: 'Random House',
    title: 'Nassim Nicholas Taleb, The Black Swan: The Impact of the Highly Improbable',
    date: '2007-04',
  },
  'nyt-black-swan-excerpt': {
    publisher: 'The New York Times',
    title: 'The Black Swan: first chapter (book excerpt)',
    date: '2007-04-22',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
