/**
 * Turns a chart spec (fact ids) into the plain numbers and labels a chart draws. Pure and serialisable:
 * the build writes the result into the page, where the browser draws it and the data table shows it.
 */
import { formatValue, plottedNumber } from './format.ts';
import { fact } from './registry.ts';
import type { ChartColor, ChartSpec, FactId, SourceId, Unit } from './types.ts';

export interface ResolvedSeries {
  readonly label: string;
  readonly values: readonly number[];
  /** Each value as the slide writes it (a range stays a range). */
  readonly display: readonly string[];
  readonly colors: readonly ChartColor[];
}

export interface ResolvedChart {
  readonly id: string;
  readonly type: ChartSpec['type'];
  readonly horizontal: boolean;
  readonly labels: readonly string[];
  readonly series: readonly ResolvedSeries[];
  readonly unit: Unit;
  readonly axisTitle: string;
  readonly scale: 'linear' | 'log';
  readonly min?: number;
  readonly max?: number;
  readonly valueLabels: boolean;
  readonly diverging: boolean;
  readonly stacked: boolean;
  readonly alt: string;
}

function unitOf(id: FactId): Unit {
  const value = fact(id).value;
  if (value.type === 'date') throw new Error(`fact "${id}" is a date and cannot be plotted as a value`);
  return value.unit;
}

/** Every fact id a chart plots. */
export function chartFacts(spec: ChartSpec): FactId[] {
  return spec.series.flatMap((series) => series.points.map((point) => point.fact));
}

/** The sources behind a chart, from its facts. */
export function chartSources(spec: ChartSpec): SourceId[] {
  return [...new Set(chartFacts(spec).flatMap((id) => fact(id).sources))];
}

export function resolveChart(spec: ChartSpec): ResolvedChart {
  const ids = chartFacts(spec);
  const unit = unitOf(ids[0]!);
  for (const id of ids) {
    if (unitOf(id) !== unit) throw new Error(`chart "${spec.id}": fact "${id}" is in ${unitOf(id)}, the chart is in ${unit}`);
  }
  for (const series of spec.series) {
    if (series.points.length !== spec.categories.length) {
      throw new Error(`chart "${spec.id}": series "${series.label}" has ${series.points.length} values for ${spec.categories.length} categories`);
    }
  }
  return {
    id: spec.id,
    type: spec.type,
    horizontal: spec.orientation === 'horizontal',
    labels: spec.categories,
    series: spec.series.map((series) => ({
      label: series.label,
      values: series.points.map((point) => plottedNumber(fact(point.fact).value)),
      display: series.points.map((point) => formatValue(fact(point.fact).value, 'short')),
      colors: series.points.map((point) => point.color ?? series.color ?? 'accent'),
    })),
    unit,
    axisTitle: spec.valueAxis.title,
    scale: spec.valueAxis.scale ?? 'linear',
    ...(spec.valueAxis.min !== undefined && { min: spec.valueAxis.min }),
    ...(spec.valueAxis.max !== undefined && { max: spec.valueAxis.max }),
    valueLabels: spec.valueLabels ?? false,
    diverging: spec.diverging ?? false,
    stacked: spec.stacked ?? false,
    alt: spec.alt,
  };
}
