/**
 * A rehearsal run in the speaker view: the time on each slide, with pauses for questions kept apart,
 * and the last runs kept in the browser (localStorage) to compare against. Time comes in as
 * arguments (milliseconds), so the run is plain bookkeeping.
 */
import { toRehearsal, type Rehearsal } from '../../core/rehearsal.ts';
import type { Outline } from './outline.ts';

/** How many past runs the browser keeps per talk. */
const KEPT_RUNS = 10;

export class RehearsalRun {
  readonly startedAt: Date;
  #slide: string;
  #since: number;
  #paused = false;
  #pausedMs = 0;
  #stopped = false;
  readonly #onSlide = new Map<string, number>();

  constructor(slide: string, now: number) {
    this.startedAt = new Date(now);
    this.#slide = slide;
    this.#since = now;
  }

  get paused(): boolean {
    return this.#paused;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Books the time since the last change to the current slide, or to the pause. */
  #settle(now: number): void {
    const spent = Math.max(0, now - this.#since);
    if (this.#paused) this.#pausedMs += spent;
    else this.#onSlide.set(this.#slide, (this.#onSlide.get(this.#slide) ?? 0) + spent);
    this.#since = now;
  }

  /** The deck is on `slide` now (a move back books the time to that slide again). */
  enter(slide: string, now: number): void {
    if (this.#stopped || slide === this.#slide) return;
    this.#settle(now);
    this.#slide = slide;
  }

  setPaused(paused: boolean, now: number): void {
    if (this.#stopped || paused === this.#paused) return;
    this.#settle(now);
    this.#paused = paused;
  }

  stop(now: number): void {
    if (this.#stopped) return;
    this.#settle(now);
    this.#stopped = true;
  }

  /** Seconds on `slide` so far, the running stretch included. */
  secondsOn(slide: string, now: number): number {
    const running = !this.#stopped && !this.#paused && slide === this.#slide ? now - this.#since : 0;
    return ((this.#onSlide.get(slide) ?? 0) + running) / 1000;
  }

  /** The run as the project keeps it: every slide of the talk, in its order, in whole tenths of a second. */
  result(outline: Outline, now: number): Rehearsal {
    const tenths = (seconds: number) => Math.round(seconds * 10) / 10;
    const pausedMs = this.#pausedMs + (!this.#stopped && this.#paused ? now - this.#since : 0);
    return toRehearsal({
      talk: outline.talk,
      date: this.startedAt.toISOString(),
      pausedSeconds: tenths(pausedMs / 1000),
      slides: outline.slides.map(({ id, title, plannedSeconds }) => ({ id, title, plannedSeconds, actualSeconds: tenths(this.secondsOn(id, now)) })),
    });
  }
}

const storageKey = (talk: string) => `deck-rehearsals:${talk}`;

/** The runs kept for `talk`, newest last; anything unreadable in storage is left out. */
export function keptRuns(talk: string): Rehearsal[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(talk)) ?? '[]');
    return (Array.isArray(stored) ? stored : []).flatMap((run: unknown) => {
      try {
        return [toRehearsal(run)];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

export function keepRun(run: Rehearsal): Rehearsal[] {
  const runs = [...keptRuns(run.talk), run].slice(-KEPT_RUNS);
  try {
    localStorage.setItem(storageKey(run.talk), JSON.stringify(runs));
  } catch {
    // Storage full or off (a private window): the run can still be saved as a file.
  }
  return runs;
}
