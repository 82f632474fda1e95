/**
 * Line charts in Chart.js: values over a time axis, registered here and only here (the line
 * controller, its points and the time scale with the deck's date adapter). Marked points, those
 * whose colour differs from their line's, are drawn larger and named beside the point.
 */
import { Chart, LineController, LineElement, PointElement, TimeScale, type ChartConfiguration, type Plugin } from 'chart.js';
import { formatTick, type ResolvedChart } from '../../../core/chart-model.ts';
import { axisTitle, baseOptions, linearBounds, tickStyle, typeSizes, type DrawEnvironment } from '../config.ts';
import type { ChartTheme } from '../theme.ts';
import { parseIsoDate } from './date-adapter.ts';

interface MarkOptions {
  /** Per dataset, per point: the name to write beside it, or '' for an unmarked point. */
  readonly labels: readonly (readonly string[])[];
  readonly color: string;
  readonly font: string;
  readonly size: number;
}

/** Writes each marked point's name above it, inside the chart area. */
const markLabels: Plugin<'line', MarkOptions | false> = {
  id: 'markLabels',
  afterDatasetsDraw(chart, _args, options) {
    // Registered plugins run for every chart: only a line chart's configuration passes labels.
    if (!options || !('labels' in options)) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = `600 ${options.size}px ${options.font}`;
    ctx.fillStyle = options.color;
    ctx.textBaseline = 'bottom';
    chart.getSortedVisibleDatasetMetas().forEach((meta) => {
      meta.data.forEach((point, i) => {
        const text = options.labels[meta.index]?.[i];
        if (!text) return;
        // Beside the point, clear of the line, on whichever side has room.
        const width = ctx.measureText(text).width;
        const right = point.x + 16 + width <= chartArea.right;
        ctx.textAlign = right ? 'left' : 'right';
        // Right of a point, below it; left of one (at the end of the axis), above it, where a rising line is not.
        const y = right ? Math.min(point.y + options.size + 8, chartArea.bottom) : Math.max(point.y - 12, chartArea.top + options.size);
        ctx.fillText(text, right ? point.x + 16 : point.x - 16, y);
      });
    });
    ctx.restore();
  },
};

Chart.register(LineController, LineElement, PointElement, TimeScale, markLabels as Plugin);

/** A category's own name, without the date the axis already shows ("Sell-off, 27 Jan 2025" gives "Sell-off"). */
const nameOf = (label: string) => label.replace(/, [^,]*\d{4}$/, '');

export function lineConfig(data: ResolvedChart, theme: ChartTheme, env: DrawEnvironment): ChartConfiguration<'line'> {
  const dates = data.dates ?? [];
  const bounds = linearBounds(data);
  const base = baseOptions<'line'>(data, theme, env);
  const marked = (series: ResolvedChart['series'][number]) => series.colors.map((color) => color !== series.color);
  return {
    type: 'line',
    data: {
      datasets: data.series.map((series) => ({
        label: series.label,
        data: series.values.map((y, i) => ({ x: parseIsoDate(dates[i]) ?? 0, y })),
        borderColor: theme.colors[series.color],
        borderWidth: 4,
        tension: 0,
        pointRadius: marked(series).map((mark) => (mark ? 9 : 5)),
        pointBackgroundColor: series.colors.map((name) => theme.colors[name]),
        pointBorderColor: theme.background,
        pointBorderWidth: 2,
        // Points at the ends of the axis are drawn whole, not cut by the chart area.
        clip: false,
      })),
    },
    options: {
      ...base,
      scales: {
        x: {
          type: 'time',
          time: { unit: 'month', tooltipFormat: 'day' },
          grid: { display: false },
          border: { color: theme.grid },
          ticks: { ...tickStyle(theme), maxRotation: 0, autoSkip: true, autoSkipPadding: 24 },
        },
        y: {
          type: 'linear',
          min: bounds.min,
          max: bounds.max,
          title: axisTitle(data.axisTitle, theme),
          border: { display: false },
          grid: { color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? theme.muted : theme.grid) },
          ticks: { ...tickStyle(theme), stepSize: bounds.step, callback: (tick: number | string) => formatTick(Number(tick), data.unit) },
        },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins?.tooltip,
          callbacks: { title: (items) => data.labels[items[0]?.dataIndex ?? 0] ?? '', label: base.plugins?.tooltip?.callbacks?.label },
        },
        markLabels: {
          labels: data.series.map((series) => marked(series).map((mark, i) => (mark ? [nameOf(data.labels[i] ?? ''), data.valueLabels ? series.display[i] : ''].filter(Boolean).join(' ') : ''))),
          color: theme.text,
          font: theme.font,
          size: typeSizes(theme).label,
        },
      },
    } as ChartConfiguration<'line'>['options'],
  };
}
