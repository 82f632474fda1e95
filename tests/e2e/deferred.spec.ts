/**
 * Deferred slides (src/core/render/page.ts, src/browser/deferred-slides.ts): the page holds the first
 * slides whole and the rest as headlines, and fetches their content once the deck has started. Here
 * the fetch is held back, as a slow connection would, to see what a reader meets meanwhile, and
 * broken, to see that the deck says so and keeps what it has.
 */
import { expect, test, type Page } from '@playwright/test';
import { SLIDES_IN_PAGE } from '../../src/core/render/page.ts';
import { ATTR, READY, readySelector } from '../../src/core/contract.ts';
import { collectErrors, currentSlideId, openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';

const DEFERRED_FILE = '**/assets/slides-*.json';
const LAPTOP = { width: 1280, height: 720 };

/** Holds the deferred slides' file back until `release` is called. */
async function holdDeferredFile(page: Page): Promise<{ release: () => void; asked: () => boolean }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(DEFERRED_FILE, async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { release, asked: () => asked };
}

/** The line theme.css shows beneath a deferred slide's headline. */
const waitingLine = (page: Page, id: string) => page.evaluate((slide) => getComputedStyle(document.querySelector(`section#${slide} .slide-body`)!, '::after').content, id);

const deferredIds = (page: Page) => page.locator(`section[${ATTR.deferred}]`).evaluateAll((sections) => sections.map((s) => s.id));

/** The first slide after the page's own whose notes have words to look for. */
const LATER = RENDERED.slides.slice(SLIDES_IN_PAGE).find(({ html }) => /<aside class="notes"[^>]*><p>[^<]{20}/.test(html.markup))!;
const laterNotesStart = /<aside class="notes"[^>]*><p>([^<]{20})/.exec(LATER.html.markup)![1]!;

test('the deck starts without the deferred slides, then puts each in: walking to one shows its content', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize(LAPTOP);
  const file = await holdDeferredFile(page);
  await page.goto('./');
  await page.waitForSelector(readySelector(READY.deck));
  // Ready with the file still held: the start did not wait for it, and the rest are headlines.
  expect(await deferredIds(page)).toEqual(SLIDE_IDS.slice(SLIDES_IN_PAGE));
  await expect(page.locator(`section#${LATER.slide.id} .slide-title`)).toHaveText(LATER.slide.title);
  await expect.poll(file.asked, { message: 'the deck asks for the rest once started' }).toBe(true);
  file.release();
  await page.waitForSelector(readySelector(READY.slides), { state: 'attached' });
  expect(await deferredIds(page)).toEqual([]);
  // Walking there, its notes are in reveal's notes panel: the content is the slide's own.
  await expect
    .poll(async () => {
      await page.keyboard.press('ArrowRight');
      return currentSlideId(page);
    }, { intervals: [100], timeout: 30_000 })
    .toBe(LATER.slide.id);
  expect(await page.evaluate(() => window.Reveal.getSlideNotes())).toContain(laterNotesStart);
  expect(errors).toEqual([]);
});

test('a link to a deferred slide opens on its content; the cost model there takes input', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const target = SLIDE_IDS.indexOf('cost-model') >= SLIDES_IN_PAGE ? 'cost-model' : SLIDE_IDS.at(-1)!;
  await page.goto(`./#/${target}`);
  await page.waitForSelector(readySelector(READY.deck));
  expect(await currentSlideId(page)).toBe(target);
  await expect(page.locator(`section#${target}`)).not.toHaveAttribute(ATTR.deferred);
  await expect(page.locator(`section#${target} aside.notes`)).toHaveCount(1);
  if (target === 'cost-model') await expect(page.locator('section#cost-model input').first()).toBeEnabled();
});

test('the cost model, its content come after the start, takes input (its inputs ship disabled for the page without JavaScript)', async ({ page }) => {
  test.skip(SLIDE_IDS.indexOf('cost-model') < SLIDES_IN_PAGE, 'the cost model is in the page itself');
  await page.setViewportSize(LAPTOP);
  await openDeck(page);
  await page.evaluate((index) => window.Reveal.slide(index), SLIDE_IDS.indexOf('cost-model'));
  const field = page.locator('section#cost-model input[type="range"], section#cost-model input[type="number"]').first();
  await expect(field).toBeEnabled();
});

test('search opened while the rest is still on its way finds words on a deferred slide', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const file = await holdDeferredFile(page);
  await page.goto('./');
  await page.waitForSelector(readySelector(READY.deck));
  await page.keyboard.press('Control+Shift+F');
  const box = page.getByRole('searchbox', { name: 'Search the slides' });
  await expect(box).toBeFocused();
  file.release();
  await page.waitForSelector(readySelector(READY.slides), { state: 'attached' });
  await box.pressSequentially(laterNotesStart.trim().split(/\s+/).slice(0, 4).join(' '));
  await box.press('Enter');
  await expect.poll(() => currentSlideId(page)).toBe(LATER.slide.id);
});

test('when the rest cannot be fetched, the deck says why and keeps every headline', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.route(DEFERRED_FILE, (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto('./');
  await page.waitForSelector(readySelector(READY.deck));
  await expect.poll(() => errors.join('\n')).toMatch(/rest of the slides could not be fetched from .*slides-.*\.json \(HTTP 404\): the site lacks the file/);
  expect(await page.locator(`section[${ATTR.deferred}] .slide-title`).count()).toBe(SLIDE_IDS.length - SLIDES_IN_PAGE);
  await expect.poll(() => waitingLine(page, LATER.slide.id)).toMatch(/could not be loaded: check the connection and reload/);
  // The deck still moves, onto a headline.
  await page.keyboard.press('End');
  await expect.poll(() => currentSlideId(page)).toBe(SLIDE_IDS.at(-1));
  await expect(page.locator(readySelector(READY.slides))).toHaveCount(0);
});

test('a link to a deferred slide on a connection that hangs: the deck starts on its headline, and its content follows', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const file = await holdDeferredFile(page);
  await page.goto(`./#/${LATER.slide.id}`);
  await page.waitForSelector(readySelector(READY.deck), { timeout: 10_000 });
  expect(await currentSlideId(page)).toBe(LATER.slide.id);
  await expect(page.locator(`section#${LATER.slide.id}`)).toHaveAttribute(ATTR.deferred);
  await expect(page.locator(`section#${LATER.slide.id} .slide-title`)).toBeVisible();
  expect(await waitingLine(page, LATER.slide.id)).toMatch(/on its way/);
  file.release();
  await expect(page.locator(`section#${LATER.slide.id} aside.notes`)).toHaveCount(1);
  await page.waitForSelector(readySelector(READY.slides), { state: 'attached' });
  expect(await page.evaluate(() => window.Reveal.getSlideNotes())).toContain(laterNotesStart);
});

test('a reader who moves while the page is still loading (a font held back) gets the later slide at once', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  // The page's load event waits for its fonts; the deferred file is asked for after it, or as soon as the reader moves.
  await page.route('**/*.woff2', () => new Promise(() => undefined));
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector(readySelector(READY.deck));
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  await page.evaluate((index) => window.Reveal.slide(index), SLIDE_IDS.indexOf(LATER.slide.id));
  await expect(page.locator(`section#${LATER.slide.id} aside.notes`)).toHaveCount(1);
  expect(await page.evaluate(() => window.Reveal.getSlideNotes())).toContain(laterNotesStart);
});

test('leaving the phone article puts back the slides as they were; the ready flag waits until they are in again', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page);
  expect(await page.evaluate(() => window.Reveal.isScrollView())).toBe(true);
  // reveal puts back the slides as the view was entered, at the start: the deferred ones as headlines.
  const after = await page.evaluate(
    ([attr, flag]) => {
      window.Reveal.toggleScrollView(false);
      return { shells: document.querySelectorAll(`section[${attr}]`).length, flag: document.documentElement.hasAttribute(flag) };
    },
    [ATTR.deferred, READY.slides] as const,
  );
  expect(after.shells === 0 || !after.flag, JSON.stringify(after)).toBe(true);
  await page.waitForSelector(readySelector(READY.slides), { state: 'attached' });
  expect(await deferredIds(page)).toEqual([]);
});

test('in the phone article the rest is asked for only once the first slide is painted', async ({ page }) => {
  // The article picks its first page as it opens, a slide change before anything is painted: asked
  // for then, the file shared the network with the first slide, and Lighthouse counted it into the
  // largest paint (2.2 s became 3.1 s at 200 slides).
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page);
  const times = await page.evaluate(() => ({
    article: window.Reveal.isScrollView(),
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    asked: performance.getEntriesByType('resource').find((entry) => entry.name.includes('/assets/slides-'))?.startTime,
  }));
  expect(times.article).toBe(true);
  expect(times.painted, 'a first contentful paint').toBeGreaterThan(0);
  expect(times.asked, JSON.stringify(times)).toBeGreaterThan(times.painted!);
});
