/**
 * What a chart draws once its facts are looked up: plain numbers, labels and display strings. Pure and
 * serialisable, with no registry import, so the browser can use it (tick labels, the cost model)
 * without shipping the fact registry.
 */
import { formatNumber, grouped } from './format.ts';
import type { ChartColor, Unit } from './types.ts';

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
  readonly type: 'bar' | 'line';
  readonly horizontal: boolean;
  readonly labels: readonly string[];
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
  switch (unit) {
    case 'usd':
    case 'usd-per-mtok':
    case 'usd-per-gpu-hour':
    case 'usd-per-month':
    case 'usd-per-share':
      return `${value < 0 ? '\u2212' : ''}$${compactTick(Math.abs(value))}`;
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

// ---------------------------------------------------------------- the cost model

/** The cost model's defaults, from the facts its slide names. */
export interface CostModelDefaults {
  readonly hours: number;
  readonly rate: number;
  readonly hardware: number;
}

/** What the reader has set. */
export interface CostModelState {
  readonly hours: number;
  readonly rate: number;
  readonly withHardware: boolean;
}

/** The slider ranges: from a quarter of the reported compute to well past Llama 3.1 405B's, and rental prices from cheap to list. */
export function costModelRanges(defaults: CostModelDefaults) {
  return {
    hours: { min: defaults.hours / 4, max: defaults.hours * 16, step: defaults.hours / 20 },
    rate: { min: defaults.rate / 2, max: defaults.rate * 4, step: defaults.rate / 8 },
  } as const;
}

export function costModelTrainingRun(state: CostModelState): number {
  return state.hours * state.rate;
}

export function costModelTotal(defaults: CostModelDefaults, state: CostModelState): number {
  return costModelTrainingRun(state) + (state.withHardware ? defaults.hardware : 0);
}

export const COST_MODEL_LABELS = {
  training: 'Final training run',
  hardware: 'Hardware (estimate)',
  notAdded: 'not added',
} as const;

/** The cost model's chart for a state: the training run beside the hardware estimate, in dollars. */
export function costModelChart(id: string, defaults: CostModelDefaults, state: CostModelState, alt: string): ResolvedChart {
  const training = costModelTrainingRun(state);
  const hardware = state.withHardware ? defaults.hardware : 0;
  const show = (value: number, style: 'short' | 'full') => formatNumber(value, 'usd', style);
  return {
    id,
    type: 'bar',
    horizontal: true,
    labels: [COST_MODEL_LABELS.training, COST_MODEL_LABELS.hardware],
    series: [
      {
        label: 'US dollars',
        values: [training, hardware],
        display: [show(training, 'short'), state.withHardware ? show(hardware, 'short') : COST_MODEL_LABELS.notAdded],
        full: [show(training, 'full'), state.withHardware ? show(hardware, 'full') : COST_MODEL_LABELS.notAdded],
        colors: ['accent', 'highlight'],
        ranges: [null, null],
        color: 'accent',
      },
    ],
    unit: 'usd',
    axisTitle: 'US dollars',
    scale: 'linear',
    valueLabels: true,
    diverging: false,
    stacked: false,
    alt,
  };
}
