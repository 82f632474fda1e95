/**
 * Turns a chart spec (fact ids) into the plain numbers and labels a chart draws, checking on the way
 * that it can be drawn honestly. The build writes the result into the page, where the browser draws
 * it and the data table shows it.
 */
import { formatBarValue, type ResolvedChart, type ResolvedSeries } from './chart-model.ts';
import { formatDate, formatValue, plottedNumber } from './format.ts';
import { fact, factNumber } from './registry.ts';
import type { ChartColor, ChartPoint, ChartSpec, DatedCategory, FactId, FactValue, SourceId, Unit } from './types.ts';

export type { ResolvedChart, ResolvedSeries } from './chart-model.ts';

function unitOf(id: FactId): Unit {
  const value = fact(id).value;
  if (value.type === 'date') throw new Error(`fact "${id}" is a date and cannot be plotted as a value`);
  return value.unit;
}

function dateOf(id: FactId): string {
  const value = fact(id).value;
  if (value.type !== 'date') throw new Error(`fact "${id}" names a category's date but is a ${value.type}, not a date`);
  return value.iso;
}

/** Every fact id a chart draws on: its values, the figures shown beside them, its dates and rates. */
export function chartFacts(spec: ChartSpec): FactId[] {
  const ids = spec.series.flatMap((series) => series.points.flatMap((point) => (point.also ? [point.fact, point.also] : [point.fact])));
  const dates = spec.categories.flatMap((category) => (typeof category === 'string' ? [] : [category.date]));
  const rate = spec.secondaryAxis ? [spec.secondaryAxis.rate] : [];
  return [...new Set([...ids, ...dates, ...rate])];
}

/** The sources behind a chart, from its facts. */
export function chartSources(spec: ChartSpec): SourceId[] {
  return [...new Set(chartFacts(spec).flatMap((id) => fact(id).sources))];
}

/** A category's label as the chart writes it: a dated category gets its date from the registry. */
export function categoryLabel(category: string | DatedCategory): string {
  return typeof category === 'string' ? category : `${category.label}, ${formatDate(dateOf(category.date))}`;
}

/** A value as the chart writes it: short on the bar, full in the table; a range stays a range. */
function describe(point: ChartPoint, style: 'short' | 'full'): string {
  const value = fact(point.fact).value;
  const text = style === 'full' ? formatValue(value, 'full') : barText(value);
  return point.also ? `${text} (${formatValue(fact(point.also).value, style)})` : text;
}

function barText(value: FactValue): string {
  switch (value.type) {
    case 'number':
      return formatBarValue(value.value, value.unit);
    case 'range':
      return `${formatBarValue(value.low, value.unit)}\u2013${formatBarValue(value.high, value.unit)}`;
    case 'date':
      return formatValue(value, 'short');
  }
}

function rangeOf(value: FactValue): readonly [number, number] | null {
  return value.type === 'range' ? [value.low, value.high] : null;
}

function pointColor(point: ChartPoint, value: number, spec: ChartSpec, seriesColor: ChartColor | undefined): ChartColor {
  if (point.color) return point.color;
  if (spec.diverging) return value < 0 ? 'negative' : 'positive';
  return seriesColor ?? 'accent';
}

function check(spec: ChartSpec, unit: Unit): void {
  const where = `chart "${spec.id}"`;
  for (const id of spec.series.flatMap((series) => series.points.map((point) => point.fact))) {
    if (unitOf(id) !== unit) throw new Error(`${where}: fact "${id}" is in ${unitOf(id)}, the chart is in ${unit}`);
  }
  for (const series of spec.series) {
    if (series.points.length !== spec.categories.length) {
      throw new Error(`${where}: series "${series.label}" has ${series.points.length} values for ${spec.categories.length} categories`);
    }
  }
  const { scale = 'linear', min } = spec.valueAxis;
  // A bar's length is its value only when the axis starts at zero; anything else must be said under the chart.
  if (spec.type === 'bar' && scale === 'linear' && min !== undefined && min !== 0 && !spec.note) {
    throw new Error(`${where}: its bars start at ${min}, not zero; add a note that says so, or drop valueAxis.min`);
  }
  if (scale === 'log' && !spec.note) throw new Error(`${where}: a log scale must be marked; add a note that says so`);
  if (scale === 'log' && spec.diverging) throw new Error(`${where}: diverging bars need a linear scale`);
  if (spec.secondaryAxis && scale !== 'linear') throw new Error(`${where}: a secondary axis needs a linear scale`);
  if (!/[.!?]$/.test(spec.alt.trim()) || /[.!?]\s/.test(spec.alt.trim())) throw new Error(`${where}: its alt text must be one sentence, ending with a full stop`);
}

export function resolveChart(spec: ChartSpec): ResolvedChart {
  const ids = spec.series.flatMap((series) => series.points.map((point) => point.fact));
  if (ids.length === 0) throw new Error(`chart "${spec.id}" has no values`);
  const unit = unitOf(ids[0]!);
  check(spec, unit);
  const series: ResolvedSeries[] = spec.series.map((s) => {
    const values = s.points.map((point) => plottedNumber(fact(point.fact).value));
    return {
      label: s.label,
      values,
      display: s.points.map((point) => describe(point, 'short')),
      full: s.points.map((point) => describe(point, 'full')),
      colors: s.points.map((point, i) => pointColor(point, values[i]!, spec, s.color)),
      ranges: s.points.map((point) => rangeOf(fact(point.fact).value)),
      color: s.color ?? 'accent',
    };
  });
  const secondary = spec.secondaryAxis;
  const secondaryUnit = secondary ? rateUnit(secondary.rate, unit, spec.id) : undefined;
  return {
    id: spec.id,
    type: spec.type,
    horizontal: spec.orientation === 'horizontal',
    labels: spec.categories.map(categoryLabel),
    series,
    unit,
    axisTitle: spec.valueAxis.title,
    scale: spec.valueAxis.scale ?? 'linear',
    ...(spec.valueAxis.min !== undefined && { min: spec.valueAxis.min }),
    ...(spec.valueAxis.max !== undefined && { max: spec.valueAxis.max }),
    ...(secondary && secondaryUnit && { secondary: { title: secondary.title, factor: factNumber(secondary.rate), unit: secondaryUnit } }),
    valueLabels: spec.valueLabels ?? false,
    diverging: spec.diverging ?? false,
    stacked: spec.stacked ?? false,
    alt: spec.alt,
  };
}

/** The unit a rate turns the chart's unit into: only GPU-hours times dollars per GPU-hour is known. */
function rateUnit(rate: FactId, unit: Unit, chartId: string): Unit {
  const from = unitOf(rate);
  if (unit === 'gpu-hours' && from === 'usd-per-gpu-hour') return 'usd';
  throw new Error(`chart "${chartId}": a secondary axis from ${unit} by a rate in ${from} is not supported`);
}
