/** Failures every export can meet, with the message a user sees. */

/** The page or its checks reported problems; the message lists them all. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(readonly problems: readonly string[]) {
    super(`the page reported ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Chromium exited or crashed while the export used it. Playwright's own text for this ("Target page,
 * context or browser has been closed") says nothing a user can act on; this says what to do.
 */
export class BrowserClosedError extends Error {
  override name = 'BrowserClosedError';
  constructor(cause?: unknown) {
    super('the browser closed during the export; nothing was written; run it again', { cause });
  }
}
