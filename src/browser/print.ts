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
import type { RevealPlugin } from 'reveal.js';
import { CLASS, QUERY, READY, READY_VALUE, REVEAL_SELECTOR, SELECTOR, SLIDE_SIZE } from '../core/contract.ts';
import { fitNotes, handoutOptions, layOutSheets, markHandoutTheme } from './handout.ts';
import { definePlugin } from './lifetime.ts';

export function printView(): RevealPlugin {
  return definePlugin('print-view', (reveal, life) => {
    const params = new URLSearchParams(location.search);
    const handout = params.has(QUERY.printPdf) && params.has(QUERY.handout) ? handoutOptions(params) : null;
    if (handout) markHandoutTheme(handout);
    const ready = () => {
      const root = document.documentElement;
      root.style.setProperty('--slide-width', `${SLIDE_SIZE.width}px`);
      root.style.setProperty('--slide-height', `${SLIDE_SIZE.height}px`);
      const pages = [...document.querySelectorAll<HTMLElement>(REVEAL_SELECTOR.pdfPage)];
      pages.forEach(showToAssistiveTechnology);
      numberPages(pages, reveal.getTotalSlides());
      if (handout) layOutHandout(pages, handout, reveal.getTotalSlides());
      root.setAttribute(READY.pdf, READY_VALUE);
    };
    reveal.on('pdf-ready', ready, { signal: life.signal });
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
    const number = page.querySelector<HTMLElement>(REVEAL_SELECTOR.pdfSlideNumber);
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
  document.querySelectorAll<HTMLElement>(SELECTOR.handoutNotes).forEach(fitNotes);
}

/** The slide's speaker notes, copied node by node, so their links stay links in the PDF. */
function notesPanel(slide: HTMLElement): HTMLElement {
  // A note beside its slide, not a landmark: a handout has one per page.
  const panel = document.createElement('aside');
  panel.className = CLASS.handoutNotes;
  panel.setAttribute('role', 'note');
  panel.setAttribute('aria-label', `Notes for ${slide.querySelector('.slide-title')?.textContent ?? 'this slide'}`);
  const label = document.createElement('p');
  label.className = 'handout-label';
  label.textContent = 'Notes';
  panel.append(label);
  const notes = slide.querySelector(SELECTOR.notes);
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
