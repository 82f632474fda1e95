import { expect, test } from '@playwright/test';
import { collectErrors, currentSlideId, openDeck, SLIDE_IDS } from './support/deck.ts';

test.describe('hardening', () => {
  test('an unknown deep link lands on the first slide without an error', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, '#/no-such-slide');
    expect(await currentSlideId(page)).toBe(SLIDE_IDS[0]);
    expect(errors).toEqual([]);
  });

  test('200 rapid key presses across navigation, overview and blackout raise no error', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page);
    // A fixed pseudo-random sequence, so a failure can be replayed exactly.
    const keys = ['PageDown', 'PageDown', 'ArrowRight', 'Space', 'PageUp', 'ArrowLeft', 'o', 'ArrowRight', 'Escape', 'b', 'b', '.', '.', 'End', 'Home', 'ArrowDown', 'ArrowUp', 'n', 'p'];
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      await page.keyboard.press(keys[seed % keys.length]!, { delay: 0 });
    }
    // Leave overview and blackout, then check the deck still answers to the keys.
    await page.evaluate(() => {
      if (window.Reveal.isOverview()) window.Reveal.toggleOverview(false);
      if (window.Reveal.isPaused()) window.Reveal.togglePause(false);
      window.Reveal.slide(0);
    });
    await page.keyboard.press('PageDown');
    await expect.poll(() => currentSlideId(page)).toBe(SLIDE_IDS[1]);
    expect(errors).toEqual([]);
  });

  test('a storm of window resizes (phone, 4:3, 1080p) raises no error', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, `#/${SLIDE_IDS[Math.floor(SLIDE_IDS.length / 2)]}`);
    const sizes = [
      { width: 390, height: 844 },
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
      { width: 844, height: 390 },
      { width: 1280, height: 720 },
    ];
    for (let round = 0; round < 6; round++) {
      for (const size of sizes) await page.setViewportSize(size);
    }
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
  });

  test('the page carries a strict Content-Security-Policy and opens outside links safely', async ({ page }) => {
    await openDeck(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const unsafe = await page.locator('a[href^="http"]').evaluateAll((links) =>
      links
        .filter((a) => a.getAttribute('target') !== '_blank' || !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
        .map((a) => a.getAttribute('href')),
    );
    expect(unsafe).toEqual([]);
  });
});
