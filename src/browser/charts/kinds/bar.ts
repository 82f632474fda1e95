/**
 * Bar charts in Chart.js: its bar controller, category axis and the deck's value labels, registered
 * here and only here, with the bars measured from zero on a linear or log value axis.
 */
import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, type ScaleOptionsByType } from 'chart.js';
import { formatTick, type ResolvedChart } from '../../../core/chart-model.ts';
import { axisTitle, baseOptions, isLogLabelled, linearBounds, logBounds, tickStyle, typeSizes, wrapLabel, type DrawEnvironment } from '../config.ts';
import type { ChartTheme } from '../theme.ts';
import { valueLabelsPlugin } from '../value-labels.ts';

Chart.register(BarController, BarElement, CategoryScale, valueLabelsPlugin);

type ValueScale = ScaleOptionsByType<'linear' | 'logarithmic'>;

/** Category labels longer than this wrap in a narrow column. */
const COLUMN_LABEL_CHARS = 16;

export function barConfig(spec: ResolvedChart, theme: ChartTheme, env: DrawEnvironment): ChartConfiguration<'bar'> {
  // A narrow portrait column has room for bars across, not for many side by side.
  const column = theme.layout === 'column';
  const data = column ? { ...spec, horizontal: true } : spec;
  const valueAxis = data.horizontal ? 'x' : 'y';
  const categoryAxis = data.horizontal ? 'y' : 'x';
  const secondaryAxis = data.horizontal ? 'x2' : 'y2';
  const font = { family: theme.font };
  const size = typeSizes(theme);
  const ticks = tickStyle(theme);
  const title = (text: string) => axisTitle(text, theme);
  const base = baseOptions<'bar'>(data, theme, env);
  const log = data.scale === 'log';
  const bounds = log ? undefined : linearBounds(data);
  const logRange = log ? logBounds(data) : undefined;
  // Many categories side by side share the width: smaller, wrapped labels.
  const crowded = !data.horizontal && data.labels.length > 6;

  const value = {
    type: log ? 'logarithmic' : 'linear',
    stacked: data.stacked,
    ...(bounds ?? logRange),
    title: title(data.axisTitle),
    border: { display: false },
    grid: {
      color: (ctx: { tick?: { value: number } }) =>
        log && ctx.tick && !isLogLabelled(ctx.tick.value) ? 'transparent' : ctx.tick?.value === 0 ? theme.muted : theme.grid,
      lineWidth: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? 2 : 1),
    },
    ticks: {
      ...ticks,
      ...(bounds && { stepSize: bounds.step }),
      autoSkip: !log,
      maxRotation: 0,
      callback: (tick: number | string) => {
        const n = Number(tick);
        return log && !isLogLabelled(n) ? '' : formatTick(n, data.unit);
      },
    },
  } as unknown as ValueScale;

  const scales: Record<string, unknown> = {
    [categoryAxis]: {
      type: 'category',
      stacked: data.stacked,
      grid: { display: false },
      border: { color: theme.grid },
      ticks: { color: theme.text, font: { ...font, size: size.label }, maxRotation: 0, autoSkip: false },
    },
    [valueAxis]: value,
  };
  if (data.secondary && bounds) {
    const { factor, unit } = data.secondary;
    scales[secondaryAxis] = {
      type: 'linear',
      position: data.horizontal ? 'top' : 'right',
      min: bounds.min * factor,
      max: bounds.max * factor,
      title: title(data.secondary.title),
      border: { display: false },
      grid: { display: false },
      ticks: { ...ticks, stepSize: bounds.step * factor, callback: (tick: number | string) => formatTick(Number(tick), unit) },
    };
  }

  return {
    type: 'bar',
    data: {
      labels: data.labels.map((label) => (column ? wrapLabel(label, COLUMN_LABEL_CHARS) : data.horizontal ? label : wrapLabel(label, crowded ? 10 : 18))),
      datasets: data.series.map((series) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: series.colors.map((name) => theme.colors[name]),
        borderWidth: 0,
        borderRadius: 3,
        categoryPercentage: 0.8,
        barPercentage: data.series.length > 1 ? 0.92 : 0.7,
      })),
    },
    options: {
      ...base,
      indexAxis: data.horizontal ? 'y' : 'x',
      scales: scales as never,
      plugins: {
        ...base.plugins,
        valueLabels: data.valueLabels
          ? {
              labels: data.series.map((s) => s.display),
              ranges: data.series.map((s) => s.ranges),
              color: theme.text,
              insideColors: [theme.background, theme.text],
              font: theme.font,
              size: size.label,
            }
          : false,
      },
    },
  };
}
