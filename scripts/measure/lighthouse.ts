/** Runs Lighthouse 12 on a URL with the resolved Chromium, and keeps the scores and metrics we budget. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, resolveChromium } from '../../src/node/browser.ts';

export interface LighthouseResult {
  readonly formFactor: 'mobile' | 'desktop';
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly fcpMs: number;
  readonly transferKiB: number;
  /** The whole Lighthouse report, to find out why a score is what it is. */
  readonly report: unknown;
}

/** Starts headless Chromium with a DevTools port Lighthouse can drive; resolves once it listens. */
function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'deck-lh-'));
  const child = spawn(resolveChromium(), [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The profile can only be removed once Chromium has exited and stopped writing to it.
  const stop = () =>
    new Promise<void>((done) => {
      const cleanUp = () => {
        // Chromium's helper processes can outlive the browser for a moment and keep writing their
        // cache; a profile left in the temp folder is untidy, not a reason to lose the measurements.
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        } catch (error) {
          console.warn(`Could not remove Chromium's temporary profile ${profile}: ${(error as Error).message}`);
        }
        done();
      };
      if (child.exitCode !== null) return cleanUp();
      child.once('exit', cleanUp);
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Chromium did not open a DevTools port within 20 s:\n${output}`));
    }, 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before Lighthouse could start:\n${output}`));
    });
  });
}

export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseResult> {
  const chrome = await startChromium();
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result.');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      formFactor,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      cls: Number(metric('cumulative-layout-shift').toFixed(3)),
      fcpMs: Math.round(metric('first-contentful-paint')),
      transferKiB: Math.round(metric('total-byte-weight') / 1024),
      report: result.lhr,
    };
  } finally {
    await chrome.stop();
  }
}
