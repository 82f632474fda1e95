/**
 * Chart specs to the plain numbers and labels a chart draws, checked on the way so that it can be
 * drawn honestly. One module per chart type holds what only that type checks and draws with; this
 * registry finds it, and the compiler keeps it exhaustive (a type with no module is a type error).
 */
import { formatBarValue, type ResolvedChart, type ResolvedSeries } from '../chart-model.ts';
import { formatValue, plottedNumber } from '../format.ts';
import type { ChartColor, ChartPoint, ChartSpec, ChartType } from '../model/chart-spec.ts';
import type { FactValue, Unit } from '../model/facts.ts';
import type { Registry } from '../registry.ts';
import { barChart } from './bar.ts';
import type { ChartKind } from './chart-kind.ts';
import { categoryLabel } from './dates.ts';
import { lineChart } from './line.ts';

const CHART_KINDS: { readonly [T in ChartType]: ChartKind<Extract<ChartSpec, { type: T }>> } = {
  bar: barChart,
  line: lineChart,
};

const kindOf = <S extends ChartSpec>(spec: S) => CHART_KINDS[spec.type] as unknown as ChartKind<S>;

/** Every fact id a chart draws on: its values, the figures shown beside them, its dates and rates. */
export function chartFacts(spec: ChartSpec): string[] {
  const values = spec.series.flatMap((series) => series.points.flatMap((point) => (point.also ? [point.fact, point.also] : [point.fact])));
  const dates = spec.categories.flatMap((category) => (typeof category === 'string' ? [] : [category.date]));
  return [...new Set([...values, ...dates, ...kindOf(spec).extraFacts(spec)])];
}

function unitOf(id: string, registry: Registry): Unit {
  const value = registry.fact(id).value;
  if (value.type === 'date') throw new Error(`fact "${id}" is a date and cannot be plotted as a value`);
  return value.unit;
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

function pointColor(point: ChartPoint, value: number, spec: ChartSpec, seriesColor: ChartColor | undefined): ChartColor {
  if (point.color) return point.color;
  if (spec.type === 'bar' && spec.diverging) return value < 0 ? 'negative' : 'positive';
  return seriesColor ?? 'accent';
}

/** The checks every chart type shares: one unit, a value per category, marked log scales, one-sentence alt text. */
function checkShared(spec: ChartSpec, unit: Unit, registry: Registry): void {
  const where = `chart "${spec.id}"`;
  for (const id of spec.series.flatMap((series) => series.points.map((point) => point.fact))) {
    const own = unitOf(id, registry);
    if (own !== unit) throw new Error(`${where}: fact "${id}" is in ${own}, the chart is in ${unit}`);
  }
  for (const series of spec.series) {
    if (series.points.length !== spec.categories.length) {
      throw new Error(`${where}: series "${series.label}" has ${series.points.length} values for ${spec.categories.length} categories`);
    }
  }
  if (spec.valueAxis.scale === 'log' && !spec.note) throw new Error(`${where}: a log scale must be marked; add a note that says so`);
  const alt = spec.alt.trim();
  if (!/[.!?]$/.test(alt) || /[.!?]\s/.test(alt)) throw new Error(`${where}: its alt text must be one sentence, ending with a full stop`);
}

export function resolveChart(spec: ChartSpec, registry: Registry): ResolvedChart {
  const ids = spec.series.flatMap((series) => series.points.map((point) => point.fact));
  if (ids.length === 0) throw new Error(`chart "${spec.id}" has no values`);
  const unit = unitOf(ids[0]!, registry);
  checkShared(spec, unit, registry);
  const kind = kindOf(spec);
  kind.check(spec, unit, registry);
  const describe = (point: ChartPoint, style: 'short' | 'full') => {
    const value = registry.fact(point.fact).value;
    const text = style === 'full' ? formatValue(value, 'full') : barText(value);
    return point.also ? `${text} (${formatValue(registry.fact(point.also).value, style)})` : text;
  };
  const series: ResolvedSeries[] = spec.series.map((s) => {
    const values = s.points.map((point) => plottedNumber(registry.fact(point.fact).value));
    return {
      label: s.label,
      values,
      display: s.points.map((point) => describe(point, 'short')),
      full: s.points.map((point) => describe(point, 'full')),
      colors: s.points.map((point, i) => pointColor(point, values[i]!, spec, s.color)),
      ranges: s.points.map((point) => {
        const value = registry.fact(point.fact).value;
        return value.type === 'range' ? ([value.low, value.high] as const) : null;
      }),
      color: s.color ?? 'accent',
    };
  });
  return {
    id: spec.id,
    type: spec.type,
    labels: spec.categories.map((category) => categoryLabel(category, registry)),
    series,
    unit,
    axisTitle: spec.valueAxis.title,
    scale: spec.valueAxis.scale ?? 'linear',
    ...(spec.valueAxis.min !== undefined && { min: spec.valueAxis.min }),
    ...(spec.valueAxis.max !== undefined && { max: spec.valueAxis.max }),
    ...kind.resolve(spec, unit, registry),
    alt: spec.alt,
  };
}
