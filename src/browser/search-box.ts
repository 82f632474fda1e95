/**
 * reveal's search box (its search plugin, Ctrl+Shift+F or the toolbar's button). It has a placeholder
 * but no name; it gets one whenever it takes the focus, however it was opened.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { SearchPlugin } from 'reveal.js/plugin/search';
import { REVEAL_SELECTOR } from '../core/contract.ts';
import { definePlugin } from './lifetime.ts';

function nameSearchBox(reveal: RevealApi): void {
  reveal.getRevealElement()?.querySelector(REVEAL_SELECTOR.searchInput)?.setAttribute('aria-label', 'Search the slides');
}

/** Opens the search box, or closes it when open. */
export function toggleSearch(reveal: RevealApi): void {
  (reveal.getPlugin('search') as SearchPlugin | undefined)?.toggle();
  nameSearchBox(reveal);
}

export function searchBox(): RevealPlugin {
  return definePlugin('search-box', (reveal, life) => {
    const onFocus = (event: FocusEvent) => {
      if ((event.target as Element | null)?.matches?.(REVEAL_SELECTOR.searchInput)) nameSearchBox(reveal);
    };
    document.addEventListener('focusin', onFocus, { signal: life.signal });
  });
}
