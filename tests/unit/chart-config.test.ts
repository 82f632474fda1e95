import { describe, expect, it } from 'vitest';
import { apiPrices, mag7OnSelloffDay, v3CostByStage } from '../../slides/charts.ts';
import { chartConfig, chartPixelRatio, isLogLabelled, linearBounds, logBounds, niceNumber, wrapLabel } from '../../src/browser/charts/config.ts';
import type { ChartTheme } from '../../src/browser/charts/theme.ts';
import { resolveChart } from '../../src/core/chart-data.ts';

const theme: ChartTheme = {
  colors: { accent: '#f2c14e', positive: '#56b4e9', negative: '#e69f00', neutral: '#a9b4c2', muted: '#4b5563', highlight: '#cc79a7' },
  text: '#f0f3f6',
  muted: '#a9b4c2',
  grid: '#2b323c',
  background: '#0d1117',
  font: 'Inter',
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
    expect(bounds.min).toBeLessThan(-17);
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
    expect(min).toBe(0.1);
    expect(max).toBeGreaterThan(60);
    expect([0.1, 1, 10, 100].every(isLogLabelled)).toBe(true);
    expect([0.2, 5, 50].some(isLogLabelled)).toBe(false);
  });

  it('picks nice numbers for steps', () => {
    expect(niceNumber(0.53, true)).toBe(0.5);
    expect(niceNumber(3.1, true)).toBe(2.5);
    expect(niceNumber(8, true)).toBe(10);
  });
});

describe('src/browser/charts/config: one config for every chart', () => {
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
