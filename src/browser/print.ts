/**
 * The print view (`?print-pdf`, what the PDF exporter drives): readies reveal's pages for a PDF, and
 * with `?print-pdf&handout` turns each page into a handout page, the slide on top and its notes below.
 *
 * - reveal leaves every page but the first marked hidden for assistive technology; Chromium builds the
 *   PDF's tags from that tree, so the marks come off;
 * - slide numbers read "3 / 24" (fragment steps "3.2 / 24");
 * - html[data-pdf-ready] tells the exporter the layout is done (charts set html[data-charts-ready]).
 */
import type { RevealPlugin } from 'reveal.js';
import { CLASS, QUERY, READY, READY_VALUE, REVEAL_SELECTOR, SELECTOR, SLIDE_SIZE } from '../core/contract.ts';
import { definePlugin } from './lifetime.ts';

/** A4 portrait in CSS pixels: handouts are printed, and most printers outside the US load A4. */
const HANDOUT_PAGE = { width: (210 / 25.4) * 96, height: (297 / 25.4) * 96 };
/** The margin around a handout page, in CSS pixels (12 mm). */
const HANDOUT_MARGIN = (12 / 25.4) * 96;
/** Notes shrink to fit their page, but never below this size in CSS pixels (about 9 pt). */
const MIN_NOTES_FONT_PX = 12;

export function printView(): RevealPlugin {
  return definePlugin('print-view', (reveal, life) => {
    const ready = () => {
      const root = document.documentElement;
      root.style.setProperty('--slide-width', `${SLIDE_SIZE.width}px`);
      root.style.setProperty('--slide-height', `${SLIDE_SIZE.height}px`);
      const pages = [...document.querySelectorAll<HTMLElement>(REVEAL_SELECTOR.pdfPage)];
      pages.forEach(showToAssistiveTechnology);
      numberPages(pages, reveal.getTotalSlides());
      if (new URLSearchParams(location.search).has(QUERY.handout)) layOutHandout(pages);
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

function layOutHandout(pages: readonly HTMLElement[]): void {
  const root = document.documentElement;
  root.classList.add(CLASS.handout);
  root.style.setProperty('--handout-page-width', `${HANDOUT_PAGE.width}px`);
  root.style.setProperty('--handout-page-height', `${HANDOUT_PAGE.height}px`);
  root.style.setProperty('--handout-margin', `${HANDOUT_MARGIN}px`);
  root.style.setProperty('--handout-slide-scale', String((HANDOUT_PAGE.width - 2 * HANDOUT_MARGIN) / SLIDE_SIZE.width));
  // reveal sized the page for a slide with an @page rule of its own; this later rule wins.
  const pageSize = document.createElement('style');
  pageSize.textContent = `@page { size: ${HANDOUT_PAGE.width}px ${HANDOUT_PAGE.height}px; margin: 0; }`;
  document.head.append(pageSize);
  document.body.style.width = `${HANDOUT_PAGE.width}px`;
  document.body.style.height = `${HANDOUT_PAGE.height}px`;

  const talk = document.title;
  for (const page of pages) {
    const slide = page.querySelector<HTMLElement>(':scope > section');
    if (!slide) continue;
    const number = page.querySelector<HTMLElement>(REVEAL_SELECTOR.pdfSlideNumber)?.textContent ?? '';
    page.append(notesPanel(slide), handoutFooter(talk, number));
  }
  // Measured once every panel is in the page: one layout pass instead of one per page.
  document.querySelectorAll<HTMLElement>(SELECTOR.handoutNotes).forEach(fitNotes);
}

/** The slide's speaker notes, copied node by node, so their links stay links in the PDF. */
function notesPanel(slide: HTMLElement): HTMLElement {
  const panel = document.createElement('aside');
  panel.className = CLASS.handoutNotes;
  panel.setAttribute('aria-label', 'Speaker notes');
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

function handoutFooter(talk: string, number: string): HTMLElement {
  const footer = document.createElement('div');
  footer.className = 'handout-footer';
  const title = document.createElement('span');
  title.textContent = talk;
  const page = document.createElement('span');
  page.textContent = number ? `Slide ${number}` : '';
  footer.append(title, page);
  return footer;
}

/** Long notes get smaller type rather than being cut off at the page's edge. */
function fitNotes(panel: HTMLElement): void {
  let size = parseFloat(getComputedStyle(panel).fontSize);
  while (panel.scrollHeight > panel.clientHeight && size > MIN_NOTES_FONT_PX) {
    size -= 0.5;
    panel.style.fontSize = `${size}px`;
  }
}
