/**
 * Compile-time checks: a slide that cites an unknown fact, source, quote or paragraph, a chart without
 * values, or a talk kind without its module does not type-check. Each `@ts-expect-error` fails
 * `npm run typecheck` if the error goes away.
 */
import { chart, f, section } from '../../slides/authoring.ts';
import type { KindRegistry } from '../../src/kinds/index.ts';
import type { BigNumberSlide } from '../fixtures/talk/index.ts';

// @ts-expect-error: no such fact in slides/facts.ts
f('no-such-fact');

section({
  id: 'x',
  title: 'x',
  slides: [
    // @ts-expect-error: no such source in slides/sources.ts
    { kind: 'statement', id: 'x', title: 'x', statement: ['x'], notes: [], timing: 1, paragraphs: ['P02'], sources: ['no-such-source'] },
    // @ts-expect-error: the essay has no paragraph P99
    { kind: 'statement', id: 'x', title: 'x', statement: ['x'], notes: [], timing: 1, paragraphs: ['P99'] },
    // @ts-expect-error: no such quote in slides/quotes.ts
    { kind: 'quote', id: 'x', title: 'x', quotes: [{ quote: 'no-such-quote', interest: ['x'] }], notes: [], timing: 1, paragraphs: [] },
    // @ts-expect-error: no slide kind "poster", in the engine or the talk
    { kind: 'poster', id: 'x', title: 'x', notes: [], timing: 1, paragraphs: [] },
  ],
});

chart({
  id: 'x',
  type: 'bar',
  categories: [],
  // @ts-expect-error: a chart needs at least one series of facts, which carry its sources
  series: [],
  valueAxis: { title: 'x' },
  alt: 'x',
});

// @ts-expect-error: a line chart's categories are dated facts, placed by their dates
chart({
  id: 'x',
  type: 'line',
  categories: ['a', 'b'],
  series: [{ label: 'x', points: [{ fact: 'v3-cost' }, { fact: 'v3-cost' }] }],
  valueAxis: { title: 'x' },
  alt: 'x',
});

// @ts-expect-error: a talk kind needs its module in the kinds registry
export const missingModule: KindRegistry<BigNumberSlide> = {};
