import { expect, test } from '@playwright/test';
import { currentSlideId, openDeck, SLIDE_IDS } from './support/deck.ts';

test('each slide is deep-linked by its id', async ({ page }) => {
  const target = SLIDE_IDS.at(-1)!;
  await openDeck(page, `#/${target}`);
  expect(await currentSlideId(page)).toBe(target);
});

// Every slide, walked with a clicker and reached by its address, is in walk.spec.ts; the page
// without JavaScript in reader.spec.ts (reading on your own).
