/**
 * What every chart kind's Chart.js configuration shares: the drawing environment, type sizes, axis
 * bounds and the options common to all kinds. Pure (no DOM), so unit tests check them directly; each
 * kind's own configuration is in kinds/.
 */
import type { ChartOptions, ChartType } from 'chart.js';
import type { ResolvedChart } from '../../core/chart-model.ts';
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

/** Back-row sizes on a 1280x720 slide (24px, as all slide text but citations); tooltips, on hover only, are smaller. */
const FONT_SIZE = { tick: 24, title: 24, label: 24, legend: 24 } as const;

export type TypeSizes = Readonly<Record<keyof typeof FONT_SIZE, number>>;

/** The type sizes where this chart is: the slide's, times the theme's factor (lower in the phone article). */
export function typeSizes(theme: Pick<ChartTheme, 'typeScale'>): TypeSizes {
  const scale = theme.typeScale > 0 ? theme.typeScale : 1;
  return Object.fromEntries(Object.entries(FONT_SIZE).map(([name, size]) => [name, Math.round(size * scale)])) as unknown as TypeSizes;
}

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

/** Options every kind shares: size and pixel ratio, motion, pointer input, type, legend and tooltips. */
export function baseOptions<T extends ChartType>(data: ResolvedChart, theme: ChartTheme, env: DrawEnvironment): ChartOptions<T> {
  const font = { family: theme.font };
  const size = typeSizes(theme);
  return {
    devicePixelRatio: env.pixelRatio,
    animation: env.animate ? { duration: 600, easing: 'easeOutQuart' } : false,
    responsive: true,
    maintainAspectRatio: false,
    // No pointer listeners where nobody points: print and the speaker view's previews.
    events: env.interactive ? ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] : [],
    color: theme.text,
    font: { ...font, size: size.label },
    layout: { padding: { top: 4, right: 12, bottom: 0, left: 0 } },
    plugins: {
      legend: {
        display: data.series.length > 1,
        position: 'top',
        align: 'end',
        onClick: () => undefined,
        labels: { color: theme.text, font: { ...font, size: size.legend }, boxWidth: size.legend, boxHeight: size.legend, padding: 16 },
      },
      tooltip: {
        enabled: env.interactive,
        titleFont: { ...font, size: 16 },
        bodyFont: { ...font, size: 16 },
        callbacks: {
          label: (item) => `${data.series[item.datasetIndex]?.label ?? ''}: ${data.series[item.datasetIndex]?.full[item.dataIndex] ?? ''}`,
        },
      },
    },
  } as ChartOptions<T>;
}

/** An axis title in the chart's type. */
export const axisTitle = (text: string, theme: ChartTheme) => ({ display: true, text, color: theme.muted, font: { family: theme.font, size: typeSizes(theme).title } });

/** Tick labels in the chart's type. */
export const tickStyle = (theme: ChartTheme) => ({ color: theme.muted, font: { family: theme.font, size: typeSizes(theme).tick } });
