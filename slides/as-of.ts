/**
 * The month the talk's hindsight was last checked against its sources. The deck's metadata and the
 * "As of …" line on every hindsight slide both read it from here, so the two cannot drift apart;
 * move it forward only after re-checking the aftermath facts it stands for.
 */
import { formatDate } from '../src/core/format.ts';

/** ISO month: the research behind the aftermath facts ends on 1 December 2026. */
export const AS_OF = '2026-12';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "2026-12" -> "As of December 2026": the month spelt out, as a speaker would say it. */
export function asOfText(iso: string): string {
  // A day, a year alone or a month name would all format differently; only "YYYY-MM" is accepted, so a typo fails the build.
  if (!/^\d{4}-\d{2}$/.test(iso)) throw new Error(`as-of must be an ISO month such as "2026-12", not "${iso}"`);
  const [short = '', year = ''] = formatDate(iso).split(' ');
  const month = MONTH_NAMES.find((name) => name.startsWith(short));
  if (month === undefined) throw new Error(`as-of must be an ISO month such as "2026-12", not "${iso}"`);
  return `As of ${month} ${year}`;
}

/** The line the hindsight slides show. */
export const AS_OF_TEXT = asOfText(AS_OF);
