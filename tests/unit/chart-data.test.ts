import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../slides/charts.ts';
import { TERMS } from '../../slides/terms.ts';
import { deck } from '../../slides/index.ts';
import { categoryLabel, chartFacts, resolveChart } from '../../src/core/chart-data.ts';
import { costModelChart, costModelRanges, costModelTotal, formatBarValue, formatTick } from '../../src/core/chart-model.ts';
import { fact, factNumber } from '../../src/core/registry.ts';
import { t } from '../../src/core/rich.ts';
import type { ChartSpec } from '../../src/core/types.ts';

const base: ChartSpec = {
  id: 'test',
  type: 'bar',
  categories: ['Pre-training', 'Context'],
  series: [{ label: 'GPU-hours', points: [{ fact: 'v3-pretrain-hrs' }, { fact: 'v3-ctx-hrs' }] }],
  valueAxis: { title: 'GPU-hours' },
  alt: 'Pre-training took most of the compute.',
};

describe('src/core/chart-data: resolving a spec', () => {
  it('plots the registry’s numbers, labels them short and tabulates them in full', () => {
    const chart = resolveChart(base);
    expect(chart.series[0]!.values).toEqual([factNumber('v3-pretrain-hrs'), factNumber('v3-ctx-hrs')]);
    expect(chart.series[0]!.display[0]).toBe('2.7M GPU-hours');
    expect(chart.series[0]!.full[0]).toBe('2.664M GPU-hours');
  });

  it('writes a second figure beside a value, and names a dated category with its date fact', () => {
    const chart = resolveChart({
      ...base,
      categories: ['Pre-training', { label: 'NVIDIA', date: 'mkt-prev-record-date' }],
      series: [{ label: 'GPU-hours', points: [{ fact: 'v3-pretrain-hrs', also: 'v3-pretrain-cost' }, { fact: 'v3-ctx-hrs' }] }],
    });
    expect(chart.series[0]!.display[0]).toBe('2.7M GPU-hours ($5.3M)');
    expect(chart.labels[1]).toBe('NVIDIA, 3 Sep 2024');
    expect(chartFacts({ ...base, categories: [{ label: 'x', date: 'mkt-prev-record-date' }, 'y'] })).toContain('mkt-prev-record-date');
  });

  it('keeps a range a range: plotted at its middle, drawn as a whisker, written as both ends', () => {
    const chart = resolveChart({ ...base, categories: ['NVIDIA'], series: [{ label: 'Loss', points: [{ fact: 'nvda-mcap-loss' }] }] });
    const value = fact('nvda-mcap-loss').value;
    if (value.type !== 'range') throw new Error('nvda-mcap-loss should be a range');
    expect(chart.series[0]!.values[0]).toBe((value.low + value.high) / 2);
    expect(chart.series[0]!.ranges[0]).toEqual([value.low, value.high]);
    expect(chart.series[0]!.display[0]).toMatch(/^\$\d+B\u2013\$\d+B$/);
  });

  it('colours diverging bars by their sign', () => {
    const chart = resolveChart({
      ...base,
      categories: ['NVIDIA', 'Apple'],
      series: [{ label: 'Move', points: [{ fact: 'mkt-nvda-pct' }, { fact: 'mkt-aapl-pct' }] }],
      valueAxis: { title: 'Change (%)' },
      diverging: true,
    });
    expect(chart.series[0]!.colors).toEqual(['negative', 'positive']);
  });

  it('turns GPU-hours into dollars on a secondary axis by the rate fact', () => {
    const chart = resolveChart({ ...base, secondaryAxis: { title: 'US dollars', rate: 'v3-rate' } });
    expect(chart.secondary).toEqual({ title: 'US dollars', factor: factNumber('v3-rate'), unit: 'usd' });
  });

  it('refuses bars that do not start at zero, or a log scale, unless a note says so', () => {
    expect(() => resolveChart({ ...base, valueAxis: { title: 'x', min: 100_000 } })).toThrow(/start at 100000, not zero; add a note/);
    expect(() => resolveChart({ ...base, valueAxis: { title: 'x', scale: 'log' } })).toThrow(/log scale must be marked/);
    expect(() => resolveChart({ ...base, valueAxis: { title: 'x', scale: 'log' }, note: t`Log scale.` })).not.toThrow();
  });

  it('wants a one-sentence text alternative', () => {
    expect(() => resolveChart({ ...base, alt: 'Two sentences. Not one.' })).toThrow(/one sentence/);
    expect(() => resolveChart({ ...base, alt: 'no full stop' })).toThrow(/one sentence/);
    expect(() => resolveChart({ ...base, alt: 'Llama 3.1 405B used more.' })).not.toThrow();
  });

  it('refuses a date where a value belongs, and a value where a date belongs', () => {
    expect(() => resolveChart({ ...base, series: [{ label: 's', points: [{ fact: 'rel-r1' }, { fact: 'v3-ctx-hrs' }] }] })).toThrow(/is a date/);
    expect(() => resolveChart({ ...base, categories: ['a', { label: 'b', date: 'v3-rate' }] })).toThrow(/not a date/);
    expect(() => categoryLabel({ label: 'b', date: 'v3-rate' })).toThrow(/not a date/);
  });
});

describe('src/core/chart-model', () => {
  it('writes ticks compactly, the axis title carrying the unit', () => {
    expect(formatTick(2_000_000, 'gpu-hours')).toBe('2M');
    expect(formatTick(150e9, 'usd')).toBe('$150B');
    expect(formatTick(0.1, 'usd-per-mtok')).toBe('$0.1');
    expect(formatTick(-10, 'percent-change')).toBe('\u221210%');
    expect(formatTick(80, 'percent')).toBe('80%');
  });

  it('labels bars without what the axis already says', () => {
    expect(formatBarValue(0.55, 'usd-per-mtok')).toBe('$0.55');
    expect(formatBarValue(79.8, 'percent')).toBe('79.8');
    expect(formatBarValue(-16.86, 'percent-change')).toBe('\u221216.86%');
  });

  it('prices the cost model: GPU-hours times the rate, plus the hardware when it is switched on', () => {
    const defaults = { hours: 2_788_000, rate: 2, hardware: 1.6e9 };
    expect(costModelTotal(defaults, { hours: 2_788_000, rate: 2, withHardware: false })).toBe(5_576_000);
    expect(costModelTotal(defaults, { hours: 2_788_000, rate: 2, withHardware: true })).toBe(1.6e9 + 5_576_000);
    const off = costModelChart('c', defaults, { hours: 2_788_000, rate: 2, withHardware: false }, 'Alt.');
    expect(off.series[0]!.values).toEqual([5_576_000, 0]);
    expect(off.series[0]!.display).toEqual(['$5.6M', 'not added']);
  });

  it('gives the cost model’s sliders ranges that hold the defaults on their steps', () => {
    const defaults = { hours: factNumber('v3-total-hrs-stated'), rate: factNumber('v3-rate'), hardware: 1 };
    const ranges = costModelRanges(defaults);
    for (const key of ['hours', 'rate'] as const) {
      const { min, max, step } = ranges[key];
      expect(min).toBeLessThan(defaults[key]);
      expect(max).toBeGreaterThan(defaults[key]);
      const steps = (defaults[key] - min) / step;
      expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
    }
    // Llama 3.1 405B's compute is within reach, so a reader can price it too.
    expect(ranges.hours.max).toBeGreaterThan(factNumber('cmp-llama405-hrs'));
  });
});

describe('slides/charts (the deck’s chart specs)', () => {
  const names = [...TERMS].sort((a, b) => b.length - a.length);
  /** Digits left once names like "Llama 3.1 405B" are taken out: typed-in figures. */
  const digits = (text: string) => {
    let rest = text;
    for (const name of names) rest = rest.split(name).join(' ');
    return rest.match(/\d+/g) ?? [];
  };

  it.each(CHARTS.map((spec) => [spec.id, spec] as const))('%s resolves and types in no figure', (_id, spec) => {
    resolveChart(spec);
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
