import { describe, expect, it } from 'vitest';
import { chartPixelRatio, isLogLabelled, linearBounds, logBounds, niceNumber, wrapLabel } from '../../../src/browser/charts/config.ts';
import { chartConfig } from '../../../src/browser/charts/kinds/index.ts';
import type { ChartTheme } from '../../../src/browser/charts/theme.ts';
import { resolveChart as resolveWith } from '../../../src/core/charts/index.ts';
import type { ChartSpec } from '../../../src/core/model/chart-spec.ts';
import { createRegistry } from '../../../src/core/registry.ts';
import { fixtureTalk, lineChart, t } from '../../fixtures/talk/index.ts';

const registry = createRegistry(fixtureTalk.registry);
const resolveChart = (spec: ChartSpec) => resolveWith(spec, registry);

/** Bars with a second axis: GPU-hours, read in dollars at the rental rate. */
const v3CostByStage: ChartSpec = {
  id: 'stages',
  type: 'bar',
  orientation: 'horizontal',
  categories: ['Run'],
  series: [{ label: 'GPU-hours', points: [{ fact: 'gpu-hours' }] }],
  valueAxis: { title: 'GPU-hours' },
  secondaryAxis: { title: 'US dollars', rate: 'rate' },
  alt: 'The run in GPU-hours and dollars.',
  valueLabels: true,
};
/** Diverging bars: one fall, one rise. */
const mag7OnSelloffDay: ChartSpec = {
  id: 'moves',
  type: 'bar',
  categories: ['Fell', 'Rose'],
  series: [{ label: 'Move', points: [{ fact: 'fall' }, { fact: 'rise' }] }],
  valueAxis: { title: 'Change (%)' },
  alt: 'One fell, one rose.',
  diverging: true,
};
/** A log scale over values a million times apart. */
const apiPrices: ChartSpec = {
  id: 'log',
  type: 'bar',
  categories: ['Run', 'Company'],
  series: [{ label: 'US dollars', points: [{ fact: 'run-cost' }, { fact: 'value-before' }] }],
  valueAxis: { title: 'US dollars', scale: 'log' },
  note: t`Log scale.`,
  alt: 'A run costs a millionth of a company.',
  valueLabels: true,
};

const theme: ChartTheme = {
  colors: { accent: '#f2c14e', positive: '#56b4e9', negative: '#e69f00', neutral: '#a9b4c2', muted: '#4b5563', highlight: '#cc79a7' },
  text: '#f0f3f6',
  muted: '#a9b4c2',
  grid: '#2b323c',
  background: '#0d1117',
  font: 'Inter',
  typeScale: 1,
  layout: 'slide',
};
const live = { pixelRatio: 1.44, animate: true, interactive: true };

describe('src/browser/charts/config: sharpness', () => {
  it('matches the backing store to the size on screen: device pixels times reveal’s scale, at least 2 in print', () => {
    expect(chartPixelRatio(1, 1.44, false)).toBeCloseTo(1.44);
    expect(chartPixelRatio(2, 0.96, false)).toBeCloseTo(1.92);
    expect(chartPixelRatio(1, 1, true)).toBe(2);
    expect(chartPixelRatio(3, 1, true)).toBe(3);
    expect(chartConfig(resolveChart(v3CostByStage), theme, live).options?.devicePixelRatio).toBe(1.44);
  });
});

describe('src/browser/charts/config: honest scales', () => {
  it('starts bars at zero and leaves room for the labels beyond the longest', () => {
    const data = resolveChart(v3CostByStage);
    const bounds = linearBounds(data);
    expect(bounds.min).toBe(0);
    expect(bounds.max).toBeGreaterThan(Math.max(...data.series[0]!.values) * 1.1);
    expect(Number.isInteger(Math.round(bounds.max / bounds.step))).toBe(true);
  });

  it('gives diverging bars room on both sides of zero', () => {
    const bounds = linearBounds(resolveChart(mag7OnSelloffDay));
    expect(bounds.min).toBeLessThan(-16.86);
    expect(bounds.max).toBeGreaterThan(3.18);
  });

  it('reads the secondary axis as the first times the rate, tick for tick', () => {
    const data = resolveChart(v3CostByStage);
    const config = chartConfig(data, theme, live);
    const scales = config.options?.scales as Record<string, { min: number; max: number; ticks: { stepSize: number } }>;
    expect(scales.x2!.min).toBe(scales.x!.min * data.secondary!.factor);
    expect(scales.x2!.max).toBe(scales.x!.max * data.secondary!.factor);
    expect(scales.x2!.ticks.stepSize).toBe(scales.x!.ticks.stepSize * data.secondary!.factor);
  });

  it('labels a log axis at powers of ten only, from the power below the data', () => {
    const data = resolveChart(apiPrices);
    const { min, max } = logBounds(data);
    expect(min).toBe(1e6);
    expect(max).toBeGreaterThan(3.5e12);
    expect([0.1, 1, 10, 100].every(isLogLabelled)).toBe(true);
    expect([0.2, 5, 50].some(isLogLabelled)).toBe(false);
  });

  it('picks nice numbers for steps', () => {
    expect(niceNumber(0.53, true)).toBe(0.5);
    expect(niceNumber(3.1, true)).toBe(2.5);
    expect(niceNumber(8, true)).toBe(10);
  });
});

describe('src/browser/charts/kinds/bar', () => {
  it('takes colours from the theme, per bar', () => {
    const config = chartConfig(resolveChart(mag7OnSelloffDay), theme, live);
    const colors = config.data.datasets[0]!.backgroundColor as string[];
    expect(colors[0]).toBe(theme.colors.negative);
    expect(colors.at(-1)).toBe(theme.colors.positive);
  });

  it('draws without animation or pointer events where nobody watches it move', () => {
    const config = chartConfig(resolveChart(apiPrices), theme, { pixelRatio: 2, animate: false, interactive: false });
    expect(config.options?.animation).toBe(false);
    expect(config.options?.events).toEqual([]);
    expect(config.options?.plugins?.tooltip?.enabled).toBe(false);
  });

  it('passes the value labels and range whiskers to the label plugin', () => {
    const data = resolveChart(apiPrices);
    const labels = chartConfig(data, theme, live).options?.plugins?.valueLabels;
    expect(labels && labels.labels).toEqual(data.series.map((s) => s.display));
  });

  it('wraps long category names under vertical bars', () => {
    expect(wrapLabel('SWE-bench Verified', 10)).toEqual(['SWE-bench', 'Verified']);
    expect(wrapLabel('MMLU', 10)).toBe('MMLU');
  });
});

describe('src/browser/charts/kinds/line', () => {
  const data = resolveChart(lineChart);
  const config = chartConfig(data, theme, live);
  const scales = config.options?.scales as Record<string, { type: string; min?: number; max?: number }>;

  it('draws a line over a time axis, each point at its date', () => {
    expect(config.type).toBe('line');
    expect(scales.x!.type).toBe('time');
    const points = config.data.datasets[0]!.data as { x: number; y: number }[];
    expect(points.map((p) => new Date(p.x).toISOString().slice(0, 10))).toEqual(['2025-01-24', '2025-01-27', '2025-10-01']);
    expect(points.map((p) => p.y)).toEqual([3.5e12, 2.9e12, 5e12]);
  });

  it('marks the points with a colour of their own, larger, and names them', () => {
    const dataset = config.data.datasets[0] as unknown as { pointRadius: number[]; pointBackgroundColor: string[] };
    expect(dataset.pointRadius).toEqual([5, 9, 5]);
    expect(dataset.pointBackgroundColor[1]).toBe(theme.colors.negative);
    const marks = (config.options?.plugins as Record<string, { labels: string[][] }>).markLabels!;
    expect(marks.labels).toEqual([['', 'Sell-off', '']]);
  });

  it('keeps zero on the value axis, so the fall is not drawn larger than it is', () => {
    expect(scales.y!.min).toBe(0);
    expect(scales.y!.max).toBeGreaterThanOrEqual(5e12);
  });
});
