/**
 * Resolved chart data to a Chart.js configuration: the one function every chart goes through. Each
 * chart type has its module here; the mapped type keeps the table exhaustive, so a chart type the
 * build can resolve but the page cannot draw is a type error.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResolvedChart } from '../../../core/chart-model.ts';
import type { ChartType } from '../../../core/model/chart-spec.ts';
import type { DrawEnvironment } from '../config.ts';
import type { ChartTheme } from '../theme.ts';
import { barConfig } from './bar.ts';
import { lineConfig } from './line.ts';

type Configure = (data: ResolvedChart, theme: ChartTheme, env: DrawEnvironment) => ChartConfiguration<'bar'> | ChartConfiguration<'line'>;

/** A configuration of any kind, as Chart.js's constructor takes it. */
export type AnyChartConfig = ChartConfiguration;

const CHART_KINDS: { readonly [T in ChartType]: Configure } = {
  bar: barConfig,
  line: lineConfig,
};

export function chartConfig(data: ResolvedChart, theme: ChartTheme, env: DrawEnvironment): AnyChartConfig {
  return CHART_KINDS[data.type](data, theme, env) as AnyChartConfig;
}
