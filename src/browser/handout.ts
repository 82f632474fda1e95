/**
 * The handout's sheets (`?print-pdf&handout&perPage=N&paper=a4|letter&theme=light|dark`): reveal's
 * print pages, one per slide, are gathered N to a sheet of paper and placed in a grid there, each
 * slide beside or above its notes (or, six to a sheet, alone), with the talk's title and the page
 * number in the bottom margin. Every sheet is one printed page.
 */
import { ATTR, SLIDE_SIZE, THEME } from '../core/contract.ts';

const { width: SLIDE_WIDTH, height: SLIDE_HEIGHT } = SLIDE_SIZE;

const MM = 96 / 25.4;
/** Paper in CSS pixels, portrait. */
const PAPER = { a4: { width: 210 * MM, height: 297 * MM }, letter: { width: 215.9 * MM, height: 279.4 * MM } } as const;
const MARGIN = 12 * MM;
/** Room under the cells for the footer line. */
const FOOTER = 10 * MM;
const GAP = 6 * MM;
/** Notes shrink to fit their box, but never below this size in CSS pixels (about 9 pt). */
const MIN_NOTES_FONT_PX = 12;

export interface HandoutOptions {
  readonly perPage: 1 | 2 | 3 | 6;
  readonly paper: keyof typeof PAPER;
  readonly notes: boolean;
  readonly theme: 'light' | 'dark';
}

/** The options from the address; anything unknown falls back to the one-slide A4 handout with notes. */
export function handoutOptions(params: URLSearchParams): HandoutOptions {
  const perPage = Number(params.get('perPage') ?? 1);
  const paper = params.get('paper') === 'letter' ? 'letter' : 'a4';
  const notes = !params.has('no-notes');
  return { perPage: perPage === 2 || perPage === 3 || perPage === 6 ? perPage : 1, paper, notes, theme: params.get('theme') === 'dark' ? 'dark' : 'light' };
}

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Where each of a sheet's cells goes, and inside it the slide and its notes. */
export function cellLayout(options: HandoutOptions): { paper: { width: number; height: number }; cells: { cell: Rect; slide: Rect; notes: Rect | null }[] } {
  const paper = PAPER[options.paper];
  const inner = { width: paper.width - 2 * MARGIN, height: paper.height - 2 * MARGIN - FOOTER };
  const columns = options.perPage === 6 ? 2 : 1;
  const rows = options.perPage === 6 ? 3 : options.perPage;
  const cellWidth = (inner.width - GAP * (columns - 1)) / columns;
  const cellHeight = (inner.height - GAP * (rows - 1)) / rows;
  const cells = Array.from({ length: options.perPage }, (_, i) => {
    const cell = { left: MARGIN + (i % columns) * (cellWidth + GAP), top: MARGIN + Math.floor(i / columns) * (cellHeight + GAP), width: cellWidth, height: cellHeight };
    if (!options.notes) return { cell, slide: fit(cellWidth, cellHeight), notes: null };
    if (options.perPage === 1) {
      // The slide across the page, its notes below.
      const slide = fit(cellWidth, cellHeight * 0.45);
      return { cell, slide, notes: { left: 0, top: slide.height + 8 * MM, width: cellWidth, height: cellHeight - slide.height - 8 * MM } };
    }
    // Two or three a page: each slide on the left half, its notes beside it.
    const slide = fit(cellWidth * 0.52, cellHeight);
    return { cell, slide, notes: { left: slide.width + 5 * MM, top: 0, width: cellWidth - slide.width - 5 * MM, height: cellHeight } };
  });
  return { paper, cells };
}

/** The slide's size at the largest scale that fits the box, at its top left. */
function fit(width: number, height: number): Rect {
  const scale = Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT);
  return { left: 0, top: 0, width: SLIDE_WIDTH * scale, height: SLIDE_HEIGHT * scale };
}

/**
 * The slides' palette, light or dark, set on the page before the charts draw, since they read their
 * colours from the tokens then. The handout is light unless the address says dark.
 */
export function markHandoutTheme(options: HandoutOptions): void {
  document.documentElement.setAttribute(ATTR.theme, options.theme);
}

/** Gathers reveal's print pages into sheets; returns the sheets. */
export function layOutSheets(pages: readonly HTMLElement[], options: HandoutOptions, talk: string, total: number): HTMLElement[] {
  const { paper, cells } = cellLayout(options);
  const root = document.documentElement;
  root.classList.add('pdf-handout');
  root.style.setProperty('--handout-page-width', `${paper.width}px`);
  root.style.setProperty('--handout-page-height', `${paper.height}px`);
  root.style.setProperty('--handout-margin', `${MARGIN}px`);
  // reveal sized the page for a slide with an @page rule of its own; this later rule wins.
  const pageSize = document.createElement('style');
  pageSize.textContent = `@page { size: ${paper.width}px ${paper.height}px; margin: 0; }`;
  document.head.append(pageSize);
  document.body.style.width = `${paper.width}px`;
  document.body.style.height = `${paper.height}px`;

  const sheets: HTMLElement[] = [];
  const count = Math.ceil(pages.length / options.perPage);
  for (let s = 0; s < count; s++) {
    const sheet = document.createElement('div');
    sheet.className = 'handout-sheet';
    // Paper is white whatever the slides' palette: the notes and footer are in the light one.
    sheet.setAttribute(ATTR.theme, THEME.light);
    pages[s * options.perPage]!.before(sheet);
    const own = pages.slice(s * options.perPage, (s + 1) * options.perPage);
    own.forEach((page, i) => {
      const { cell, slide, notes } = cells[i]!;
      const set = (name: string, value: number) => page.style.setProperty(name, `${value}px`);
      set('--cell-left', cell.left);
      set('--cell-top', cell.top);
      set('--cell-width', cell.width);
      set('--cell-height', cell.height);
      set('--slide-left', slide.left);
      set('--slide-top', slide.top);
      page.style.setProperty('--handout-slide-scale', String(slide.width / SLIDE_WIDTH));
      page.setAttribute(ATTR.theme, options.theme);
      if (notes) {
        set('--notes-left', notes.left);
        set('--notes-top', notes.top);
        set('--notes-width', notes.width);
        set('--notes-height', notes.height);
      }
      sheet.append(page);
    });
    const numbers = own.map((page) => page.querySelector('.slide-number-pdf')?.textContent?.split(' / ')[0] ?? '');
    const slides = numbers.length > 1 ? `Slides ${numbers[0]}\u2013${numbers[numbers.length - 1]}` : `Slide ${numbers[0]}`;
    sheet.append(footer(talk, `${slides} of ${total} \u00b7 Page ${s + 1} of ${count}`));
    sheets.push(sheet);
  }
  return sheets;
}

function footer(talk: string, where: string): HTMLElement {
  const line = document.createElement('div');
  line.className = 'handout-footer';
  const title = document.createElement('span');
  title.textContent = talk;
  const page = document.createElement('span');
  page.textContent = where;
  line.append(title, page);
  return line;
}

/** Long notes get smaller type rather than being cut off at their box's edge. */
export function fitNotes(panel: HTMLElement): void {
  let size = parseFloat(getComputedStyle(panel).fontSize);
  while (panel.scrollHeight > panel.clientHeight && size > MIN_NOTES_FONT_PX) {
    size -= 0.5;
    panel.style.fontSize = `${size}px`;
  }
}
