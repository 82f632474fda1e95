/**
 * Links with settings in their address, as anyone can send them to the room: the deck starts, its
 * keys work, and a setting it does not accept is taken out of the address.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, currentSlideId, openDeck, SLIDE_IDS } from './support/deck.ts';

const CRAFTED = [
  'transition=a%20b',
  'backgroundTransition=%3Cb%3E',
  'transitionSpeed=a%20b',
  'keyboard=false',
  'slideNumber=a%20b',
  'controlsLayout=a%20b',
  'controlsBackArrows=a%20b',
  'width=abc',
  'minScale=0',
  'margin=abc',
  'plugins=x',
  'view=a%20b',
  'autoSlide=1',
  'navigationMode=x',
  'url=https%3A%2F%2Fevil.example',
  'embedded=true',
  'display=a%20b',
  'parallaxBackgroundImage=javascript%3Aalert%281%29',
  'showNotes=x%20y',
  'hash=false',
  'keyboardCondition=focused',
  'disableLayout=true',
  'autoAnimateEasing=a%20b',
  'fragments=x',
];

test('every crafted setting in a link: the deck starts, keys work, the setting leaves the address', async ({ page }) => {
  test.setTimeout(180_000);
  for (const setting of CRAFTED) {
    const errors = collectErrors(page);
    await openDeck(page, `?${setting}&view=slides`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(page), { message: setting }).toBe(SLIDE_IDS[1]);
    expect(new URL(page.url()).search, setting).toBe('?view=slides');
    expect(await page.evaluate(() => window.Reveal.getConfig().keyboard), setting).not.toBe(false);
    expect(errors, setting).toEqual([]);
    page.removeAllListeners();
  }
});

test('all of them at once, and settings it accepts are kept', async ({ page }) => {
  const errors = collectErrors(page);
  await openDeck(page, `?${CRAFTED.join('&')}&transition=fade&slideNumber=c#/${SLIDE_IDS[2]}`);
  expect(await currentSlideId(page)).toBe(SLIDE_IDS[2]);
  expect(new URL(page.url()).search).toBe('?transition=fade&slideNumber=c');
  expect(await page.evaluate(() => window.Reveal.getConfig().transition)).toBe('fade');
  await page.keyboard.press('PageDown');
  await expect.poll(() => currentSlideId(page)).toBe(SLIDE_IDS[3]);
  expect(errors).toEqual([]);
});
