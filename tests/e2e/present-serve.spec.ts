/**
 * `npm run serve` as a speaker runs it on the presenting laptop: it builds when needed, serves the
 * deck on localhost, prints the URL to open, and says clearly why when it cannot.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { singleFileName } from '../../src/core/file-name.ts';
import { PROJECT_ROOT } from '../../src/node/build.ts';
import { deck } from '../../slides/index.ts';
import { SLIDE_IDS } from './support/deck.ts';
import { READY, readySelector } from '../../src/core/contract.ts';

interface Served {
  readonly url: string;
  readonly output: string;
  readonly child: ChildProcess;
}

const running: ChildProcess[] = [];
test.afterEach(() => {
  // npx and tsx each start a process of their own: stop the whole group the test started.
  for (const child of running.splice(0)) if (child.pid && child.exitCode === null) process.kill(-child.pid);
});

/** Starts `npm run serve -- <args>` (scripts/serve.ts) and waits for the URL it prints. */
function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn('npx', ['tsx', 'scripts/serve.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, detached: true });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /served at (\S+)/.exec(output)?.[1];
      if (url && output.includes('opens from disk')) resolve({ url, output, child });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

function serveAndExit(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['tsx', 'scripts/serve.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

test('prints the URL to open, which shows the deck, and names the single file', async ({ page }) => {
  const { url, output } = await serve(['--port', '0']);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(output).toContain('Press S for the speaker view');
  expect(output).toContain(singleFileName(deck.meta.title));
  await page.goto(url);
  await page.waitForSelector(readySelector(READY.deck));
  expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(SLIDE_IDS.length);
  expect((await fetch(new URL(singleFileName(deck.meta.title), url))).status).toBe(200);
});

test('shared on the network under a sub-path, prints an address this laptop can open', async ({ page }) => {
  const { url } = await serve(['--port', '0', '--host', '0.0.0.0', '--base', '/talks/deepseek']);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/talks\/deepseek\/$/);
  await page.goto(url);
  await page.waitForSelector(readySelector(READY.deck));
});

test('builds the deck first when there is no build', async ({ page }) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'deck-serve-'));
  try {
    const { url, output } = await serve(['--port', '0'], { DECK_OUT_DIR: out });
    expect(output).toMatch(/Building the deck/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, singleFileName(deck.meta.title)))).toBe(true);
    await page.goto(url);
    await page.waitForSelector(readySelector(READY.deck));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a port in use: says so, suggests --port 0, exits with 1', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as { port: number };
  try {
    const { status, output } = serveAndExit(['--port', String(port)]);
    expect(status).toBe(1);
    expect(output).toContain(`Port ${port} is taken: try --port 0`);
  } finally {
    blocker.close();
  }
});

test('bad flags: says what is wrong and shows the usage, exits with 2', () => {
  const unknown = serveAndExit(['--prot', '80']);
  expect(unknown.status).toBe(2);
  expect(unknown.output).toMatch(/Unknown option --prot\.[\s\S]*Usage: npm run serve/);
  const badPort = serveAndExit(['--port', 'eighty']);
  expect(badPort.status).toBe(2);
  expect(badPort.output).toContain('--port must be a whole number from 0 to 65535, got "eighty"');
});
