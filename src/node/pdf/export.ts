/**
 * Exports the built deck to a PDF: serves dist/ on a free loopback port, opens reveal's print view in
 * Chromium (Playwright), checks that every chart is drawn sharply and every font loaded, prints, then
 * adds metadata and bookmarks, and writes the file all or nothing. Any error the page reports fails the
 * export: a PDF with a blank chart or a fallback font is worse than none.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { renderDeck } from '../../core/render/render-deck.ts';
import type { Talk } from '../../core/model/talk.ts';
import { chromiumLaunchOptions } from '../browser.ts';
import { DIST_DIR, ensureBuilt } from '../build.ts';
import { startStaticServer, type RunningServer } from '../static-server.ts';
import { finishPdf } from './document.ts';
import type { PdfOptions } from './options.ts';
import { deckOutline } from './outline.ts';
import { prepareOutput } from './output.ts';

/** The authoring size (SLIDE_WIDTH x SLIDE_HEIGHT in src/browser/reveal-config.ts): no scaling before print. */
const VIEWPORT = { width: 1280, height: 720 };
/** Charts are drawn at twice their size at least (the charts' print pixel ratio), for sharp print. */
const DEVICE_SCALE_FACTOR = 2;
const READY_TIMEOUT_MS = 30_000;

export interface ExportResult {
  readonly path: string;
  readonly pages: number;
  readonly bytes: number;
  readonly ms: number;
}

/** The page or its checks reported problems; the message lists them all. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(readonly problems: readonly string[]) {
    super(`the page reported ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** reveal reads its config from the query: print view, pages exactly the slide's size (16:9). */
export function printQuery(options: Pick<PdfOptions, 'notes' | 'fragments'>): string {
  const params = ['print-pdf', 'margin=0', `pdfSeparateFragments=${options.fragments}`];
  if (options.notes) params.push('handout');
  return `?${params.join('&')}`;
}

export async function exportPdf(talk: Talk, options: PdfOptions, log: (line: string) => void = console.log): Promise<ExportResult> {
  const start = performance.now();
  // A bad --out fails here, before the build and the browser.
  const output = prepareOutput(options.out);
  ensureBuilt(talk, log);
  const [server, browser] = await startBoth(startStaticServer({ root: DIST_DIR, port: 0 }), chromium.launch(chromiumLaunchOptions()));
  // Closed as soon as the PDF is printed, while pdf-lib finishes it; or on the way out.
  let closing: Promise<void> | undefined;
  const closeBrowser = () => (closing ??= browser.close());
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: DEVICE_SCALE_FACTOR });
    const problems = watchForProblems(page);
    await page.goto(new URL(printQuery(options), server.url).href);
    await untilReady(page, problems);
    problems.push(...(await fontProblems(page)), ...(await chartProblems(page)));
    const pageSlides = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > .pdf-page')].map((pdfPage) => pdfPage.querySelector(':scope > section')?.id ?? ''),
    );
    const rendered = renderDeck(talk).slides;
    problems.push(...missingSlides(rendered.map((r) => r.slide.id), pageSlides));
    if (problems.length > 0) throw new ExportError(problems);

    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    if (problems.length > 0) throw new ExportError(problems);
    const creator = `npm run pdf (reveal.js print view in Chromium ${browser.version()})`;
    void closeBrowser();
    const finished = await finishPdf(printed, { meta: talk.meta, outline: deckOutline(talk, rendered, pageSlides), creator });
    if (finished.pages !== pageSlides.length) {
      throw new ExportError([`the PDF has ${finished.pages} pages where the print view laid out ${pageSlides.length}: a page overflows`]);
    }
    output.commit(finished.bytes);
    return { path: output.path, pages: finished.pages, bytes: finished.bytes.length, ms: Math.round(performance.now() - start) };
  } finally {
    output.discard();
    await Promise.all([closeBrowser(), server.close()]);
  }
}

/** The server and the browser start side by side; if one fails, the other is stopped. */
async function startBoth(serving: Promise<RunningServer>, launching: Promise<Browser>): Promise<[RunningServer, Browser]> {
  const [server, browser] = await Promise.allSettled([serving, launching]);
  if (server.status === 'fulfilled' && browser.status === 'fulfilled') return [server.value, browser.value];
  if (server.status === 'fulfilled') await server.value.close();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason;
}

/** Uncaught errors, console errors and failed requests, as they happen. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`error in the page: ${error.message}`));
  page.on('console', (message) => {
    // A failed request logs a bare "Failed to load resource"; the response handler names the file.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const file = new URL(response.url()).pathname;
    const what = /\.woff2?$/.test(file) ? 'font file' : 'file';
    problems.push(`${what} failed to load: ${file} (HTTP ${response.status()})`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${new URL(request.url()).pathname} (${request.failure()?.errorText ?? 'unknown error'})`));
  return problems;
}

/** Waits for the print layout and the charts; gives up early when the page reports a problem. */
async function untilReady(page: Page, problems: readonly string[]): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (problems.length > 0) throw new ExportError(problems);
    const state = await page.evaluate(() => ({ layout: document.documentElement.dataset.pdfReady === 'true', charts: document.documentElement.dataset.chartsReady === 'true' }));
    if (state.layout && state.charts) return;
    await page.waitForTimeout(25);
  }
  const state = await page.evaluate(() => `html[data-pdf-ready] ${document.documentElement.dataset.pdfReady ? 'set' : 'never set'}, html[data-charts-ready] ${document.documentElement.dataset.chartsReady ? 'set' : 'never set'}`);
  throw new ExportError([...problems, `the print view was not ready after ${READY_TIMEOUT_MS / 1000} s (${state}); is dist/ a build of this deck?`]);
}

/** Fonts that failed, and self-hosted families the text uses but that never loaded (a fallback font printed). */
function fontProblems(page: Page): Promise<string[]> {
  // No helper functions inside: tsx wraps named functions in a helper the page does not have.
  return page.evaluate(async () => {
    await document.fonts.ready;
    const unquote = /^["']|["']$/g;
    const problems: string[] = [];
    const declared = new Set<string>();
    const loaded = new Set<string>();
    for (const face of document.fonts) {
      const family = face.family.replace(unquote, '');
      declared.add(family);
      if (face.status === 'loaded') loaded.add(family);
      if (face.status === 'error') problems.push(`font failed to load: ${family} ${face.weight} ${face.style}`);
    }
    const used = new Set<string>();
    for (const element of document.querySelectorAll<HTMLElement>('.pdf-page *')) {
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (hasText) used.add(getComputedStyle(element).fontFamily.split(',')[0]!.trim().replace(unquote, ''));
    }
    for (const family of used) if (declared.has(family) && !loaded.has(family)) problems.push(`font never loaded: ${family} (the PDF would print a fallback)`);
    return problems;
  });
}

/** Every chart in the print pages is painted, at twice its size or more. */
function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>('.pdf-page figure.chart')) {
      const where = `chart "${figure.dataset.chartId ?? '?'}" on slide "${figure.closest('section')?.id ?? '?'}"`;
      const canvas = figure.querySelector('canvas');
      if (!canvas || canvas.clientWidth === 0 || canvas.clientHeight === 0) {
        problems.push(`${where} has no size on its page`);
        continue;
      }
      const probe = document.createElement('canvas');
      probe.width = 64;
      probe.height = 32;
      const context = probe.getContext('2d')!;
      context.drawImage(canvas, 0, 0, probe.width, probe.height);
      const painted = context.getImageData(0, 0, probe.width, probe.height).data.some((value, i) => i % 4 === 3 && value > 0);
      if (!painted) {
        problems.push(`${where} was not drawn (its canvas is blank)`);
        continue;
      }
      const ratio = canvas.width / canvas.clientWidth;
      if (ratio < 1.99) problems.push(`${where} is drawn at ${ratio.toFixed(2)}x, below the 2x that prints sharply`);
    }
    return problems;
  });
}

function missingSlides(expected: readonly string[], pageSlides: readonly string[]): string[] {
  const printed = new Set(pageSlides);
  return expected.filter((id) => !printed.has(id)).map((id) => `slide "${id}" has no page in the print view`);
}
