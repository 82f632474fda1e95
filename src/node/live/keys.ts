/**
 * The secrets of one `npm run present` run: a key for the presenter's deck and one for the phone
 * remote, 128 random bits each, made when the relay starts, so a link from an earlier run is refused.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { LiveRole } from '../../core/live-protocol.ts';

export type LiveKeys = Readonly<Record<Exclude<LiveRole, 'follower'>, string>>;

export function makeKeys(): LiveKeys {
  return { presenter: randomBytes(16).toString('base64url'), remote: randomBytes(16).toString('base64url') };
}

/**
 * Whether `given` is `expected`, in time that does not depend on how much of it is right (a key
 * guessed a character at a time would otherwise show in the relay's response time). Only equal
 * lengths can be compared so; every key of a run has the same, public, length.
 */
export function keyMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
