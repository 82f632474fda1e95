/**
 * Exports the built deck to a PDF: opens the checked print view (./session.ts), prints it tagged,
 * then adds metadata, PDF/UA identification, link descriptions and bookmarks, and writes the file
 * all or nothing.
 */
import type { Page } from '@playwright/test';
import type { RenderedSlide } from '../../core/render/render-deck.ts';
import type { Talk as Deck } from '../../core/model/talk.ts';
import type { PageFacts } from './accessibility.ts';
import { ExportError } from '../export/errors.ts';
import type { PdfOptions } from './options.ts';
import { deckOutline, type OutlineItem } from './outline.ts';
import { prepareOutput } from './output.ts';
import { withPrintView } from './session.ts';

/** Charts are drawn at twice their size at least (the charts' print pixel ratio), for sharp print. */
const DEVICE_SCALE_FACTOR = 2;

export interface ExportResult {
  readonly path: string;
  readonly pages: number;
  readonly bytes: number;
  readonly ms: number;
}

/**
 * reveal reads its config from the query: print view, pages exactly the slide's size (16:9), in the
 * palette asked for (the page sets it before its first paint); a handout light unless asked, the
 * slides as on screen (dark).
 */
export function printQuery(options: Pick<PdfOptions, 'notes' | 'fragments'> & Partial<Pick<PdfOptions, 'perPage' | 'paper' | 'theme'>>): string {
  const handout = options.notes || (options.perPage ?? 1) > 1;
  const params = ['print-pdf', 'margin=0', `pdfSeparateFragments=${options.fragments}`, `theme=${options.theme ?? (handout ? 'light' : 'dark')}`];
  if (handout) {
    params.push('handout', `perPage=${options.perPage ?? 1}`, `paper=${options.paper ?? 'a4'}`);
    if (!options.notes) params.push('no-notes');
  }
  return `?${params.join('&')}`;
}

export async function exportPdf(deck: Deck, options: PdfOptions, progress: (stage: string) => void = () => {}): Promise<ExportResult> {
  const start = performance.now();
  // A bad --out fails here, before the build and the browser.
  const output = prepareOutput(options.out, 'the PDF');
  // pdf-lib loads while Chromium starts and lays the deck out; it is needed once the PDF is printed.
  const finishing = import('./document.ts');
  finishing.catch(() => undefined);
  try {
    return await withPrintView(
      deck,
      { query: printQuery(options), deviceScaleFactor: DEVICE_SCALE_FACTOR },
      async ({ page, browser, pageSlides, rendered, problems, closeBrowser }) => {
        progress(`Printing ${pageSlides.length} pages...`);
        const facts = await pageFacts(page, rendered);
        const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
        if (problems.length > 0) throw new ExportError(problems);
        const creator = `npm run pdf (reveal.js print view in Chromium ${browser.version()})`;
        // Closed as soon as the PDF is printed, while pdf-lib finishes it.
        void closeBrowser();
        progress('Adding metadata, bookmarks and link descriptions...');
        const outline = perPageOutline(deckOutline(deck, rendered, pageSlides), options.perPage);
        const { finishPdf } = await finishing;
        const finished = await finishPdf(printed, { meta: deck.meta, outline, creator, page: facts });
        const expected = handoutPages(pageSlides.length, options);
        if (finished.pages !== expected) {
          throw new ExportError([`the PDF has ${finished.pages} pages where the print view laid out ${expected}: a page overflows`]);
        }
        output.commit(finished.bytes);
        return { path: output.path, pages: finished.pages, bytes: finished.bytes.length, ms: Math.round(performance.now() - start) };
      },
      progress,
    );
  } finally {
    output.discard();
  }
}

/** The pictures Chromium tags as Figures, in page order: every figure but a quote's (the charts) and every SVG picture (role="img": diagrams, drawings). */
const TAGGED_FIGURES = '.pdf-page figure:not(.quote), .pdf-page svg[role="img"]';

/** What the PDF/UA finishing needs from the page: link texts and the pictures' alt texts, in page order. */
async function pageFacts(page: Page, rendered: readonly RenderedSlide[]): Promise<PageFacts> {
  const { links, figureAlts } = await page.evaluate((figures) => ({
    links: [...document.querySelectorAll<HTMLAnchorElement>('.pdf-page a[href]')].map((a) => [a.getAttribute('href') ?? '', (a.textContent ?? '').replace(/\s+/g, ' ').trim()] as const),
    // A figure's alt is that of the picture in it (a chart's canvas frame, a diagram's SVG).
    figureAlts: [...document.querySelectorAll<Element>(figures)].map((figure) => (figure.matches('[role="img"]') ? figure : figure.querySelector('[role="img"]'))?.getAttribute('aria-label') ?? ''),
  }), TAGGED_FIGURES);
  const linkText = new Map<string, string>();
  for (const [href, text] of links) if (text && !linkText.has(href)) linkText.set(href, text);
  const missing = figureAlts.findIndex((alt) => !alt);
  if (missing >= 0) throw new ExportError([`picture ${missing + 1} in the print view has no alt text (aria-label on its role="img" element)`]);
  return { linkText, figureAlts, slideTitles: new Map(rendered.map((r) => [r.slide.id, r.slide.title])) };
}

/** With several slides a page, a bookmark points at the page its slide is on. */
function perPageOutline(items: readonly OutlineItem[], perPage: number): OutlineItem[] {
  return items.map((item) => ({ title: item.title, page: Math.floor(item.page / perPage), children: perPageOutline(item.children, perPage) }));
}

/** Pages the PDF must have: one per slide, or one per group of slides on a handout page. */
function handoutPages(slides: number, options: Pick<PdfOptions, 'perPage'>): number {
  return Math.ceil(slides / options.perPage);
}
