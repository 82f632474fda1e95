/**
 * Gets the end-to-end tests a Chromium when none resolves (src/node/browser.ts), so that a fresh
 * clone needs nothing but `npm install` and `npm test`: Playwright's own installer downloads its
 * Chromium, with its progress shown. `npm install` downloads no browser; only the test run does,
 * and only when it must.
 *
 * Where the download host cannot be reached (no network, a firewall, a proxy that refuses), the
 * installer's retries and stack traces say nothing a newcomer can act on, so they are replaced by
 * one line naming the two fixes.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { BrowserNotFoundError, resolveChromium } from './browser.ts';

/** The two ways to a Chromium without Playwright's download, for every message that needs them. */
export const CHROMIUM_FIXES =
  'install Chromium from the system\'s packages (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; ' +
  'Windows: winget install Google.Chrome) or set CHROMIUM_PATH to a Chromium or Chrome executable';

/** No Chromium, and none could be installed: its message is the one line to show. */
export class ChromiumUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumUnavailableError';
  }
}

/** Failures that mean the download host was not reached, as Node and Playwright's downloader word them. */
const UNREACHABLE =
  /\b(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNABORTED|EPROTO|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\b|socket hang up|timed? ?out|server returned code \d+/i;

/** The first line of the installer's output that says why the host was not reached, if one does. */
export function unreachableReason(output: string): string | undefined {
  return output
    .split('\n')
    .map((line) => line.replace(/^\s*Error:\s*/, '').trim())
    .find((line) => UNREACHABLE.test(line));
}

/** Lines that show the download advancing: "|■■■■   |  40% of 170 MiB" or "170 MiB [====] 40% 3.1s". */
const PROGRESS = /\d+%/;

export interface InstallLog {
  /** Where progress goes: each line as the installer prints it. */
  readonly line: (text: string) => void;
}

/**
 * Runs `playwright install --no-shell chromium` (the full Chromium, which `resolveChromium` looks for;
 * not the headless shell, which would be a second download nothing here uses). Its lines are passed
 * on from the first sign of progress; before that they are held, so that a download that never
 * starts shows none of its retries. Resolves with the installer's exit code and all it printed.
 */
function runInstaller(log: InstallLog): Promise<{ code: number; output: string }> {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'install', '--no-shell', 'chromium'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    let held: string[] = [];
    let started = false;
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      for (const line of text.split(/\r?\n|\r/).filter((l) => l.trim())) {
        if (!started && PROGRESS.test(line)) {
          started = true;
          held.forEach(log.line);
          held = [];
        }
        if (started) log.line(line);
        else held.push(line);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * The Chromium to test with: the one that resolves, or Playwright's, installed now. Throws
 * ChromiumUnavailableError (one line) when the download host cannot be reached, and
 * BrowserNotFoundError when CHROMIUM_PATH names no executable (a setting to fix, not to override).
 */
export async function ensureChromium(log: InstallLog): Promise<string> {
  try {
    return resolveChromium();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError) || process.env.CHROMIUM_PATH) throw error;
  }
  log.line('No Chromium found (CHROMIUM_PATH unset, none on the PATH): installing Playwright\'s Chromium (roughly 170 MB, once)...');
  const { code, output } = await runInstaller(log);
  const reason = unreachableReason(output);
  if (code !== 0 && reason) {
    throw new ChromiumUnavailableError(`Cannot download Playwright's Chromium (${reason}): ${CHROMIUM_FIXES}.`);
  }
  if (code !== 0) {
    throw new ChromiumUnavailableError(`Playwright's Chromium installer failed (exit ${code}):\n${output.trim()}\nOr ${CHROMIUM_FIXES}.`);
  }
  return resolveChromium();
}
