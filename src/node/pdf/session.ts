/**
 * The print view, opened and checked, for every export that reads the deck through Chromium (PDF,
 * PNGs, the pictures in the PowerPoint): serves dist/ on a free loopback port, opens reveal's print
 * view, waits for the layout and the charts, checks that every font loaded and every chart is drawn
 * sharply and every slide has a page. Any error the page reports fails the export: a file with a
 * blank chart or a fallback font is worse than none. A browser that dies on the way is reported as such.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { renderDeck, type RenderedSlide } from '../../core/render/render-deck.ts';
import type { Talk as Deck } from '../../core/model/talk.ts';
import { chromiumLaunchOptions } from '../browser.ts';
import { DIST_DIR, ensureBuilt } from '../build.ts';
import { BrowserClosedError, ExportError } from '../export/errors.ts';
import { startStaticServer, type RunningServer } from '../static-server.ts';
import { chartProblems, fontProblems } from './page-checks.ts';

/** The authoring size (SLIDE_WIDTH x SLIDE_HEIGHT in src/browser/reveal-config.ts): no scaling before print. */
export const VIEWPORT = { width: 1280, height: 720 } as const;
const READY_TIMEOUT_MS = 30_000;

export interface ViewOptions {
  /** reveal's query: `?print-pdf&...`. */
  readonly query: string;
  /** Pixels per CSS pixel; the charts draw at this or 2, whichever is more. */
  readonly deviceScaleFactor: number;
}

export interface PrintView {
  readonly page: Page;
  readonly browser: Browser;
  /** The slide id on each print page, in order. */
  readonly pageSlides: readonly string[];
  readonly rendered: readonly RenderedSlide[];
  /** Problems the page reports from now on; check before writing. */
  readonly problems: readonly string[];
  /** Closes the browser early, when the work left needs no page. */
  closeBrowser(): Promise<void>;
}

export async function withPrintView<T>(deck: Deck, view: ViewOptions, work: (view: PrintView) => Promise<T>, progress: (stage: string) => void = () => {}): Promise<T> {
  ensureBuilt(deck);
  progress('Opening the print view in Chromium...');
  const [server, browser] = await startBoth(startStaticServer({ root: DIST_DIR, port: 0 }), chromium.launch(chromiumLaunchOptions()));
  let closedByUs = false;
  let died = false;
  // A browser killed while Playwright waits on it (a new page, say) can leave that call waiting for
  // ever: every step also races the browser's end, so the export fails instead of hanging.
  let ended: () => void = () => {};
  const end = new Promise<never>((_, reject) => (ended = () => reject(new Error('the browser disconnected'))));
  end.catch(() => undefined);
  browser.on('disconnected', () => {
    if (closedByUs) return;
    died = true;
    ended();
  });
  let closing: Promise<void> | undefined;
  const closeBrowser = () => {
    closedByUs = true;
    // A browser that is gone has nothing left to close.
    return (closing ??= died ? Promise.resolve() : browser.close());
  };
  try {
    return await Promise.race([printView(), end]);
  } catch (error) {
    // Playwright's error for a dead browser names no cause a user can act on; ours does.
    if (died || (!closedByUs && !browser.isConnected())) throw new BrowserClosedError(error);
    throw error;
  } finally {
    await Promise.all([closeBrowser(), server.close()]);
  }

  async function printView(): Promise<T> {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: view.deviceScaleFactor });
    const problems = watchForProblems(page);
    const loading = page.goto(new URL(view.query, server.url).href);
    // The deck's manifest is rendered while Chromium loads the page, rather than after.
    const rendered = renderDeck(deck).slides;
    await loading;
    progress('Waiting for the layout and the charts...');
    await untilReady(page, problems);
    progress('Checking fonts and charts...');
    problems.push(...(await fontProblems(page)), ...(await chartProblems(page)));
    const pageSlides = await page.evaluate(() =>
      // Descendants: a handout gathers the pages onto sheets.
      [...document.querySelectorAll('.reveal .slides .pdf-page')].map((pdfPage) => pdfPage.querySelector(':scope > section')?.id ?? ''),
    );
    problems.push(...missingSlides(rendered.map((r) => r.slide.id), pageSlides));
    if (problems.length > 0) throw new ExportError(problems);
    return await work({ page, browser, pageSlides, rendered, problems, closeBrowser });
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
  page.on('crash', () => problems.push('the page crashed (out of memory?)'));
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

function missingSlides(expected: readonly string[], pageSlides: readonly string[]): string[] {
  const printed = new Set(pageSlides);
  return expected.filter((id) => !printed.has(id)).map((id) => `slide "${id}" has no page in the print view`);
}
