/**
 * `npm run bench:present`: what presenting costs. Prints the single file's size, how long it takes to
 * open from disk (file://) and the served deck from localhost until the first slide is ready with its
 * fonts, how long the speaker view takes to connect, and the live relay of `npm run present`: a key
 * press to 300 followers, memory per follower, reconnecting after a restart (scripts/measure/live-relay.ts).
 * A benchmark, not a test: it prints figures, with the machine's load average beside them.
 */
import { statSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { singleFileName } from '../src/core/file-name.ts';
import { chromiumLaunchOptions } from '../src/node/browser.ts';
import { DIST_DIR, ensureBuilt } from '../src/node/build.ts';
import { liveRelayRows } from './measure/live-relay.ts';
import { kib } from './measure/payload.ts';
import { startStaticServer } from '../src/node/static-server.ts';
import { talk } from '../vite.config.ts';
import { runCommand } from '../src/node/cli.ts';
import { READY, readySelector, SPEAKER_ID } from '../src/core/contract.ts';

const USAGE = `Usage: npm run bench:present

Prints the single file's size and how fast it opens from disk, how fast the served deck shows its
first slide, how fast the speaker view connects, and the live relay's figures over 127.0.0.1
(300 followers; it stops after two minutes at most).
  --help   show this help`;

/** The whole run stops by then, whatever hangs: a benchmark must end. */
const TIME_LIMIT_MS = 120_000;

const RUNS = 5;

/** Median milliseconds from navigation until the deck is ready and its fonts are loaded, in a fresh page each run. */
async function timeToReady(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await page.waitForSelector(readySelector(READY.deck));
    await page.evaluate('document.fonts.ready');
    times.push(performance.now() - start);
    await context.close();
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
}

/** Milliseconds from pressing S until the speaker view has connected and both previews are ready. */
async function timeToSpeakerView(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(readySelector(READY.deck));
  const start = performance.now();
  const opened = context.waitForEvent('page');
  await page.keyboard.press('s');
  const speaker = await opened;
  await speaker.waitForSelector(`#${SPEAKER_ID.connection}`, { state: 'hidden' });
  for (const preview of [SPEAKER_ID.current, SPEAKER_ID.next]) {
    await speaker.frameLocator(`#${preview}`).locator(readySelector(READY.deck)).waitFor({ state: 'attached' });
  }
  const ms = Math.round(performance.now() - start);
  await context.close();
  return ms;
}

async function main(): Promise<void> {
  setTimeout(() => {
    console.error(`bench:present took longer than ${TIME_LIMIT_MS / 1000} s and was stopped.`);
    process.exit(1);
  }, TIME_LIMIT_MS).unref();
  ensureBuilt(talk);
  const file = join(DIST_DIR, singleFileName(talk.meta.title));
  const size = statSync(file).size;
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  const server = await startStaticServer({ root: DIST_DIR, port: 0 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const fileUrl = pathToFileURL(file).href;
    const rows = [
      ['single file size', `${kib(size)} raw, ${kib(gzip)} gzip`],
      [`open from disk (file://), median of ${RUNS}`, `${await timeToReady(browser, fileUrl)} ms to the first slide with its fonts`],
      [`open from npm run serve, median of ${RUNS}`, `${await timeToReady(browser, server.url)} ms to the first slide with its fonts`],
      ['speaker view from disk', `${await timeToSpeakerView(browser, fileUrl)} ms from S to connected, previews ready`],
      ['speaker view from npm run serve', `${await timeToSpeakerView(browser, server.url)} ms from S to connected, previews ready`],
      ...(await liveRelayRows(browser)),
      ['load average (1, 5, 15 min)', loadavg().map((load) => load.toFixed(2)).join(', ')],
    ];
    const width = Math.max(...rows.map(([label]) => label!.length));
    for (const [label, value] of rows) console.log(`${label!.padEnd(width)}  ${value}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

runCommand({ usage: USAGE, options: {} }, main);
