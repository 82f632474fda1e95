/**
 * Work reveal.js 6.0.2 does for nothing while the deck starts, skipped (the how is in
 * reveal-internals.ts). On a phone, where every slide is laid out as a page, the start is the one long
 * wait, so each pass over forty slides counts:
 * - the second layout after each new slide scale, and layouts for window resizes that resize nothing;
 * - a style pass per slide to pick the controls' contrast, for slides without a background of their own;
 * - in the scroll view, the layout once the last font has arrived: the view measures itself whenever
 *   its pages change size (scroll-pages.ts), so that pass over every page would only keep a phone busy.
 */
import type { RevealPlugin } from 'reveal.js';
import { definePlugin } from './lifetime.ts';
import { layoutOnLoadOnlyIf, skipContrastOfPlainSlides, stopNeedlessResizes } from './reveal-internals.ts';

export function revealFixes(): RevealPlugin {
  // Plugins start before reveal listens to the window, so the resize guard comes first.
  return definePlugin('reveal-fixes', (reveal, life) => {
    life.add(stopNeedlessResizes());
    life.add(skipContrastOfPlainSlides(reveal));
    life.add(layoutOnLoadOnlyIf(reveal, () => !reveal.isScrollView()));
  });
}
