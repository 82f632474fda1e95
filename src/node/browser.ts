/**
 * Which Chromium the tests and tools drive: the one place that decides.
 * 1. CHROMIUM_PATH, when set (it must exist);
 * 2. Playwright's own Chromium, when `npx playwright install chromium` has been run;
 * 3. a system Chromium or Chrome on the PATH (Debian's /usr/bin/chromium here).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nInstall one of:\n` +
        '  - Playwright\'s Chromium:  npx playwright install chromium\n' +
        '  - Debian/Ubuntu:          sudo apt-get install -y chromium\n' +
        '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** The Chromium executable to launch, or a clear error saying how to get one. */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (!isExecutable(override)) throw new BrowserNotFoundError(`CHROMIUM_PATH is set to "${override}", but no executable is there.`);
    return override;
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new BrowserNotFoundError('No Chromium found: CHROMIUM_PATH is unset, Playwright has no browser installed, and none is on the PATH.');
}

/**
 * Flags for headless runs here and in CI: no sandbox as root (as Playwright itself does), and no
 * background traffic, since the machine has no network beyond localhost.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for Playwright's `chromium.launch`. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return { executablePath: resolveChromium(), args: [...CHROMIUM_ARGS] };
}
