import { expect, test } from '@playwright/test';
import { plainText } from '../../src/core/rich.ts';
import { collectErrors, currentSlideId, openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';

test('a clicker walks every slide in order with PageDown, without an error', async ({ page }) => {
  const errors = collectErrors(page);
  await openDeck(page);
  expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(SLIDE_IDS.length);
  const seen = [await currentSlideId(page)];
  for (let i = 1; i < SLIDE_IDS.length; i++) {
    // Fragments take extra presses; keep pressing until the slide changes.
    const before = seen.at(-1);
    for (let press = 0; press < 12 && (await currentSlideId(page)) === before; press++) await page.keyboard.press('PageDown');
    seen.push(await currentSlideId(page));
  }
  expect(seen).toEqual(SLIDE_IDS);
  expect(await page.evaluate(() => window.Reveal.isLastSlide())).toBe(true);
  expect(errors).toEqual([]);
});

test('each slide is deep-linked by its id', async ({ page }) => {
  const target = SLIDE_IDS.at(-1)!;
  await openDeck(page, `#/${target}`);
  expect(await currentSlideId(page)).toBe(target);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page holds every slide, its notes and its chart data, in order and visible', async ({ page }) => {
    await page.goto('./');
    const ids = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(SLIDE_IDS);
    for (const { slide } of RENDERED.slides) {
      const section = page.locator(`section#${slide.id}`);
      await expect(section).toBeVisible();
      const title = 'title' in slide ? slide.title : undefined;
      if (title) await expect(section.locator('.slide-title').first()).toContainText(title);
      const firstNote = slide.notes[0];
      if (firstNote) await expect(section.locator('aside.notes')).toContainText(plainText(firstNote).slice(0, 30));
    }
    const tables = page.locator('figure.chart table.chart-table');
    for (const table of await tables.all()) await expect(table).toBeVisible();
  });
});
