/**
 * Compile-time checks: a slide that cites an unknown fact, source or quote, or a chart without
 * values, does not type-check. Each `@ts-expect-error` fails `npm run typecheck` if the error goes away.
 */
import { f } from '../../src/core/rich.ts';
import type { ChartSpec, Slide } from '../../src/core/types.ts';

// @ts-expect-error: no such fact in slides/facts.ts
f('no-such-fact');

export const unknownSource: Slide = {
  kind: 'statement',
  id: 'x',
  title: 'x',
  statement: ['x'],
  notes: [],
  timing: 1,
  paragraphs: ['P02'],
  // @ts-expect-error: no such source in slides/sources.ts
  sources: ['no-such-source'],
};

export const unknownParagraph: Slide = {
  kind: 'statement',
  id: 'x',
  title: 'x',
  statement: ['x'],
  notes: [],
  timing: 1,
  // @ts-expect-error: the essay has no paragraph P99
  paragraphs: ['P99'],
};

export const chartWithoutValues: ChartSpec = {
  id: 'x',
  type: 'bar',
  categories: [],
  // @ts-expect-error: a chart needs at least one series of facts, which carry its sources
  series: [],
  valueAxis: { title: 'x' },
  alt: 'x',
};
