/**
 * Accessibility of the built deck in a real Chromium, beyond what walk.spec.ts checks on every slide
 * (axe in both views, notes included; the keyboard alone, with a visible focus ring): toolbar buttons
 * pressed by key, the page's language, one h1 and a sane heading order, and reduced motion. Alt text
 * is axe's image-alt rule there (and html-validate's); charts' text alternatives and tables are in
 * charts.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { deck } from '../../slides/index.ts';
import { currentSlideId, openDeck, SLIDE_IDS } from './support/deck.ts';

test.beforeEach(async ({ page }) => {
  // The deck's transitions are off under reduced motion, so no check sees a slide half-way in.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('Space and Enter on a focused toolbar button press it and do not change the slide', async ({ page }) => {
  await openDeck(page, `#/${SLIDE_IDS[1]}`);
  const notes = page.getByRole('button', { name: 'Notes for readers' });
  await notes.focus();
  await page.keyboard.press('Space');
  await expect(notes).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(notes).toHaveAttribute('aria-pressed', 'false');
  expect(await currentSlideId(page)).toBe(SLIDE_IDS[1]);
});

test('the page has its language, one h1 and headings that never skip a level', async ({ page }) => {
  for (const view of ['', '?view=scroll']) {
    await openDeck(page, view);
    expect(await page.locator('html').getAttribute('lang')).toBe(deck.meta.lang);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels.filter((level) => level === 1), `${view || 'slides view'}: h1 count`).toHaveLength(1);
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} then h${level} (heading ${i + 1})`] : []));
    expect(skips, view || 'slides view').toEqual([]);
  }
});

test('reduced motion: no slide transitions and no fading toolbar', async ({ page }) => {
  await openDeck(page);
  expect(await page.evaluate(() => [window.Reveal.getConfig().transition, window.Reveal.getConfig().backgroundTransition])).toEqual(['none', 'none']);
  const toolbarTransition = await page.locator('.reader-toolbar').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(toolbarTransition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openDeck(page);
  expect(await page.evaluate(() => window.Reveal.getConfig().transition)).not.toBe('none');
});
