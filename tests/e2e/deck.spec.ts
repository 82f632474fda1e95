import { expect, test } from '@playwright/test';
import { currentSlideId, openDeck, SLIDE_IDS } from './support/deck.ts';

test('each slide is deep-linked by its id', async ({ page }) => {
  const target = SLIDE_IDS.at(-1)!;
  await openDeck(page, `#/${target}`);
  expect(await currentSlideId(page)).toBe(target);
});

// Every slide, walked with a clicker and reached by its address, is in walk.spec.ts; the page
// without JavaScript in reader.spec.ts (reading on your own).

/**
 * The fonts the page preloads are the fonts its first screen is set in, on a phone and on a laptop,
 * and the only ones it fetches: a font missing from the list arrives late and lays the deck out
 * again; a font the screen does not use takes a phone's bandwidth from the ones it does.
 */
test('the page preloads and fetches exactly the fonts its first screen uses', async ({ browser }) => {
  const used = new Set<string>();
  // Fetched by the time the first screen is ready (later, a code slide coming near fetches the code font).
  const fetched = new Set<string>();
  let preloaded: string[] = [];
  const fontName = (url: string) => url.split('/').pop()!.replace(/-[\w-]{8}\.woff2$/, '');
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
    // A fresh page each time: a page turned from one size to the other lays out slides of its own.
    const context = await browser.newContext({ viewport, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    const fetching = new Set<string>();
    page.on('request', (request) => request.resourceType() === 'font' && fetching.add(fontName(request.url())));
    await openDeck(page);
    await page.evaluate(() => document.fonts.ready);
    fetching.forEach((font) => fetched.add(font));
    const faces = await page.evaluate(() => {
      const available = [...document.fonts].map((face) => ({ family: face.family.replace(/"/g, ''), weight: Number(face.weight), style: face.style }));
      const onScreen = new Set<string>();
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
        const box = el.getBoundingClientRect();
        if (!hasText || box.bottom <= 0 || box.top >= innerHeight || box.width === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
        const style = getComputedStyle(el);
        const family = style.fontFamily.split(',')[0]!.trim().replace(/"/g, '');
        // The face a browser picks: the family's in this style, at the nearest weight.
        const candidates = available.filter((face) => face.family === family && face.style === (style.fontStyle === 'normal' ? 'normal' : 'italic'));
        const weight = Number(style.fontWeight);
        const face = candidates.sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight))[0];
        if (face) onScreen.add(`${face.family.toLowerCase().replace(/ /g, '-')}-latin-${face.weight}-${face.style}`);
      }
      return [...onScreen];
    });
    faces.forEach((face) => used.add(face));
    preloaded = (await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => link.href))).map(fontName);
    await context.close();
  }
  expect([...used].sort()).toEqual([...preloaded].sort());
  // And nothing else is fetched for the first screens (reveal.css asks for an italic it never shows).
  expect([...fetched].sort()).toEqual([...preloaded].sort());
});
