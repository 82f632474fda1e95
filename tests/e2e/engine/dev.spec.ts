/**
 * The dev server (`npm start`) renders the talk as it is now: edit a slide and the open page
 * reloads with the edit. Runs on the fixture talk, whose file the test changes and restores.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../../../src/node/build.ts';
import { READY, readySelector } from '../../../src/core/contract.ts';

const TALK_FILE = resolve(PROJECT_ROOT, 'tests/fixtures/talk/index.ts');
const original = readFileSync(TALK_FILE, 'utf8');

let server: ViteDevServer;
let url: string;

test.beforeAll(async () => {
  // A fixed port: Vite restarts the server on the same port when a file its config imports changes.
  server = await createServer({ configFile: resolve(PROJECT_ROOT, 'tests/fixtures/vite.config.ts'), logLevel: 'error', server: { port: Number(process.env.DEV_E2E_PORT ?? 5175) + 1, strictPort: true } });
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
});

test.afterAll(async () => {
  writeFileSync(TALK_FILE, original);
  await server?.close();
});

test('editing a slide reloads the open page with the edit', async ({ page }) => {
  await page.goto(`${url}#/statement`);
  await page.waitForSelector(readySelector(READY.deck), { timeout: 30_000 });
  const heading = page.locator('section#statement .slide-title');
  await expect(heading).toHaveText('One sentence carries the point');
  // The reloaded page hears of the next edit once its Vite client is connected again: a change made
  // while it is still loading reaches no one (as for a speaker who saves twice within a second).
  const reconnected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 30_000 });
  try {
    writeFileSync(TALK_FILE, original.replace("title: 'One sentence carries the point'", "title: 'An edited sentence carries the point'"));
    await expect(heading).toHaveText('An edited sentence carries the point', { timeout: 30_000 });
    await reconnected;
  } finally {
    writeFileSync(TALK_FILE, original);
  }
  // And back, once the file is as it was.
  await expect(heading).toHaveText('One sentence carries the point', { timeout: 30_000 });
});
