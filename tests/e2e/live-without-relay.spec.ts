/**
 * Without `npm run present` the deck follows no one and nothing breaks: the single file from disk
 * and the deck on a plain static host (npm run serve) open no socket; a Follow address on a static
 * host tries the relay a few times, then stops, and the deck works as ever.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DIST_DIR } from '../../src/node/build.ts';
import { singleFileName } from '../../src/core/file-name.ts';
import { CLASS, QUERY, READY, readySelector } from '../../src/core/contract.ts';
import { deck } from '../../slides/index.ts';
import { SLIDE_IDS, currentSlideId } from './support/deck.ts';

function countSockets(page: Page): () => number {
  let sockets = 0;
  page.on('websocket', () => sockets++);
  return () => sockets;
}

async function stillADeck(page: Page): Promise<void> {
  await page.waitForSelector(readySelector(READY.deck));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => currentSlideId(page)).toBe(SLIDE_IDS[1]);
  await expect(page.locator(`.${CLASS.followBack}`)).toBeHidden();
}

test('the single file from disk opens no socket, even with ?follow', async ({ page }) => {
  const sockets = countSockets(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pathToFileURL(join(DIST_DIR, singleFileName(deck.meta.title))).href}?${QUERY.follow}`);
  await stillADeck(page);
  await page.waitForTimeout(1000);
  expect(sockets()).toBe(0);
  expect(errors).toEqual([]);
});

test('the deck on a static host opens no socket, and a Follow address there gives up after a few tries', async ({ page }) => {
  const sockets = countSockets(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await stillADeck(page);
  await page.waitForTimeout(1000);
  expect(sockets()).toBe(0);

  await page.goto(`./?${QUERY.follow}`);
  await stillADeck(page);
  // Three tries, 0.25-2 s apart, then none.
  await page.waitForTimeout(6000);
  const tried = sockets();
  expect(tried).toBeGreaterThan(0);
  expect(tried).toBeLessThanOrEqual(3);
  await page.waitForTimeout(3000);
  expect(sockets()).toBe(tried);
  expect(errors).toEqual([]);
});
