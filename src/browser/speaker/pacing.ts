/**
 * Pacing against the plan: each slide's data-timing is its planned share, their sum the talk's
 * length. Pure arithmetic on seconds, so the speaker view and its tests agree on what "behind" means.
 */

/** Seconds planned for the whole talk: the sum of every slide's planned seconds. */
export function plannedSeconds(slides: readonly { readonly plannedSeconds: number }[]): number {
  return slides.reduce((total, slide) => total + slide.plannedSeconds, 0);
}

export type Pace = 'ahead' | 'on-track' | 'behind';

export interface TalkPace {
  readonly pace: Pace;
  /** How far ahead of the planned start of this slide, or behind its planned end; 0 on track. */
  readonly bySeconds: number;
}

/**
 * Where the talk stands on slide `index` after `elapsed` seconds: on track while the elapsed time
 * lies within the slide's planned window, ahead before it opens, behind once it has closed.
 */
export function talkPace(slides: readonly { readonly plannedSeconds: number }[], index: number, elapsed: number): TalkPace {
  const start = plannedSeconds(slides.slice(0, index));
  const end = start + (slides[index]?.plannedSeconds ?? 0);
  if (elapsed < start) return { pace: 'ahead', bySeconds: start - elapsed };
  if (elapsed > end) return { pace: 'behind', bySeconds: elapsed - end };
  return { pace: 'on-track', bySeconds: 0 };
}

/** 75 -> "1:15", 3725 -> "1:02:05"; negative with a minus sign. */
export function clock(seconds: number): string {
  const whole = Math.floor(Math.abs(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${seconds < 0 ? '-' : ''}${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
