/**
 * A long talk starts with the work for its far slides deferred, and loses nothing by it: the fixture
 * talk repeated to 120 slides (scripts/measure/long-talk.ts, as the benchmark builds it), built into
 * a temporary folder and served by the deck's server. On a phone, in the scroll view, slides far from
 * the screen are not laid out; a deep link still reaches the last slide in either view, a far chart
 * draws as its slide comes near, and search finds a word on a page that was never laid out (on the
 * small fixture talk: a word only its last slide has).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { longTalk } from '../../../src/node/long-talk.ts';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { deckConfig } from '../../../src/node/deck-config.ts';
import { startStaticServer, type RunningServer } from '../../../src/node/static-server.ts';
import { fixtureTalk } from '../../fixtures/talk/index.ts';
import { currentSlideId, openDeck } from '../support/deck.ts';

const SLIDES = 120;
const talk = longTalk(fixtureTalk, SLIDES);
const ids = renderDeck(talk).slides.map((s) => s.slide.id);
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

let outDir = '';
let server: RunningServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = mkdtempSync(join(tmpdir(), 'deck-long-talk-'));
  await build({
    root: join(import.meta.dirname, '../../..'),
    configFile: false,
    logLevel: 'silent',
    ...deckConfig({ talk, browser: 'tests/fixtures/talk/browser.ts', outDir }),
  });
  server = await startStaticServer({ root: outDir, port: 0 });
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const url = (path: string) => new URL(path, server!.url).href;

/** Whether the browser skips a slide's contents (content-visibility: auto, out of sight): not laid out. */
function pageSkipped(page: Page, slideId: string): Promise<boolean> {
  return page.evaluate((id) => !document.getElementById(id)!.checkVisibility({ contentVisibilityAuto: true }), slideId);
}

test(`the long talk has ${SLIDES} slides with ids of their own`, () => {
  expect(ids).toHaveLength(SLIDES);
  expect(new Set(ids).size).toBe(SLIDES);
});

/** Every slide of the long talk in reveal's slides view, in order, and the last one reachable. */
async function expectEverySlideInSlidesView(page: Page): Promise<void> {
  expect(await page.evaluate(() => [...document.querySelectorAll('.slides > section')].map((s) => s.id))).toEqual(ids);
  await page.evaluate(() => window.Reveal.slide(window.Reveal.getTotalSlides() - 1));
  expect(await currentSlideId(page)).toBe(ids.at(-1));
}

test.describe('on a phone (the scroll view)', () => {
  test.use(PHONE);

  test('slides far from the screen are not laid out', async ({ page }) => {
    await page.goto(url('./'));
    await page.waitForSelector('html[data-deck-ready="true"]');
    expect(await page.evaluate(() => window.Reveal.isScrollView())).toBe(true);
    expect(await pageSkipped(page, ids[0]!)).toBe(false);
    expect(await pageSkipped(page, ids.at(-1)!)).toBe(true);
  });

  test('the article opens on its first pages; the far ones join it in order, with their notes, and stay when it is left', async ({ page }) => {
    // The pages reveal built as the article opened: counted as its activation ends, before any frame.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const pages = document.querySelectorAll('.scroll-page').length;
        if (pages === 0) return;
        (window as unknown as { pagesAtOpen: number }).pagesAtOpen = pages;
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await openDeck(page, url('./'));
    const article = await page.evaluate(() => ({
      atOpen: (window as unknown as { pagesAtOpen: number }).pagesAtOpen,
      pages: [...document.querySelectorAll('.scroll-page')].map((p) => ({ id: p.querySelector('section')!.id, index: p.querySelector('section')!.dataset['indexH'], notes: !!p.querySelector(':scope > .reader-notes'), speaks: !!p.querySelector('section > aside.notes')?.textContent?.trim() })),
      slides: window.Reveal.getTotalSlides(),
    }));
    expect(article.atOpen).toBeLessThan(20);
    expect(article.slides).toBe(SLIDES);
    expect(article.pages.map((p) => p.id)).toEqual(ids);
    expect(article.pages.map((p) => Number(p.index))).toEqual(ids.map((_, i) => i));
    expect(article.pages.filter((p) => p.speaks).length).toBeGreaterThan(SLIDES / 2);
    expect(article.pages.filter((p) => p.speaks !== p.notes).map((p) => p.id), 'pages without their notes beneath').toEqual([]);
    // Left, reveal puts back every slide, the far ones with the others.
    await page.evaluate(() => window.Reveal.toggleScrollView(false));
    await expectEverySlideInSlidesView(page);
  });

  test('left as it opens, before the far pages have joined it, the article gives back every slide', async ({ page }) => {
    // The slides view at reveal's ready event, which comes before the article's first frame.
    await page.addInitScript(() => {
      let deck: { on: (type: string, run: () => void) => void; toggleScrollView: (on: boolean) => void; getSlidesElement: () => Element } | undefined;
      Object.defineProperty(window, 'Reveal', {
        configurable: true,
        get: () => deck,
        set: (value: typeof deck) => {
          deck = value;
          deck?.on('ready', () => {
            (window as unknown as { pagesAtReady: number }).pagesAtReady = deck!.getSlidesElement().querySelectorAll('.scroll-page').length;
            deck!.toggleScrollView(false);
          });
        },
      });
    });
    await page.goto(url('./'));
    await page.waitForSelector('html[data-deck-ready="true"]');
    expect(await page.evaluate(() => (window as unknown as { pagesAtReady: number }).pagesAtReady)).toBeLessThan(20);
    expect(await page.evaluate(() => window.Reveal.isScrollView())).toBe(false);
    await expectEverySlideInSlidesView(page);
  });

  test('a deep link to the last slide lands on it', async ({ page }) => {
    const last = ids.at(-1)!;
    await page.goto(url(`./#/${last}`));
    await page.waitForSelector('html[data-deck-ready="true"]');
    await expect.poll(() => currentSlideId(page)).toBe(last);
    await expect(page.locator(`section#${last} .slide-title`)).toBeInViewport();
  });

  test('a far chart is drawn when its slide comes near, not before', async ({ page }) => {
    const far = ids.filter((id) => id.startsWith('bars')).at(-1)!;
    await page.goto(url('./'));
    await page.waitForSelector('html[data-deck-ready="true"]');
    const figure = page.locator(`section#${far} figure.chart`);
    // Time for anything the start would draw by itself: the next slide's chart waits for idle time.
    await page.waitForTimeout(1500);
    await expect(figure).not.toHaveAttribute('data-chart-state', 'drawn');
    await page.evaluate((id) => window.Reveal.slide(window.Reveal.getSlides().findIndex((s) => s.id === id), 0), far);
    await expect(figure).toHaveAttribute('data-chart-state', 'drawn');
  });
});

test('in the slides view, a deep link to the last slide shows it', async ({ page }) => {
  const last = ids.at(-1)!;
  await page.goto(url(`./?view=slides#/${last}`));
  await page.waitForSelector('html[data-deck-ready="true"]');
  expect(await currentSlideId(page)).toBe(last);
  await expect(page.locator(`section#${last} .slide-title`)).toBeInViewport();
});

test.describe('search on a phone, the small fixture talk', () => {
  test.use(PHONE);

  test('finds a word on a slide whose page was never laid out', async ({ page }) => {
    const fixtureIds = renderDeck(fixtureTalk).slides.map((s) => s.slide.id);
    const last = fixtureIds.at(-1)!;
    await openDeck(page);
    expect(await pageSkipped(page, last)).toBe(true);
    // A word of the last slide that no other slide has.
    const word = await page.evaluate((id) => {
      const words = (el: Element) => new Set((el.textContent ?? '').toLowerCase().match(/[a-z]{6,}/g) ?? []);
      const slides = window.Reveal.getSlides();
      const others = new Set(slides.filter((s) => s.id !== id).flatMap((s) => [...words(s)]));
      return [...words(document.getElementById(id)!)].find((w) => !others.has(w)) ?? '';
    }, last);
    expect(word, 'a word only the last slide has').not.toBe('');
    await page.keyboard.press('Control+Shift+F');
    await page.locator('.searchinput').fill(word);
    await page.locator('.searchinput').press('Enter');
    await expect.poll(() => currentSlideId(page)).toBe(last);
  });
});
