/** Bar charts: categories side by side, bars measured from zero unless the chart says otherwise. */
import type { BarChartSpec } from '../model/chart-spec.ts';
import type { Unit } from '../model/facts.ts';
import type { Registry } from '../registry.ts';
import type { ChartKind } from './chart-kind.ts';

export const barChart: ChartKind<BarChartSpec> = {
  check(spec, unit, registry) {
    const where = `chart "${spec.id}"`;
    const { scale = 'linear', min } = spec.valueAxis;
    // A bar's length is its value only when the axis starts at zero; anything else must be said under the chart.
    if (scale === 'linear' && min !== undefined && min !== 0 && !spec.note) {
      throw new Error(`${where}: its bars start at ${min}, not zero; add a note that says so, or drop valueAxis.min`);
    }
    if (scale === 'log' && spec.diverging) throw new Error(`${where}: diverging bars need a linear scale`);
    if (spec.secondaryAxis && scale !== 'linear') throw new Error(`${where}: a secondary axis needs a linear scale`);
    if (spec.secondaryAxis) rateUnit(spec.secondaryAxis.rate, unit, spec.id, registry);
  },
  extraFacts: (spec) => (spec.secondaryAxis ? [spec.secondaryAxis.rate] : []),
  resolve(spec, unit, registry) {
    const secondary = spec.secondaryAxis;
    return {
      horizontal: spec.orientation === 'horizontal',
      ...(secondary && { secondary: { title: secondary.title, factor: registry.factNumber(secondary.rate), unit: rateUnit(secondary.rate, unit, spec.id, registry) } }),
      valueLabels: spec.valueLabels ?? false,
      diverging: spec.diverging ?? false,
      stacked: spec.stacked ?? false,
    };
  },
};

/** The unit a rate turns the chart's unit into: only GPU-hours times dollars per GPU-hour is known. */
function rateUnit(rate: string, unit: Unit, chartId: string, registry: Registry): Unit {
  const value = registry.fact(rate).value;
  const from = value.type === 'date' ? 'a date' : value.unit;
  if (unit === 'gpu-hours' && from === 'usd-per-gpu-hour') return 'usd';
  throw new Error(`chart "${chartId}": a secondary axis from ${unit} by a rate in ${from} is not supported`);
}
