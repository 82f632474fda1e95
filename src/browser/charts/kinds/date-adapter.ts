/**
 * The date adapter Chart.js's time scale needs, written for the deck's dates instead of pulling in a
 * date library: points are whole days in UTC (the facts' ISO dates), labels are "Jan 2025". Chart.js
 * asks an adapter for seven operations; these are they, for the units a talk's timeline can span.
 */
import { _adapters, type TimeUnit } from 'chart.js';

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const FORMATS = { datetime: 'day', millisecond: 'day', second: 'day', minute: 'day', hour: 'day', day: 'day', week: 'day', month: 'month', quarter: 'month', year: 'year' } as const;

function startOf(time: number, unit: TimeUnit | 'isoWeek'): number {
  const date = new Date(time);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  switch (unit) {
    case 'year':
      return Date.UTC(y, 0, 1);
    case 'quarter':
      return Date.UTC(y, m - (m % 3), 1);
    case 'month':
      return Date.UTC(y, m, 1);
    case 'week':
    case 'isoWeek':
      return Date.UTC(y, m, d - ((date.getUTCDay() + 6) % 7));
    default:
      return Date.UTC(y, m, d);
  }
}

function add(time: number, amount: number, unit: TimeUnit): number {
  const date = new Date(time);
  switch (unit) {
    case 'year':
      return Date.UTC(date.getUTCFullYear() + amount, date.getUTCMonth(), date.getUTCDate());
    case 'quarter':
      return add(time, amount * 3, 'month');
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + amount, date.getUTCDate());
    case 'week':
      return time + amount * 7 * DAY;
    default:
      return time + amount * DAY;
  }
}

function diff(max: number, min: number, unit: TimeUnit): number {
  const [a, b] = [new Date(max), new Date(min)];
  const months = (a.getUTCFullYear() - b.getUTCFullYear()) * 12 + a.getUTCMonth() - b.getUTCMonth();
  switch (unit) {
    case 'year':
      return Math.trunc(months / 12);
    case 'quarter':
      return Math.trunc(months / 3);
    case 'month':
      return months;
    case 'week':
      return Math.trunc((max - min) / (7 * DAY));
    default:
      return Math.trunc((max - min) / DAY);
  }
}

function format(time: number, style: string): string {
  const date = new Date(time);
  const month = MONTHS[date.getUTCMonth()] ?? '';
  if (style === 'year') return String(date.getUTCFullYear());
  if (style === 'month') return `${month} ${date.getUTCFullYear()}`;
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/** An ISO day ("2025-01-27") or month ("2025-01") as the time at UTC midnight. */
export function parseIsoDate(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1)) : null;
}

_adapters._date.override({
  formats: () => FORMATS,
  parse: parseIsoDate,
  format,
  add,
  diff,
  startOf,
  endOf: (time, unit) => add(startOf(time, unit), 1, unit) - 1,
});
