/**
 * The step before the end-to-end tests: makes sure a Chromium resolves, installing Playwright's when
 * none does (src/node/chromium-install.ts). Exit codes: 0 a Chromium is there, 1 none could be had.
 */
import { BrowserNotFoundError } from '../src/node/browser.ts';
import { ChromiumUnavailableError, ensureChromium } from '../src/node/chromium-install.ts';

ensureChromium({ line: (text) => console.log(text) }).then(
  () => undefined,
  (error: unknown) => {
    if (!(error instanceof ChromiumUnavailableError || error instanceof BrowserNotFoundError)) throw error;
    console.error(error.message);
    process.exit(1);
  },
);
