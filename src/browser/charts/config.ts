/**
 * Resolved chart data to a Chart.js configuration: the one function every chart goes through, so no
 * chart builds its own config. Pure (no DOM), so unit tests check its scales and colours directly.
 */
import type { ChartConfiguration, ScaleOptionsByType, TooltipItem } from 'chart.js';
import { formatTick, type ResolvedChart } from '../../core/chart-model.ts';
import type { ChartTheme } from './theme.ts';

/** How a chart is drawn where it is: the pixel ratio of its backing store, motion, and pointer input. */
export interface DrawEnvironment {
  readonly pixelRatio: number;
  readonly animate: boolean;
  /** Tooltips and hover; off in print and in the speaker view's preview frames. */
  readonly interactive: boolean;
}

/**
 * The pixel ratio that makes a chart's backing store match its size on screen: reveal scales slides
 * with a CSS transform, which Chart.js cannot see. Print gets at least 2, for sharp PDFs.
 */
export function chartPixelRatio(devicePixelRatio: number, deckScale: number, printing: boolean): number {
  const ratio = (devicePixelRatio || 1) * (deckScale || 1);
  return printing ? Math.max(2, ratio) : ratio;
}

export const FONT_SIZE = { tick: 18, title: 18, label: 18, legend: 18 } as const;

/** Room for the value labels beyond the longest bar, as a share of the axis. */
const LABEL_ROOM = 0.12;

/** A "nice" number near `value` (1, 2, 2.5, 5 or 10 times a power of ten), for axis bounds and steps. */
export function niceNumber(value: number, round: boolean): number {
  if (value <= 0) return 1;
  const exponent = Math.floor(Math.log10(value));
  const fraction = value / 10 ** exponent;
  const steps = round ? [1.5, 2.25, 3.5, 7.5] : [1, 2, 2.5, 5];
  const nice = [1, 2, 2.5, 5];
  let chosen = 10;
  for (let i = 0; i < steps.length; i++) {
    if (round ? fraction < steps[i]! : fraction <= steps[i]!) {
      chosen = nice[i]!;
      break;
    }
  }
  return chosen * 10 ** exponent;
}

export interface LinearBounds {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Axis bounds that include zero (bars are measured from it), the data, and room for the labels. */
export function linearBounds(data: ResolvedChart, targetTicks = 6): LinearBounds {
  const highs: number[] = [];
  const lows: number[] = [];
  data.labels.forEach((_, i) => {
    if (data.stacked) {
      highs.push(data.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
      lows.push(data.series.reduce((sum, s) => sum + Math.min(0, s.values[i] ?? 0), 0));
    } else {
      for (const s of data.series) {
        const range = s.ranges[i];
        highs.push(range ? range[1] : (s.values[i] ?? 0));
        lows.push(range ? range[0] : (s.values[i] ?? 0));
      }
    }
  });
  let low = Math.min(0, ...lows);
  let high = Math.max(0, ...highs);
  if (high === low) high = low + 1;
  const room = data.valueLabels ? (high - low) * LABEL_ROOM : 0;
  if (high > 0) high += room;
  if (low < 0) low -= room;
  if (data.min !== undefined) low = data.min;
  if (data.max !== undefined) high = data.max;
  const step = niceNumber((high - low) / (targetTicks - 1), true);
  return { min: data.min ?? Math.floor(low / step) * step, max: data.max ?? Math.ceil(high / step) * step, step };
}

/** Log axis bounds: from the power of ten below the data, with room above the top bar for its label. */
export function logBounds(data: ResolvedChart): { min: number; max: number } {
  const values = data.series.flatMap((s) => s.values.filter((v) => v > 0));
  if (values.length === 0) throw new Error(`chart "${data.id}": a log scale needs positive values`);
  const min = data.min ?? 10 ** Math.floor(Math.log10(Math.min(...values)));
  const top = Math.max(...values);
  return { min, max: data.max ?? Math.max(top * (data.valueLabels ? 3 : 1), 10 ** Math.ceil(Math.log10(top) - 1e-9)) };
}

/** Log-scale ticks are labelled and gridded at powers of ten only, so each step reads as tenfold. */
export function isLogLabelled(value: number): boolean {
  const exponent = Math.log10(value);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/** Splits a long category label into lines for vertical bars, where labels share the bars' width. */
export function wrapLabel(label: string, maxChars = 14): string | string[] {
  if (label.length <= maxChars) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type ValueScale = ScaleOptionsByType<'linear' | 'logarithmic'>;

export function chartConfig(data: ResolvedChart, theme: ChartTheme, env: DrawEnvironment): ChartConfiguration<'bar'> {
  const valueAxis = data.horizontal ? 'x' : 'y';
  const categoryAxis = data.horizontal ? 'y' : 'x';
  const secondaryAxis = data.horizontal ? 'x2' : 'y2';
  const font = { family: theme.font };
  const ticks = { color: theme.muted, font: { ...font, size: FONT_SIZE.tick } };
  const title = (text: string) => ({ display: true, text, color: theme.muted, font: { ...font, size: FONT_SIZE.title } });
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
      ticks: { color: theme.text, font: { ...font, size: crowded ? FONT_SIZE.label - 2 : FONT_SIZE.label }, maxRotation: 0, autoSkip: false },
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
      labels: data.horizontal ? [...data.labels] : data.labels.map((label) => wrapLabel(label, crowded ? 10 : 18)),
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
      devicePixelRatio: env.pixelRatio,
      animation: env.animate ? { duration: 600, easing: 'easeOutQuart' } : false,
      responsive: true,
      maintainAspectRatio: false,
      // No pointer listeners where nobody points: print and the speaker view's previews.
      events: env.interactive ? ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] : [],
      indexAxis: data.horizontal ? 'y' : 'x',
      color: theme.text,
      font: { ...font, size: FONT_SIZE.label },
      layout: { padding: { top: 4, right: 12, bottom: 0, left: 0 } },
      scales: scales as never,
      plugins: {
        legend: {
          display: data.series.length > 1,
          position: 'top',
          align: 'end',
          onClick: () => undefined,
          labels: { color: theme.text, font: { ...font, size: FONT_SIZE.legend }, boxWidth: 18, boxHeight: 18, padding: 16 },
        },
        tooltip: {
          enabled: env.interactive,
          titleFont: { ...font, size: 16 },
          bodyFont: { ...font, size: 16 },
          callbacks: {
            label: (item: TooltipItem<'bar'>) => `${data.series[item.datasetIndex]?.label ?? ''}: ${data.series[item.datasetIndex]?.full[item.dataIndex] ?? ''}`,
          },
        },
        valueLabels: data.valueLabels
          ? {
              labels: data.series.map((s) => s.display),
              ranges: data.series.map((s) => s.ranges),
              color: theme.text,
              insideColor: theme.background,
              font: theme.font,
              size: FONT_SIZE.label,
            }
          : false,
      },
    },
  };
}
