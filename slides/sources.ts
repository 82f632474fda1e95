/**
 * Every publication the deck cites. Cite the original outlet or the primary document;
 * where only a mirror or syndicated copy was seen, give outlet, title and date without a URL.
 */
import type { Source } from '../src/core/types.ts';

export const SOURCES = {
  'deepseek-v3-report': {
    publisher: 'DeepSeek-AI',
    title: 'DeepSeek-V3 Technical Report (arXiv:2412.19437)',
    date: '2024-12-27',
    url: 'https://arxiv.org/abs/2412.19437',
  },
  'deepseek-r1-readme': {
    publisher: 'DeepSeek-AI',
    title: 'DeepSeek-R1 (GitHub README)',
    date: '2025-01-20',
    url: 'https://github.com/deepseek-ai/DeepSeek-R1',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
