/**
 * Offline: the built deck asks no other host for anything (fonts, images, scripts, frames) while it
 * is presented, in the speaker view, the scroll view and the print view. Every request of every page
 * and frame is recorded; any that leaves the deck's origin fails the test (and is stopped, so the
 * test never depends on a network).
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { collectErrors, openDeck, SLIDE_IDS } from './support/deck.ts';
import { openSpeakerView, walkWithClicker } from './support/present.ts';

/** Records every request the context makes; those to another origin are also aborted. */
async function recordRequests(context: BrowserContext, origin: string): Promise<{ all: string[]; elsewhere: string[] }> {
  const all: string[] = [];
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    all.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) elsewhere.push(`${request.resourceType()} ${url}`);
  });
  await context.route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin,
    (route) => route.abort('internetdisconnected'),
  );
  return { all, elsewhere };
}

test('presenting the whole deck, with the speaker view, requests nothing from another host', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests = await recordRequests(page.context(), origin);
  const errors = collectErrors(page);
  await openDeck(page);
  const speaker = await openSpeakerView(page);
  const seen = await walkWithClicker(page);
  expect(seen).toEqual(SLIDE_IDS);
  // Everything the speaker's keys open: overview, help, jump, black screen.
  for (const key of ['o', 'o', 'Shift+Slash', 'Escape', 'b', 'b']) await page.keyboard.press(key);
  await expect.poll(() => speaker.locator('.speaker-controls-notes .value').textContent()).not.toBe('');
  await page.evaluate(() => document.fonts.ready);

  expect(requests.elsewhere).toEqual([]);
  expect(errors).toEqual([]);
  // The check saw the deck's own files: the page, its script, style and fonts, the speaker view's frames.
  const own = requests.all.filter((url) => url.startsWith(origin));
  expect(own.some((url) => /\.woff2$/.test(url))).toBe(true);
  expect(own.some((url) => /\.js$/.test(url))).toBe(true);
  expect(own.filter((url) => url.includes('?receiver')).length).toBe(2);
});

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
