/**
 * Which Chromium the tests and tools drive: the one place that decides.
 * 1. CHROMIUM_PATH, when set (it must exist);
 * 2. Playwright's own Chromium, when `npx playwright install chromium` has been run;
 * 3. a system Chromium or Chrome on the PATH (Debian's /usr/bin/chromium here), or where macOS and
 *    Windows install them, since their installers put no command on the PATH.
 * When none resolves, `npm test` installs Playwright's (src/node/chromium-install.ts).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Where the usual installers put Chromium and Chrome outside the PATH. */
function installedApps(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome'];
    return ['/Applications', join(env.HOME ?? '', 'Applications')].flatMap((dir) => apps.map((app) => join(dir, app)));
  }
  if (process.platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
    return roots.flatMap((root) => [join(root, 'Chromium', 'Application', 'chrome.exe'), join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  return [];
}

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nInstall one of:\n` +
        '  - Playwright\'s Chromium:  npx playwright install chromium\n' +
        '  - Debian/Ubuntu:          sudo apt-get install -y chromium\n' +
        '  - macOS:                  brew install --cask chromium\n' +
        '  - Windows:                winget install Google.Chrome\n' +
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

/** The first executable `name` on the PATH (`name.exe` on Windows). */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = process.platform === 'win32' ? `${name}.exe` : name;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, file);
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
    const found = onPath(name, env);
    if (found) return found;
  }
  const app = installedApps(env).find(isExecutable);
  if (app) return app;
  throw new BrowserNotFoundError('No Chromium found: CHROMIUM_PATH is unset, Playwright has no browser installed, and none is on the PATH or installed.');
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
