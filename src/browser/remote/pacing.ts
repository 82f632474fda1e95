/**
 * Pacing against the plan: where the talk should be after this much time, by the slides' planned
 * seconds (data-timing). On time while the clock is within the current slide's planned span; late
 * past its end (very late a minute past); early when the clock has not reached its start.
 */
export type Pace = 'early' | 'on-time' | 'late' | 'very-late';

export interface PaceReading {
  readonly pace: Pace;
  /** Seconds early (negative) or late (positive) against the current slide's span; 0 within it. */
  readonly offBy: number;
  /** The whole talk's planned seconds. */
  readonly planned: number;
}

/** Late by more than this is very late: the talk will not make it up on its own. */
const VERY_LATE_S = 60;
/** Earlier than this is worth saying; a little early is on time. */
const EARLY_S = 30;

export function pacing(plannedSeconds: readonly number[], index: number, elapsed: number): PaceReading {
  const planned = plannedSeconds.reduce((sum, seconds) => sum + seconds, 0);
  const start = plannedSeconds.slice(0, index).reduce((sum, seconds) => sum + seconds, 0);
  const end = start + (plannedSeconds[index] ?? 0);
  if (elapsed > end) return { pace: elapsed - end > VERY_LATE_S ? 'very-late' : 'late', offBy: elapsed - end, planned };
  if (elapsed < start - EARLY_S) return { pace: 'early', offBy: elapsed - start, planned };
  return { pace: 'on-time', offBy: 0, planned };
}

/** 75 as "1:15", 3725 as "1:02:05". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
