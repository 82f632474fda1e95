/**
 * Work reveal.js 6.0.2 does for nothing while the deck starts, skipped. Each fix says what reveal
 * would do and why skipping it changes nothing on screen. On a phone, where every slide is laid
 * out as a page, the start is the one long wait, so each pass over forty slides counts.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';

/** The part of reveal's Backgrounds controller (js/controllers/backgrounds.js) the deck changes. */
interface BackgroundsInternals {
  getContrastClass(slide: HTMLElement): string | null;
}

function isBackgroundsInternals(value: unknown): value is BackgroundsInternals {
  return typeof (value as Record<string, unknown> | null | undefined)?.['getContrastClass'] === 'function';
}

/** Whether a slide asks for a background of its own (data-background, -color, -image, ...). */
function hasOwnBackground(slide: HTMLElement): boolean {
  return [...slide.attributes].some((attribute) => attribute.name.startsWith('data-background'));
}

export function installRevealFixes(deck: RevealApi): void {
  // reveal announces a new slide scale with a 'resize' event on the deck; it bubbles up to the
  // window, where reveal's own listener takes it for the window resizing and lays every slide out a
  // second time. Registered before reveal's, this listener stops it at the window. reveal's 'resize'
  // still reaches everything listening on the deck (deck.on('resize')).
  window.addEventListener('resize', (event) => {
    if (event.target !== window) event.stopImmediatePropagation();
  });

  deck.registerPlugin({
    id: 'reveal-fixes',
    init: (internals) => {
      const backgrounds = (internals as unknown as { backgrounds?: unknown }).backgrounds;
      if (!isBackgroundsInternals(backgrounds)) {
        console.error('reveal-fixes: reveal.js has no backgrounds controller of the expected shape; update src/browser/reveal-fixes.ts for this reveal.js version.');
        return;
      }
      // To pick light or dark controls, reveal reads the computed colour of each slide's background,
      // one style pass per slide. A slide without a background of its own has a transparent one,
      // in which reveal finds no contrast: the answer is known without asking.
      const contrastOf = backgrounds.getContrastClass.bind(backgrounds);
      backgrounds.getContrastClass = (slide) => (hasOwnBackground(slide) ? contrastOf(slide) : null);
    },
  } satisfies RevealPlugin);
}
