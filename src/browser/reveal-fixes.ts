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
  // reveal lays every slide out again (in the scroll view: rebuilds and measures every page) on each
  // 'resize' the window hears. Registered before reveal's, this listener stops the ones that resize
  // nothing:
  // - reveal's own 'resize' on the deck, announcing a new slide scale, which bubbles up to the window
  //   just after reveal laid everything out (it still reaches deck.on('resize') listeners);
  // - the window's events while a phone settles its viewport, when no size has changed.
  const sizeOf = () => `${innerWidth}x${innerHeight}@${devicePixelRatio}`;
  let lastSize = sizeOf();
  window.addEventListener('resize', (event) => {
    if (event.target !== window) return event.stopImmediatePropagation();
    const size = sizeOf();
    if (size === lastSize) event.stopImmediatePropagation();
    lastSize = size;
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
