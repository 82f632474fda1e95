/**
 * What a chart draws once its facts are looked up: plain numbers, labels and display strings. Pure and
 * serialisable, with no registry import, so the browser can use it (tick labels, the cost model)
 * without shipping the fact registry.
 */
import { formatNumber, grouped, isDollars } from './format.ts';
import type { ChartColor, ChartType } from './model/chart-spec.ts';
import type { Unit } from './model/facts.ts';

export interface ResolvedSeries {
  readonly label: string;
  readonly values: readonly number[];
  /** Each value as a bar's label writes it: short, a range stays a range. */
  readonly display: readonly string[];
  /** Each value as the data table writes it: full precision. */
  readonly full: readonly string[];
  readonly colors: readonly ChartColor[];
  /** Where a value is a range (sources disagree), its two ends: drawn as a whisker over the bar. */
  readonly ranges: readonly (readonly [number, number] | null)[];
  readonly color: ChartColor;
}

export interface ResolvedChart {
  readonly id: string;
  readonly type: ChartType;
  readonly horizontal: boolean;
  readonly labels: readonly string[];
  /** A line chart's x positions: each category's ISO date, in order. */
  readonly dates?: readonly string[];
  readonly series: readonly ResolvedSeries[];
  readonly unit: Unit;
  readonly axisTitle: string;
  readonly scale: 'linear' | 'log';
  readonly min?: number;
  readonly max?: number;
  /** A second axis opposite the first: the same bars read in another unit (first axis times `factor`). */
  readonly secondary?: { readonly title: string; readonly factor: number; readonly unit: Unit };
  readonly valueLabels: boolean;
  readonly diverging: boolean;
  readonly stacked: boolean;
  readonly alt: string;
}

/** A tick label on a value axis: compact, since the axis title carries the unit ("2M", "$100B", "80%"). */
export function formatTick(value: number, unit: Unit): string {
  if (isDollars(unit)) return `${value < 0 ? '\u2212' : ''}$${compactTick(Math.abs(value))}`;
  switch (unit) {
    case 'percent':
      return `${compactTick(value)}%`;
    case 'percent-change':
      return formatNumber(value, 'percent-change');
    case 'points':
      return formatNumber(value, 'points');
    case 'multiple':
      return `${compactTick(value)}\u00d7`;
    default:
      return `${value < 0 ? '\u2212' : ''}${compactTick(Math.abs(value))}`;
  }
}

function compactTick(value: number): string {
  const abs = Math.abs(value);
  for (const [scale, suffix] of [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ] as const) {
    if (abs >= scale) return `${trim(value / scale)}${suffix}`;
  }
  return trim(value);
}

function trim(value: number): string {
  return String(Number(value.toFixed(2)));
}

/**
 * A value as a bar's label writes it: short, without what the axis title already says: prices
 * without their "per" part ("$0.55", not "$0.55/M tokens"), scores without the per cent sign.
 */
export function formatBarValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'usd-per-mtok':
    case 'usd-per-gpu-hour':
    case 'usd-per-month':
    case 'usd-per-share':
      return `$${grouped(value, 2)}`;
    case 'percent':
      return grouped(value, 1);
    default:
      return formatNumber(value, unit, 'short');
  }
}
