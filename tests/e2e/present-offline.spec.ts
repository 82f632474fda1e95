/**
 * Offline: the built deck asks no other host for anything (fonts, images, scripts, frames) in the
 * scroll view and the print view (while it is presented with the speaker view: walk.spec.ts). Every
 * request of every page and frame is recorded; any that leaves the deck's origin fails the test (and
 * is stopped, so the test never depends on a network). The check itself is shown to catch one.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, openDeck } from './support/deck.ts';
import { recordRequests } from './support/requests.ts';

test('the scroll view and the print view request nothing from another host', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests = await recordRequests(page.context(), origin);
  const errors = collectErrors(page);
  await openDeck(page, '?view=scroll');
  await page.mouse.wheel(0, 100_000);
  await page.evaluate(() => document.fonts.ready);
  await page.goto('./?print-pdf');
  await page.waitForSelector('html[data-pdf-ready]');
  await page.waitForSelector('html[data-charts-ready]');
  expect(requests.elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('without the page’s Content-Security-Policy, which would block it first', () => {
  test.use({ bypassCSP: true });

  test('the check catches a request to another host', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests = await recordRequests(page.context(), origin);
    await openDeck(page);
    // A web font from a CDN, as a theme's @import would bring in.
    await page.evaluate(() => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'https://fonts.googleapis.com/css2?family=Inter';
      document.head.append(link);
    });
    await expect.poll(() => requests.elsewhere).toEqual(['stylesheet https://fonts.googleapis.com/css2?family=Inter']);
  });
});
