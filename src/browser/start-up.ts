/**
 * reveal.js starts in one go: every plugin's init, then its `start` (its set-up, the first layout,
 * the slide in the address), then, on a phone, the scroll view built around every slide. On a phone
 * with the CPU slowed four times, as Lighthouse's mobile profile runs it, that was one task of about
 * 350 ms for this talk, and a tap waits for a task to end. So the start is cut into tasks, at the two
 * places reveal leaves open:
 * 1. a plugin whose init returns a promise: reveal waits for it before its next plugin and its
 *    `start`, so this plugin, last, lets the browser in between the plugins' init and `start`;
 * 2. a timer set as that promise resolves, which runs just after `start`: work handed to `afterStart`
 *    (the scroll view a phone opens in, view-choice.ts) runs in a task of its own, before reveal's
 *    ready event (which reveal times 1 ms after `start` ends, so it always comes later).
 */
import type { RevealPlugin } from 'reveal.js';

export interface StartUpPlugin extends RevealPlugin {
  /** Runs `step` in a task of its own once reveal has started, before its ready event. */
  afterStart(step: () => void): void;
}

export function startUp(): StartUpPlugin {
  // Steps handed over during the plugins' init; once they have run, a later one runs at once.
  let steps: (() => void)[] | null = [];
  const runSteps = () => {
    const due = steps ?? [];
    steps = null;
    due.forEach((step) => step());
  };
  return {
    id: 'start-up',
    init: () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          setTimeout(runSteps);
          resolve();
        });
      }),
    afterStart: (step) => (steps ? steps.push(step) : step()),
  };
}
