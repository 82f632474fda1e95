/**
 * The print view (PDF export): reveal lays every slide out on its own page, but leaves all but the
 * first marked hidden for assistive technology. Chromium builds the PDF's tags and bookmarks from
 * that tree, so the hidden marks come off once the layout is done.
 */
import type { RevealApi } from 'reveal.js';

export function installPrint(deck: RevealApi): void {
  deck.on('pdf-ready', () => {
    document.querySelectorAll('.pdf-page section').forEach((section) => {
      section.removeAttribute('hidden');
      section.removeAttribute('aria-hidden');
      section.removeAttribute('inert');
    });
    document.documentElement.dataset.pdfReady = 'true';
  });
}
