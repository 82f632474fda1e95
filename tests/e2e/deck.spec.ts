import { expect, test } from '@playwright/test';
import { collectErrors, currentSlideId, openDeck, SLIDE_IDS } from './support/deck.ts';

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

// The page without JavaScript is tested in reader.spec.ts (reading on your own).
