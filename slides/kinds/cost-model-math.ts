/**
 * The cost model's arithmetic, pure and shared by its renderer (the page as built) and its browser
 * code (the page as the reader moves the sliders).
 */
import { formatNumber } from '../../src/core/format.ts';
import type { ResolvedChart } from '../../src/core/chart-model.ts';

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

function costModelTrainingRun(state: CostModelState): number {
  return state.hours * state.rate;
}

export function costModelTotal(defaults: CostModelDefaults, state: CostModelState): number {
  return costModelTrainingRun(state) + (state.withHardware ? defaults.hardware : 0);
}

const COST_MODEL_LABELS = {
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
