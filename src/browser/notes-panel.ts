/**
 * Notes for readers in the slides view: reveal's notes panel (`showNotes`), beside the slide on wide
 * screens and below it on narrow ones, shown on a toggle (the toolbar's) and named for assistive
 * technology. The scroll view has its own notes beneath each slide (scroll-notes.ts).
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { REVEAL_SELECTOR } from '../core/contract.ts';
import { definePlugin } from './lifetime.ts';

/** Whether the panel is shown. */
export function notesPanelShown(reveal: RevealApi): boolean {
  return !!reveal.getConfig().showNotes;
}

/** Shows or hides the panel; only in the slides view. */
export function toggleNotesPanel(reveal: RevealApi): void {
  if (reveal.isScrollView()) return;
  reveal.configure({ showNotes: !notesPanelShown(reveal) });
  // reveal narrows the deck for the panel after its own layout pass; scale the slide to the room left.
  reveal.layout();
}

export function notesPanel(): RevealPlugin {
  return definePlugin('notes-panel', (reveal, life) => {
    // reveal's panel is a focusable box with no name; give it one.
    const name = () => {
      const panel = reveal.getRevealElement()?.querySelector(REVEAL_SELECTOR.notesPanel);
      panel?.setAttribute('role', 'region');
      panel?.setAttribute('aria-label', 'Notes for this slide');
    };
    reveal.on('ready', name, { signal: life.signal });
  });
}
