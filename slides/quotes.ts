/** Exact, dated quotes, each from a named source. The slides set each beside the speaker's interest. */
import type { Quote as AnyQuote } from '../src/core/model/facts.ts';
import type { SourceId } from './sources.ts';

/** A quote of this talk: its sources must be in slides/sources.ts. */
type Quote = AnyQuote<SourceId>;

const FULL_QUOTES = {
  // ------------------------------------------------------------ investors and labs
  'andreessen-sputnik': {
    who: 'Marc Andreessen',
    role: 'Co-founder, Andreessen Horowitz',
    text: 'Deepseek R1 is AI’s Sputnik moment.',
    date: '2025-01-26',
    where: 'post on X (@pmarca)',
    sources: ['andreessen-x-sputnik', 'fortune-andreessen-sputnik'],
  },
  nadella: {
    who: 'Satya Nadella',
    role: 'CEO, Microsoft',
    text: 'Jevons paradox strikes again! As AI gets more efficient and accessible, we will see its use skyrocket, turning it into a commodity we just can’t get enough of.',
    date: '2025-01-27',
    where: 'post on X, before the US market opened',
    sources: ['livemint-nadella-jevons', 'nyt-jevons'],
  },
  'altman-r1': {
    who: 'Sam Altman',
    role: 'CEO, OpenAI',
    text: 'deepseek’s r1 is an impressive model, particularly around what they’re able to deliver for the price. we will obviously deliver much better models and also it’s legit invigorating to have a new competitor! we will pull up some releases.',
    date: '2025-01-27',
    where: 'post on X (@sama), evening of 27 January US time (28 January UTC)',
    sources: ['techstartups-altman', 'axios-altman'],
  },
  'altman-compute': {
    who: 'Sam Altman',
    role: 'CEO, OpenAI',
    text: 'more compute is more important now than ever before to succeed at our mission',
    date: '2025-01-27',
    where: 'post on X (@sama), same thread, evening of 27 January US time (28 January UTC)',
    sources: ['techstartups-altman', 'axios-altman'],
  },
  'lecun-open-source': {
    who: 'Yann LeCun',
    role: 'Chief AI Scientist, Meta',
    text: 'open source models are surpassing proprietary ones',
    date: '2025-01',
    where: 'post on Threads, about 24–25 January 2025; his point: not that China is “surpassing the US”',
    sources: ['bi-lecun'],
  },
  'lecun-open-research': {
    who: 'Yann LeCun',
    role: 'Chief AI Scientist, Meta',
    text: 'They came up with new ideas and built them on top of other people’s work… That is the power of open research and open source.',
    date: '2025-01',
    where: 'post on Threads, about 24–25 January 2025',
    sources: ['bi-lecun'],
  },
  'nvidia-statement': {
    who: 'NVIDIA',
    role: 'Company spokesperson, statement to CNBC',
    text: 'DeepSeek is an excellent AI advancement and a perfect example of Test Time Scaling. DeepSeek’s work illustrates how new models can be created using that technique, leveraging widely-available models and compute that is fully export control compliant. Inference requires significant numbers of NVIDIA GPUs and high-performance networking. We now have three scaling laws: pre-training and post-training, which continue, and new test-time scaling.',
    date: '2025-01-27',
    where: 'emailed statement to CNBC, on the day of the sell-off',
    sources: ['cnbc-nvidia-statement', 'sherwood-nvidia-inference'],
  },
  'wang-h100': {
    who: 'Alexandr Wang',
    role: 'CEO, Scale AI',
    text: 'My understanding is that DeepSeek has 50,000 H100s. They can’t talk about it obviously because it’s against the export controls',
    date: '2025-01',
    where: 'CNBC interview at Davos, week of 20 January 2025 (exact day unverified); widely reported 27–28 January',
    sources: ['cnbc-wang-davos', 'livemint-wang-50k', 'officechai-wang'],
  },
  'amodei-ratios': {
    who: 'Dario Amodei',
    role: 'CEO, Anthropic',
    text: 'close to the performance of US models 7-10 months older, for a good deal less cost (but not anywhere near the ratios people have suggested)',
    date: '2025-01-29',
    where: 'essay “On DeepSeek and Export Controls”',
    sources: ['amodei-export-controls', 'decoder-amodei'],
  },

  // ------------------------------------------------------------ politics
  'trump-wake-up': {
    who: 'Donald Trump',
    role: 'President of the United States',
    text: 'The release of DeepSeek, AI from a Chinese company, should be a wake-up call for our industries that we need to be laser-focused on competing to win, because we have the greatest scientists in the world.',
    date: '2025-01-27',
    where: 'House Republican retreat, Trump National Doral, Miami',
    sources: ['townhall-trump', 'scmp-deepseek-selloff'],
  },
  'trump-spend-less': {
    who: 'Donald Trump',
    role: 'President of the United States',
    text: 'a positive… instead of spending billions and billions, you’ll spend less',
    date: '2025-01-27',
    where: 'House Republican retreat, Trump National Doral, Miami, on cheaper AI',
    sources: ['townhall-trump', 'scmp-deepseek-selloff'],
  },
  'sacks-distill': {
    who: 'David Sacks',
    role: 'White House AI and crypto czar',
    text: 'There’s substantial evidence that what DeepSeek did here is they distilled knowledge out of OpenAI models',
    date: '2025-01-28',
    where: 'interview on Fox News',
    sources: ['businesstoday-openai-distill', 'dcd-openai-distill', 'nairametrics-openai-distill'],
  },
  'openai-distill': {
    who: 'OpenAI',
    role: 'Company statement',
    text: 'We know PRC (China)-based companies — and others — are constantly trying to distill the models of leading US AI companies.',
    date: '2025-01-29',
    where: 'statement to the Financial Times, which reported that OpenAI had found evidence of distillation (report of 28–29 January)',
    sources: ['businesstoday-openai-distill', 'dcd-openai-distill', 'nairametrics-openai-distill'],
  },

  // ------------------------------------------------------------ Big Tech earnings calls and announcements
  'zuckerberg-capex-advantage': {
    who: 'Mark Zuckerberg',
    role: 'CEO, Meta',
    text: 'I continue to think that investing very heavily in CapEx and infra is going to be a strategic advantage over time.',
    date: '2025-01-29',
    where: 'Meta Q4 2024 earnings call',
    sources: ['fortune-zuckerberg', 'techcrunch-zuckerberg'],
  },
  'zuckerberg-too-early': {
    who: 'Mark Zuckerberg',
    role: 'CEO, Meta',
    text: 'It’s probably too early to really have a strong opinion on what this means for the trajectory around infrastructure and CapEx.',
    date: '2025-01-29',
    where: 'Meta Q4 2024 earnings call',
    sources: ['fortune-zuckerberg', 'techcrunch-zuckerberg'],
  },
  'zuckerberg-conviction': {
    who: 'Mark Zuckerberg',
    role: 'CEO, Meta',
    text: 'only strengthened our conviction that this is the right thing to be focused on.',
    date: '2025-01-29',
    where: 'Meta Q4 2024 earnings call, on what DeepSeek’s results have done',
    sources: ['fortune-zuckerberg', 'techcrunch-zuckerberg'],
  },
  cook: {
    who: 'Tim Cook',
    role: 'CEO, Apple',
    text: 'In general, I think innovation that drives efficiency is a good thing. And, you know, that’s what you see in that model.',
    date: '2025-01-30',
    where: 'Apple Q1 FY2025 earnings call',
    sources: ['tweaktown-cook', 'yahoo-finance-cook'],
  },
  'msft-azure-r1': {
    who: 'Microsoft',
    role: 'Azure AI Foundry blog',
    text: 'DeepSeek R1 is now available on Azure AI Foundry and GitHub',
    date: '2025-01-29',
    where: 'title of the Azure blog post adding R1 to a catalogue of over 1,800 models',
    sources: ['azure-blog-r1'],
  },

  // ------------------------------------------------------------ Gelsinger
  'gelsinger-thanks': {
    who: 'Pat Gelsinger',
    role: 'Former CEO, Intel; chairman, Gloo',
    text: 'Thank you DeepSeek team.',
    date: '2025-01-27',
    where: 'post on X (27–28 January)',
    sources: ['techcrunch-gelsinger-gloo', 'unbox-gelsinger'],
  },
  'gelsinger-cheaper': {
    who: 'Pat Gelsinger',
    role: 'Former CEO, Intel; chairman, Gloo',
    text: 'Making it dramatically cheaper will expand the market for it. The markets are getting it wrong, this will make AI much more broadly deployed.',
    date: '2025-01-27',
    where: 'post on X (27–28 January)',
    sources: ['techcrunch-gelsinger-gloo', 'unbox-gelsinger'],
  },
  'gelsinger-reset': {
    who: 'Pat Gelsinger',
    role: 'Former CEO, Intel; chairman, Gloo',
    text: 'DeepSeek will help reset the increasingly closed world of foundational AI model work.',
    date: '2025-01-27',
    where: 'post on X (27–28 January)',
    sources: ['techcrunch-gelsinger-gloo', 'unbox-gelsinger'],
  },
  'gelsinger-gloo': {
    who: 'Pat Gelsinger',
    role: 'Former CEO, Intel; chairman, Gloo',
    text: 'My Gloo engineers are running R1 today',
    date: '2025-01-28',
    where: 'to TechCrunch (27–28 January)',
    sources: ['techcrunch-gelsinger-gloo'],
  },

  // ------------------------------------------------------------ Musk
  'musk-obviously': {
    who: 'Elon Musk',
    role: 'CEO, Tesla and xAI',
    text: 'Obviously.',
    date: '2025-01-27',
    where: 'reply on X to a clip of Alexandr Wang saying DeepSeek has 50,000 H100s',
    sources: ['chosun-musk', 'livemint-wang-50k'],
  },
  'musk-lmao': {
    who: 'Elon Musk',
    role: 'CEO, Tesla and xAI',
    text: 'Lmao, no.',
    date: '2025-01-27',
    where: 'reply on X to Marc Benioff’s “Deepgold” post',
    sources: ['chosun-musk'],
  },

  // ------------------------------------------------------------ the black swan author
  'taleb-beginning': {
    who: 'Nassim Nicholas Taleb',
    role: 'Author of The Black Swan',
    text: 'This is the beginning… The beginning of an adjustment of people to reality. Because now they realize, now, it’s no longer flawless. You have a small little chip on the glass.',
    date: '2025-01-27',
    where: 'Bloomberg TV, at a hedge-fund conference in Miami, after the close (reported 28 January); he called AI stocks “gray swans”',
    sources: ['bloomberg-taleb', 'fortune-italia-taleb'],
  },
} as const satisfies Record<string, Quote>;

/**
 * A shorter cut of a registered quote, for a slide that has room for a few words only. The text
 * must appear verbatim in the full quote, so an excerpt can never put words in anyone's mouth;
 * it keeps the full quote's speaker, date, place and sources.
 */
function excerpt(of: keyof typeof FULL_QUOTES, text: string): Quote {
  const full = FULL_QUOTES[of];
  if (!full.text.includes(text)) throw new Error(`Quote excerpt "${text}" is not verbatim in quote "${of}": copy it exactly from that quote's text.`);
  return { ...full, text };
}

const EXCERPTS = {
  'nadella-jevons': excerpt('nadella', 'Jevons paradox strikes again!'),
  'trump-wake-up-call': excerpt('trump-wake-up', 'should be a wake-up call for our industries'),
  'altman-better-models': excerpt('altman-r1', 'we will obviously deliver much better models'),
  'openai-distill-short': excerpt('openai-distill', 'trying to distill the models of leading US AI companies'),
  'wang-h100-short': excerpt('wang-h100', 'DeepSeek has 50,000 H100s.'),
  'nvidia-inference': excerpt('nvidia-statement', 'Inference requires significant numbers of NVIDIA GPUs'),
  'zuckerberg-capex-short': excerpt('zuckerberg-capex-advantage', 'investing very heavily in CapEx and infra is going to be a strategic advantage'),
  'cook-efficiency': excerpt('cook', 'innovation that drives efficiency is a good thing.'),
  'gelsinger-cheaper-market': excerpt('gelsinger-cheaper', 'Making it dramatically cheaper will expand the market for it.'),
  'taleb-adjustment': excerpt('taleb-beginning', 'The beginning of an adjustment of people to reality.'),
  'amodei-not-ratios': excerpt('amodei-ratios', 'not anywhere near the ratios people have suggested'),
} satisfies Record<string, Quote>;

export const QUOTES = { ...FULL_QUOTES, ...EXCERPTS };

export type QuoteId = keyof typeof QUOTES;
