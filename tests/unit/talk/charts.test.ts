import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../slides/charts.ts';
import { deck } from '../../../slides/index.ts';
import { REGISTRY_DATA } from '../../../slides/registry.ts';
import { TERMS } from '../../../slides/terms.ts';
import { resolveChart } from '../../../src/core/charts/index.ts';
import { createRegistry } from '../../../src/core/registry.ts';

const registry = createRegistry(REGISTRY_DATA);

describe('slides/charts (the talk’s chart specs)', () => {
  const names = [...TERMS].sort((a, b) => b.length - a.length);
  /** Digits left once names like "Llama 3.1 405B" are taken out: typed-in figures. */
  const digits = (text: string) => {
    let rest = text;
    for (const name of names) rest = rest.split(name).join(' ');
    return rest.match(/\d+/g) ?? [];
  };

  it.each(CHARTS.map((spec) => [spec.id, spec] as const))('%s resolves and types in no figure', (_id, spec) => {
    resolveChart(spec, registry);
    // Dated categories get their dates from the registry; only what the spec types is checked.
    const categories = spec.categories.map((category) => (typeof category === 'string' ? category : category.label));
    for (const text of [...categories, ...spec.series.map((s) => s.label), spec.alt, spec.valueAxis.title]) expect(digits(text), text).toEqual([]);
  });

  it('gives every chart a unique id', () => {
    expect(new Set(CHARTS.map((spec) => spec.id)).size).toBe(CHARTS.length);
  });

  it('shows every chart on some slide', () => {
    const shown = new Set(deck.sections.flatMap((section) => section.slides.flatMap((slide) => (slide.kind === 'chart' ? [slide.chart.id] : []))));
    expect(CHARTS.map((spec) => spec.id).filter((id) => !shown.has(id))).toEqual([]);
  });
});
