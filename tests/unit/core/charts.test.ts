import { describe, expect, it } from 'vitest';
import { formatBarValue, formatTick } from '../../../src/core/chart-model.ts';
import { chartFacts, resolveChart } from '../../../src/core/charts/index.ts';
import { categoryLabel } from '../../../src/core/charts/dates.ts';
import type { BarChartSpec, LineChartSpec } from '../../../src/core/model/chart-spec.ts';
import { createRegistry } from '../../../src/core/registry.ts';
import { fixtureTalk, lineChart, t } from '../../fixtures/talk/index.ts';

const registry = createRegistry(fixtureTalk.registry);
const resolve = (spec: BarChartSpec | LineChartSpec) => resolveChart(spec, registry);

const bars: BarChartSpec = {
  id: 'test',
  type: 'bar',
  categories: ['Run', 'Cost'],
  series: [{ label: 'GPU-hours', points: [{ fact: 'gpu-hours', also: 'run-cost' }, { fact: 'gpu-hours' }] }],
  valueAxis: { title: 'GPU-hours' },
  alt: 'The run took most of the compute.',
};

describe('src/core/charts: what every chart shares', () => {
  it('plots the registry’s numbers, labels them short and tabulates them in full', () => {
    const chart = resolve(bars);
    expect(chart.series[0]!.values).toEqual([2_788_000, 2_788_000]);
    expect(chart.series[0]!.display[0]).toBe('2.8M GPU-hours ($5.6M)');
    expect(chart.series[0]!.full[0]).toBe('2.788M GPU-hours ($5.576M)');
  });

  it('keeps a range a range: plotted at its middle, drawn as a whisker, written as both ends', () => {
    const chart = resolve({ ...bars, categories: ['Loss'], series: [{ label: 'Loss', points: [{ fact: 'loss' }] }] });
    expect(chart.series[0]!.values[0]).toBe(591e9);
    expect(chart.series[0]!.ranges[0]).toEqual([589e9, 593e9]);
    expect(chart.series[0]!.display[0]).toBe('$589B\u2013$593B');
  });

  it('refuses mixed units, a value per category missing, an unmarked log scale, and alt text that is not one sentence', () => {
    expect(() => resolve({ ...bars, series: [{ label: 's', points: [{ fact: 'gpu-hours' }, { fact: 'run-cost' }] }] })).toThrow(/"run-cost" is in usd, the chart is in gpu-hours/);
    expect(() => resolve({ ...bars, series: [{ label: 's', points: [{ fact: 'gpu-hours' }] }] })).toThrow(/1 values for 2 categories/);
    expect(() => resolve({ ...bars, valueAxis: { title: 'x', scale: 'log' } })).toThrow(/log scale must be marked/);
    expect(() => resolve({ ...bars, valueAxis: { title: 'x', scale: 'log' }, note: t`Log scale.` })).not.toThrow();
    expect(() => resolve({ ...bars, alt: 'Two sentences. Not one.' })).toThrow(/one sentence/);
    expect(() => resolve({ ...bars, alt: 'no full stop' })).toThrow(/one sentence/);
  });

  it('refuses a date where a value belongs, and a value where a date belongs', () => {
    expect(() => resolve({ ...bars, series: [{ label: 's', points: [{ fact: 'day-of' }, { fact: 'gpu-hours' }] }] })).toThrow(/is a date/);
    expect(() => resolve({ ...bars, categories: ['a', { label: 'b', date: 'rate' }] })).toThrow(/not a date/);
    expect(() => categoryLabel({ label: 'b', date: 'rate' }, registry)).toThrow(/not a date/);
  });

  it('lists every fact a chart draws on, dates and rates included', () => {
    expect(chartFacts({ ...bars, secondaryAxis: { title: 'US dollars', rate: 'rate' } }).sort()).toEqual(['gpu-hours', 'rate', 'run-cost']);
    expect(chartFacts(lineChart).sort()).toEqual(['day-before', 'day-of', 'month-later', 'value-after', 'value-before', 'value-later']);
  });
});

describe('src/core/charts/bar', () => {
  it('colours diverging bars by their sign', () => {
    const chart = resolve({ ...bars, series: [{ label: 'Move', points: [{ fact: 'fall' }, { fact: 'rise' }] }], valueAxis: { title: 'Change (%)' }, diverging: true });
    expect(chart.series[0]!.colors).toEqual(['negative', 'positive']);
  });

  it('turns GPU-hours into dollars on a secondary axis by the rate fact', () => {
    expect(resolve({ ...bars, secondaryAxis: { title: 'US dollars', rate: 'rate' } }).secondary).toEqual({ title: 'US dollars', factor: 2, unit: 'usd' });
    expect(() => resolve({ ...bars, secondaryAxis: { title: 'x', rate: 'fall' } })).toThrow(/secondary axis from gpu-hours by a rate in percent-change is not supported/);
  });

  it('refuses bars that do not start at zero unless a note says so', () => {
    expect(() => resolve({ ...bars, valueAxis: { title: 'x', min: 100_000 } })).toThrow(/start at 100000, not zero; add a note/);
    expect(() => resolve({ ...bars, valueAxis: { title: 'x', min: 100_000 }, note: t`Starts at 100K.` })).not.toThrow();
  });

  it('names a dated category with its date from the registry', () => {
    expect(resolve({ ...bars, categories: ['Run', { label: 'The fall', date: 'day-of' }] }).labels).toEqual(['Run', 'The fall, 27 Jan 2025']);
  });
});

describe('src/core/charts/line', () => {
  it('places each point at its date fact, in order, and names it with its date', () => {
    const chart = resolve(lineChart);
    expect(chart.type).toBe('line');
    expect(chart.dates).toEqual(['2025-01-24', '2025-01-27', '2025-10']);
    expect(chart.labels).toEqual(['Before, 24 Jan 2025', 'Sell-off, 27 Jan 2025', 'Later, Oct 2025']);
    expect(chart.series[0]!.colors).toEqual(['accent', 'negative', 'accent']);
  });

  it('refuses dates that run backwards, a single point, and a value where a date belongs', () => {
    const [a, b, c] = lineChart.categories;
    expect(() => resolve({ ...lineChart, categories: [b!, a!, c!] })).toThrow(/dates must run forward in time \("Before" comes before "Sell-off"\)/);
    expect(() => resolve({ ...lineChart, categories: [a!], series: [{ label: 's', points: [{ fact: 'value-before' }] }] })).toThrow(/at least two dated points/);
    expect(() => resolve({ ...lineChart, categories: [a!, b!, { label: 'x', date: 'rate' }] })).toThrow(/not a date/);
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
});
