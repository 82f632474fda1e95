/**
 * Line charts over time: each category is a date fact, and the x axis is a time axis, so uneven gaps
 * between the dates stay uneven on the slide. Values need not start at zero: a line's reading is
 * its slope, not its length, so no baseline note is asked for.
 */
import type { LineChartSpec } from '../model/chart-spec.ts';
import type { ChartKind } from './chart-kind.ts';
import { dateOf } from './dates.ts';

export const lineChart: ChartKind<LineChartSpec> = {
  check(spec, _unit, registry) {
    const where = `chart "${spec.id}"`;
    if (spec.categories.length < 2) throw new Error(`${where}: a line needs at least two dated points`);
    const dates = spec.categories.map((category) => dateOf(category.date, registry));
    dates.forEach((date, i) => {
      if (i > 0 && date < dates[i - 1]!) throw new Error(`${where}: its dates must run forward in time ("${category(spec, i)}" comes before "${category(spec, i - 1)}")`);
    });
  },
  extraFacts: (spec) => spec.categories.map((category) => category.date),
  resolve: (spec, _unit, registry) => ({
    dates: spec.categories.map((category) => dateOf(category.date, registry)),
    horizontal: false,
    valueLabels: spec.valueLabels ?? false,
    diverging: false,
    stacked: false,
  }),
};

const category = (spec: LineChartSpec, i: number) => spec.categories[i]?.label ?? String(i);
