/**
 * The live relay's figures for `npm run bench:present`, over 127.0.0.1 only: `npm run present` runs
 * in a process of its own (so its memory is the relay's alone), a real browser presents, 300 plain
 * WebSocket clients follow, and then one real browser follows beside them, timed on a pass of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import WebSocket from 'ws';
import { PROJECT_ROOT } from '../../src/node/build.ts';
import { ATTR, CHART_DRAWN, READY, readySelector, SELECTOR } from '../../src/core/contract.ts';
import { percentile } from './percentile.ts';

const FOLLOWERS = 300;
const PRESSES = 20;

interface Present {
  readonly child: ChildProcess;
  readonly presenter: string;
  readonly follow: string;
  readonly port: number;
}

/** Starts `npm run present` on loopback and waits for the addresses it prints. */
function startPresent(port: number): Promise<Present> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts/present.ts'), '--host', '127.0.0.1', '--port', String(port)], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`npm run present exited with ${code} before it printed its addresses:\n${out}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const presenter = /^Presenter: (\S+)$/m.exec(out)?.[1];
      const follow = /^Follow: (\S+)$/m.exec(out)?.[1];
      if (presenter && follow) resolve({ child, presenter, follow, port: Number(new URL(follow).port) });
    });
  });
}

function stop(present: Present): Promise<void> {
  return new Promise((resolve) => {
    present.child.removeAllListeners('exit');
    present.child.once('exit', () => resolve());
    present.child.kill('SIGTERM');
  });
}

/** Resident memory of a process, in bytes (Linux). */
function rss(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) * 1024 : NaN;
}

/** The wall clock in ms with sub-ms precision, the same in Node and in the page. */
const now = () => performance.timeOrigin + performance.now();

interface Follower {
  readonly socket: WebSocket;
  /** When each state message arrived. */
  readonly arrivals: number[];
}

function follower(follow: string): Promise<Follower> {
  const url = new URL('live', follow.replace(/^http/, 'ws'));
  const socket = new WebSocket(url, { headers: { origin: new URL(follow).origin } });
  const arrivals: number[] = [];
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', role: 'follower' })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'welcome') resolve({ socket, arrivals });
      else if (message.type === 'state') arrivals.push(now());
    });
  });
}

/** The presenter's own socket, as the deck opens it, without the deck: the relay's part of the time alone. */
function presenterSocket(presenter: string): Promise<WebSocket> {
  const url = new URL(presenter);
  const key = new URLSearchParams(url.hash.slice(1)).get('live')!;
  const socket = new WebSocket(new URL('live', url.href.replace(/^http/, 'ws').replace(/#.*/, '')), { headers: { origin: url.origin } });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', role: 'presenter', key })));
    socket.once('message', () => resolve(socket));
  });
}

/** Milliseconds from `act` until every follower has one more state message than before it, per follower. */
async function timeToAll(followers: readonly Follower[], act: () => Promise<void> | void): Promise<number[]> {
  const counts = followers.map((one) => one.arrivals.length);
  const started = now();
  await act();
  const deadline = Date.now() + 5000;
  while (followers.some((one, i) => one.arrivals.length === counts[i]) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  return followers.flatMap((one, i) => (one.arrivals.length > counts[i]! ? [one.arrivals[counts[i]!]! - started] : []));
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Waits as a speaker talks over a slide before the next press: in idle time the deck fetches
 * Chart.js and draws the next slide's charts (charts/lifecycle.ts), and a speaker's press comes
 * seconds later. Pressing the moment the followers have the last step would time a press queued
 * behind that drawing (a chart is one task of up to 100 ms on these 2 cores), not the relay.
 */
async function speakerPause(page: Page): Promise<void> {
  await page.waitForFunction(
    ([selector, state, drawn]) => {
      const slides = window.Reveal.getSlides();
      const next = slides[slides.indexOf(window.Reveal.getCurrentSlide()) + 1];
      return [...(next?.querySelectorAll(selector) ?? [])].every((figure) => figure.getAttribute(state) === drawn);
    },
    [SELECTOR.chart, ATTR.chartState, CHART_DRAWN] as const,
    { timeout: 10_000 },
  );
  // And until the page has a moment with nothing to do.
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 1000 })));
}

/** Opens the deck as the room does, and waits as the speaker talks over the title slide. */
async function openDeck(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await page.goto(url);
  await page.waitForSelector(readySelector(READY.deck));
  await speakerPause(page);
  return page;
}

/** Resolves once the page's socket gets a welcome from the relay (a new one after a restart). */
function welcomed(page: Page): Promise<number> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => String(payload).includes('"welcome"') && resolve(now())));
  });
}

export async function liveRelayRows(browser: Browser): Promise<string[][]> {
  let present = await startPresent(0);
  const followers: Follower[] = [];
  try {
    // The room as at a talk: the speaker opens the deck, then the room joins (the relay tells the
    // presenter of each one) and follows. The presenter's browser and the relay share a laptop; the
    // followers' phones are elsewhere. Here the 300 share this machine's cores too, so the browser
    // follower is timed on a pass of its own.
    const presenter = await openDeck(browser, present.presenter);
    const before = rss(present.child.pid!);
    for (let i = 0; i < FOLLOWERS; i++) followers.push(await follower(present.follow));
    const perFollower = (rss(present.child.pid!) - before) / FOLLOWERS;

    const latencies: number[] = [];
    let firstPress = 0;
    for (let press = 0; press < PRESSES; press++) {
      await speakerPause(presenter);
      const times = await timeToAll(followers, () => presenter.keyboard.press('ArrowRight'));
      if (press === 0) firstPress = Math.max(...times);
      latencies.push(...times);
    }

    const browserFollower = await openDeck(browser, present.follow);
    await browserFollower.evaluate(() => {
      const seen: number[] = ((window as unknown as { seen: number[] }).seen = []);
      for (const type of ['slidechanged', 'fragmentshown']) window.Reveal.on(type, () => seen.push(performance.timeOrigin + performance.now()));
    });
    const browserLatencies: number[] = [];
    for (let press = 0; press < PRESSES; press++) {
      await Promise.all([speakerPause(presenter), speakerPause(browserFollower)]);
      const seenBefore = await browserFollower.evaluate(() => (window as unknown as { seen: number[] }).seen.length);
      const pressed = now();
      await timeToAll(followers, () => presenter.keyboard.press('ArrowRight'));
      const seen = await browserFollower.waitForFunction((n) => (window as unknown as { seen: number[] }).seen[n], seenBefore, { timeout: 5000 }).then((handle) => handle.jsonValue() as Promise<number>);
      browserLatencies.push(seen - pressed);
    }
    latencies.sort((a, b) => a - b);
    browserLatencies.sort((a, b) => a - b);
    const missed = FOLLOWERS * PRESSES - latencies.length;

    // The relay's part alone: a presenter's message straight from a socket, no browser in between.
    await presenter.context().close();
    const direct = await presenterSocket(present.presenter);
    const relayOnly: number[] = [];
    for (let step = 0; step < PRESSES; step++) relayOnly.push(...(await timeToAll(followers, () => direct.send(JSON.stringify({ type: 'state', h: step % 10, v: 0, f: -1 })))));
    relayOnly.sort((a, b) => a - b);
    direct.close();

    // The relay restarts: the same port, a new run. The browser follower comes back on its own.
    const back = welcomed(browserFollower);
    const down = now();
    await stop(present);
    for (const one of followers) one.socket.terminate();
    followers.length = 0;
    await new Promise((r) => setTimeout(r, 1000));
    present = await startPresent(present.port);
    const up = now();
    const rejoined = await Promise.race([back, new Promise<number>((r) => setTimeout(() => r(NaN), 20_000))]);

    return [
      [`key press to ${FOLLOWERS} followers' state, ${PRESSES} presses`, `median ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1)!)}${missed ? `, ${missed} not received` : ''}; the first press ${ms(firstPress)} (goal: p99 < 100 ms)`],
      [`presenter message to ${FOLLOWERS} followers, ${PRESSES} messages`, `median ${ms(percentile(relayOnly, 50))}, p99 ${ms(percentile(relayOnly, 99))} (the relay alone, no browser)`],
      ['key press to a browser follower\'s slide change', `median ${ms(percentile(browserLatencies, 50))}, p99 ${ms(percentile(browserLatencies, 99))} (beside the ${FOLLOWERS})`],
      ['relay memory per follower', `${(perFollower / 1024).toFixed(1)} KiB resident (npm run present's process, ${FOLLOWERS} sockets)`],
      ['reconnect after the relay restarts', `browser follower back ${ms(rejoined - up)} after the new relay listened (relay down ${ms(up - down)})`],
    ];
  } finally {
    for (const one of followers) one.socket.terminate();
    await stop(present);
  }
}
