/**
 * The essay's paragraphs, by id: what every slide's `paragraphs` field points at.
 *
 * Users of this project do not have the essay itself, so each id carries a one-line
 * summary in our own words; a test checks that every paragraph is drawn on by some slide.
 */
export const PARAGRAPHS = {
  P01: 'Title: is DeepSeek the black swan for the Magnificent 7, or something else?',
  P02: 'Three days with more time than usual, trying to understand the story as a non-expert.',
  P03: 'Disclosure: no MAG7 positions, which is a bias of its own.',
  P04: 'Twitter was useful early on Sunday, then drowned in partisan, machine-written noise.',
  P05: 'The story has many dimensions; first the facts, checked against several sources.',
  P05a: 'DeepSeek: a High-Flyer subsidiary spun out in 2023; V2 in May 2024 beat local rivals on quality and price.',
  P05b: 'R1, the reasoning model behind the panic, came as a lite preview in November 2024, then V3 in December.',
  P05c: 'On 20 January the full R1 matched or beat OpenAI o1.',
  P06: 'It took weeks for people to notice, which undercuts the hedge-fund shorting theory.',
  P07: 'The shock: about $5M of training compute against a reported $1B for o1, which costs $200 a month; nobody knows what the $1B covers.',
  P08: 'Twitter called it a hoax, a psyop, theft; on Sunday afternoon it looked like nothing.',
  P09: 'Yet the model was free to download, with open weights and a detailed paper.',
  P10: 'Experts pointed to clever tweaks that make it cheaper to train and better on older hardware.',
  P11: 'Big Tech leaders reacted according to their vested interests.',
  P12: 'Not an expert after three days: listen to those who know more, and weigh their interests.',
  P13a: 'Interpretation 1: the model is real and strong, and it surprised the American players.',
  P13b: 'Interpretation 2: the true cost was likely higher, but the tweaks show they were short of compute.',
  P13c: 'Interpretation 3: the innovations make it cheaper to train and to run.',
  P14: 'Not a black swan: cheaper models speed up adoption.',
  P15: 'Data-centre plans may shrink or not; the old story that only the newest NVIDIA chips matter gets complicated.',
  P16: 'New players with far less capex; higher cost of capital for incumbents; who pays $200 a month for a free download?',
  P17: 'Apple rose: more partners, and distilled models on the phone for privacy-minded buyers.',
  P18: 'NVIDIA: unknown; perhaps slower growth in a few quarters, perhaps not.',
  P19: 'Summary and takeaways: the heading survived, the text did not.',
  P20: 'Disclosure: written without an LLM, though AI tools helped the research.',
} as const satisfies Record<string, string>;

export type ParagraphId = keyof typeof PARAGRAPHS;

export const PARAGRAPH_IDS = Object.keys(PARAGRAPHS) as ParagraphId[];
