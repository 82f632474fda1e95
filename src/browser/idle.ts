/**
 * Runs work when the page has nothing else to do, or after `timeout` ms at the latest: work the
 * reader does not wait for (the next slide's chart, the notes of slides further down) must not
 * hold up what they are waiting for. Safari has no requestIdleCallback; a timer of `fallbackDelay`
 * ms stands in.
 */
export function whenIdle(run: () => void, timeout: number, fallbackDelay: number): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout });
  else setTimeout(run, fallbackDelay);
}

/** Runs `run` in a task of its own once the next frame is painted: a timer set as that frame is drawn. */
export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run));
}
