/** Exact, dated quotes, each from a named source. The slides set each beside the speaker's interest. */
import type { Quote } from '../src/core/types.ts';

export const QUOTES = {
  nadella: {
    who: 'Satya Nadella',
    role: 'CEO, Microsoft',
    text: 'Jevons paradox strikes again! As AI gets more efficient and accessible, we will see its use skyrocket, turning it into a commodity we just can’t get enough of.',
    date: '2025-01-27',
    where: 'post on X',
    sources: ['deepseek-r1-readme'],
  },
} as const satisfies Record<string, Quote>;

export type QuoteId = keyof typeof QUOTES;
