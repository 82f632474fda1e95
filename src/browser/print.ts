/**
 * The print view (`?print-pdf`, what the PDF exporter drives): readies reveal's pages for a PDF, and
 * with `?print-pdf&handout` lays the pages out as a handout, slides with their notes, N to a sheet.
 *
 * - reveal leaves every page but the first marked hidden for assistive technology; Chromium builds the
 *   PDF's tags from that tree, so the marks come off;
 * - slide numbers read "3 / 24" (fragment steps "3.2 / 24");
 * - html[data-pdf-ready] tells the exporter the layout is done (charts set html[data-charts-ready]);
 * - with `&handout`, the pages are gathered onto sheets of paper (./handout.ts).
 */
import type { RevealApi } from 'reveal.js';
import { fitNotes, handoutOptions, layOutSheets, markHandoutTheme } from './handout.ts';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './reveal-config.ts';

export function installPrint(deck: RevealApi): void {
  const params = new URLSearchParams(location.search);
  const handout = params.has('print-pdf') && params.has('handout') ? handoutOptions(params) : null;
  if (handout) markHandoutTheme(handout);
  deck.on('pdf-ready', () => {
    const root = document.documentElement;
    root.style.setProperty('--slide-width', `${SLIDE_WIDTH}px`);
    root.style.setProperty('--slide-height', `${SLIDE_HEIGHT}px`);
    const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')];
    pages.forEach(showToAssistiveTechnology);
    numberPages(pages, deck.getTotalSlides());
    if (handout) layOutHandout(pages, handout, deck.getTotalSlides());
    root.dataset.pdfReady = 'true';
  });
}

function showToAssistiveTechnology(page: HTMLElement): void {
  page.querySelectorAll('section').forEach((section) => {
    section.removeAttribute('hidden');
    section.removeAttribute('aria-hidden');
    section.removeAttribute('inert');
  });
}

/** reveal prints a bare count ("3", or "3.2" for a fragment step); a reader wants to know of how many. */
function numberPages(pages: readonly HTMLElement[], total: number): void {
  for (const page of pages) {
    const number = page.querySelector<HTMLElement>('.slide-number-pdf');
    if (number) number.textContent = `${number.textContent} / ${total}`;
  }
}

function layOutHandout(pages: readonly HTMLElement[], options: ReturnType<typeof handoutOptions>, total: number): void {
  if (options.notes) {
    for (const page of pages) {
      const slide = page.querySelector<HTMLElement>(':scope > section');
      if (slide) page.append(notesPanel(slide));
    }
  }
  layOutSheets(pages, options, document.title, total);
  // Measured once every panel is in the page: one layout pass instead of one per page.
  document.querySelectorAll<HTMLElement>('.handout-notes').forEach(fitNotes);
}

/** The slide's speaker notes, copied node by node, so their links stay links in the PDF. */
function notesPanel(slide: HTMLElement): HTMLElement {
  const panel = document.createElement('aside');
  panel.className = 'handout-notes';
  panel.setAttribute('aria-label', 'Speaker notes');
  const label = document.createElement('p');
  label.className = 'handout-label';
  label.textContent = 'Notes';
  panel.append(label);
  const notes = slide.querySelector('aside.notes');
  const paragraphs = notes ? [...notes.children].map((child) => child.cloneNode(true)) : [];
  if (paragraphs.length > 0) panel.append(...paragraphs);
  else {
    const none = document.createElement('p');
    none.className = 'handout-empty';
    none.textContent = 'No notes for this slide.';
    panel.append(none);
  }
  return panel;
}
