/**
 * The step before the end-to-end tests: makes sure a Chromium resolves, installing Playwright's when
 * none does (src/node/chromium-install.ts). Exit codes: 0 a Chromium is there, 1 none could be had.
 */
import { BrowserNotFoundError } from '../src/node/browser.ts';
import { ChromiumUnavailableError, ensureChromium } from '../src/node/chromium-install.ts';
import { runCommand } from '../src/node/cli.ts';

const USAGE = `Usage: npx tsx scripts/ensure-chromium.ts

The step before the end-to-end tests (npm run test:e2e): makes sure a Chromium resolves, installing
Playwright's with its progress when none does; where its download host cannot be reached, one line
names the two fixes.
  --help   show this help`;

runCommand({ usage: USAGE, options: {} }, async () => {
  try {
    await ensureChromium({ line: (text) => console.log(text) });
  } catch (error) {
    // The message is the one line a newcomer reads; anything else is a bug with its stack.
    if (error instanceof ChromiumUnavailableError || error instanceof BrowserNotFoundError) throw new Error(error.message, { cause: error });
    throw error;
  }
});
