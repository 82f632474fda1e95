/**
 * reveal's arrow controls are an `<aside class="controls">`: a complementary landmark with no name,
 * which a screen reader lists as just "complementary". Named, it says what it is.
 */
import type { RevealPlugin } from 'reveal.js';
import { REVEAL_SELECTOR } from '../core/contract.ts';
import { definePlugin } from './lifetime.ts';

export function controlsLabel(): RevealPlugin {
  return definePlugin('controls-label', (reveal, { signal }) => {
    // reveal makes its controls after its plugins start: they are there once it is ready.
    const name = () => reveal.getRevealElement()?.querySelector(REVEAL_SELECTOR.controls)?.setAttribute('aria-label', 'Slide controls');
    reveal.on('ready', name, { signal });
  });
}
