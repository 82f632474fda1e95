/** Helpers every end-to-end spec shares: open the deck, wait until it is ready, collect errors. */
import { expect, type Page } from '@playwright/test';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { deck } from '../../../slides/index.ts';
import { READY, readySelector } from '../../../src/core/contract.ts';

/** The slides as the build renders them (the Sources slide may become several). */
export const RENDERED = renderDeck(deck);
export const SLIDE_IDS = RENDERED.slides.map((s) => s.slide.id);

/** Errors the page reports: console errors, uncaught exceptions and failed requests. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A navigation cancels the old page's requests still in flight (ERR_ABORTED): nothing a reader sees.
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} (${reason})`);
  });
  return errors;
}

/**
 * Opens the deck at a path (e.g. "#/cost-debate" or "?view=scroll") and waits for reveal to be ready
 * and every deferred slide's content to be in the page.
 */
export async function openDeck(page: Page, path = ''): Promise<void> {
  await page.goto(path.startsWith('#') || path.startsWith('?') ? `./${path}` : path);
  await page.waitForSelector(readySelector(READY.deck));
  await page.waitForSelector(readySelector(READY.slides), { state: 'attached' });
}

/** The id of the slide reveal shows now. */
export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => window.Reveal.getCurrentSlide()?.id ?? '');
}

/** An image's RGBA pixels, decoded by the page (a URL or a data: URL), for checks on what a picture shows. */
export function imagePixels(page: Page, src: string): Promise<{ width: number; height: number; data: number[] }> {
  return page.evaluate(async (source) => {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return { width: image.width, height: image.height, data: [...context.getImageData(0, 0, image.width, image.height).data] };
  }, src);
}

/** How many slides have speaker notes, which the scroll view puts beneath each. */
export const SLIDES_WITH_NOTES = RENDERED.slides.filter(({ html }) => /<aside class="notes"[^>]*><p>\s*\S/.test(html.markup)).length;

/**
 * Waits until the scroll view has every slide's notes beneath it. The notes down to the slide being
 * read come with the view; those further down follow while the page is idle.
 */
export async function notesInPlace(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.scroll-page > .reader-notes').count(), { message: 'notes beneath every slide that has them' }).toBe(SLIDES_WITH_NOTES);
}
