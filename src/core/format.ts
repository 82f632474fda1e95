/** Formats fact values for slides: one formatter per unit, so every slide writes a number the same way. */
import type { FactValue, Unit } from './model/facts.ts';

export type FormatStyle = 'full' | 'short';

const DOLLAR_UNITS: ReadonlySet<Unit> = new Set<Unit>(['usd', 'usd-per-gpu-hour', 'usd-per-mtok', 'usd-per-month', 'usd-per-share']);

/** Whether a unit is in dollars (plain or per something): axes and number formats write a "$" for it. */
export const isDollars = (unit: Unit): boolean => DOLLAR_UNITS.has(unit);

const MINUS = '\u2212';
const EN_DASH = '\u2013';

const SCALES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 5_576_000 -> "5.576M" (full) or "5.6M" (short); below 1,000 the plain number. */
function compact(value: number, style: FormatStyle, minScale = 1e3): string {
  const abs = Math.abs(value);
  for (const [scale, suffix] of SCALES) {
    if (scale >= minScale && abs >= scale) {
      const scaled = abs / scale;
      const digits = style === 'short' ? (scaled < 10 ? 1 : 0) : 3;
      return `${trim(scaled.toFixed(digits))}${suffix}`;
    }
  }
  return grouped(abs);
}

function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

const groupers = new Map<number, Intl.NumberFormat>();

/**
 * A number with thousands separators and at most `maxDigits` decimals: 1,234.5. One formatter per
 * precision, made once: `toLocaleString` with options builds a new one on every call, which on a
 * slow phone costs more than everything else the cost model does when the deck starts.
 */
export function grouped(value: number, maxDigits = 2): string {
  let grouper = groupers.get(maxDigits);
  if (!grouper) {
    grouper = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits });
    groupers.set(maxDigits, grouper);
  }
  return grouper.format(value);
}

function sign(value: number): string {
  return value < 0 ? MINUS : value > 0 ? '+' : '';
}

/** The number alone, with its unit, e.g. "$5.576M", "2.664M GPU-hours", "−16.86%". */
export function formatNumber(value: number, unit: Unit, style: FormatStyle = 'full'): string {
  switch (unit) {
    case 'usd':
      return `${value < 0 ? MINUS : ''}$${compact(value, style)}`;
    case 'usd-per-gpu-hour':
      return `$${grouped(value)}/GPU-hour`;
    case 'usd-per-mtok':
      return `$${grouped(value)}/M tokens`;
    case 'usd-per-month':
      return `$${grouped(value)}/month`;
    case 'usd-per-share':
      return `$${grouped(value)}`;
    case 'gpu-hours':
      return `${compact(value, style)} GPU-hours`;
    case 'gpus':
      return `${grouped(value)} GPUs`;
    case 'tokens':
      return `${compact(value, style, 1e9)} tokens`;
    case 'parameters':
      return compact(value, style, 1e9);
    case 'percent':
      return `${grouped(value, 1)}%`;
    case 'percent-change':
      return `${sign(value)}${grouped(Math.abs(value))}%`;
    case 'points':
      return `${sign(value)}${grouped(Math.abs(value))}`;
    case 'elo':
    case 'count':
      return style === 'short' && Math.abs(value) >= 1e4 ? compact(value, style) : grouped(value);
    case 'multiple':
      return `${grouped(value, style === 'short' ? 0 : 1)}\u00d7`;
    case 'gb-per-s':
      return `${grouped(value)} GB/s`;
    case 'year':
      return String(value);
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2025-01-20" -> "20 Jan 2025"; "2023-05" -> "May 2023"; short drops the year. */
export function formatDate(iso: string, style: FormatStyle = 'full'): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: "${iso}"`);
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  if (!name) throw new Error(`not an ISO date: "${iso}"`);
  const dayPart = day ? `${Number(day)} ` : '';
  return style === 'short' ? `${dayPart}${name}` : `${dayPart}${name} ${year}`;
}

/** Any fact value as slide text; a range shows both ends, as the sources disagree. */
export function formatValue(value: FactValue, style: FormatStyle = 'full'): string {
  switch (value.type) {
    case 'number':
      return formatNumber(value.value, value.unit, style);
    case 'range': {
      const low = formatNumber(value.low, value.unit, style);
      const high = formatNumber(value.high, value.unit, style);
      // Ends that round to the same text are one value at this precision, not a range.
      if (low === high) return low;
      // A dash beside a minus sign reads as a double minus ("−15%–−12%"), so signed ends are joined by "to".
      return value.low < 0 || value.high < 0 ? `${low} to ${high}` : `${low}${EN_DASH}${high}`;
    }
    case 'date':
      return formatDate(value.iso, style);
  }
}

/** The number a chart plots for a value: a range plots its midpoint, and the chart's table shows the range. */
export function plottedNumber(value: FactValue): number {
  switch (value.type) {
    case 'number':
      return value.value;
    case 'range':
      return (value.low + value.high) / 2;
    case 'date':
      return Date.parse(value.iso);
  }
}
