/**
 * The browser side as reveal.js plugins: each registered by its id, in start-up order, and each
 * taking down what it set up when the deck is destroyed, reveal's patched internals included.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, openDeck } from './support/deck.ts';

// The engine's plugins in start-up order, then the talk's own (slides/browser.ts).
const DECK_PLUGINS = ['reveal-fixes', 'print-view', 'presenter', 'charts', 'view-choice', 'scroll-pages', 'scroll-notes', 'notes-panel', 'search-box', 'controls-label', 'toolbar', 'cost-model'];

/** reveal's controllers whose methods reveal-internals.ts replaces, and the methods' names. */
const PATCHED = { scroll: ['activate', 'deactivate', 'setTriggerRanges', 'syncScrollPosition', 'scrollToSlide', 'next', 'prev'], slideContent: ['layout'], backgrounds: ['getContrastClass'] };

for (const path of ['', '?view=scroll']) {
  test(`destroying the deck${path ? ' in the scroll view' : ''} takes down every plugin's work, without an error`, async ({ page }) => {
    const errors = collectErrors(page);
    // A probe registered first (as main.ts sets window.Reveal, before initialize) keeps reveal's
    // internals, which only plugins are handed, so the test can see the patches come off.
    await page.addInitScript((patched) => {
      let deck: { registerPlugin(plugin: object): void } | undefined;
      Object.defineProperty(window, 'Reveal', {
        configurable: true,
        get: () => deck,
        set: (value: NonNullable<typeof deck>) => {
          deck = value;
          value.registerPlugin({
            id: 'probe',
            init: (internals: Record<string, object>) => {
              const own = () => Object.entries(patched).flatMap(([controller, names]) => names.filter((name) => Object.hasOwn(internals[controller]!, name)).map((name) => `${controller}.${name}`));
              Object.assign(window, { ownMethods: own });
            },
          });
        },
      });
    }, PATCHED);
    await openDeck(page, path);
    const ownMethods = () => page.evaluate(() => (window as unknown as { ownMethods(): string[] }).ownMethods());

    expect(Object.keys(await page.evaluate(() => window.Reveal.getPlugins())).filter((id) => DECK_PLUGINS.includes(id))).toEqual(DECK_PLUGINS);
    expect(await ownMethods()).toHaveLength(Object.values(PATCHED).flat().length);
    await expect(page.locator('.reader-toolbar')).toHaveCount(1);

    await page.evaluate(() => window.Reveal.destroy());
    expect(await ownMethods()).toEqual([]);
    await expect(page.locator('.reader-toolbar')).toHaveCount(0);
    // Nothing left listening acts on the destroyed deck.
    await page.setViewportSize({ width: 900, height: 600 });
    await page.keyboard.press('r');
    await page.mouse.move(10, 10);
    expect(errors).toEqual([]);
  });
}
