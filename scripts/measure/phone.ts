/**
 * What a reader waits for, measured in Chromium through Playwright: the time from navigation to the
 * deck's ready flag on a phone (390x844, the CPU slowed four times through the DevTools protocol, a
 * fresh profile each run), and the longest task that blocks the page while a presenter walks from
 * slide to slide (a PerformanceObserver for 'longtask': any entry means a slide change blocked
 * for more than 50 ms).
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/node/browser.ts';
import { READY, readySelector, SLIDE_SIZE } from '../../src/core/contract.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const;
/** Lighthouse's mobile preset slows the CPU as much. */
const PHONE_CPU_SLOWDOWN = 4;

async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** Milliseconds from navigation until <html> carries the deck's ready flag, once per run. */
export function firstSlideOnPhone(url: string, runs: number): Promise<number[]> {
  return withBrowser(async (browser) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext(PHONE);
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
        // Noted by the page itself when the flag appears, so Playwright's polling adds nothing.
        await page.addInitScript((flag) => {
          new MutationObserver((_, observer) => {
            if (!document.documentElement.hasAttribute(flag)) return;
            (window as unknown as { deckReadyAt: number }).deckReadyAt = performance.now();
            observer.disconnect();
            // The document, not <html>: an init script can run before the parser has made <html>.
          }).observe(document, { attributes: true, subtree: true, attributeFilter: [flag] });
        }, READY.deck);
        await page.goto(url);
        await page.waitForSelector(readySelector(READY.deck), { state: 'attached', timeout: 120_000 });
        times.push(Math.round(await page.evaluate(() => (window as unknown as { deckReadyAt: number }).deckReadyAt)));
      } finally {
        await context.close();
      }
    }
    return times;
  });
}

export interface Walk {
  readonly slides: number;
  /** Tasks of 50 ms or more while walking, and the longest (0 when none). */
  readonly longTasks: number;
  readonly longestMs: number;
}

/** Goes to every slide in turn in the slides view (1280x720), as a clicker would, and reports what blocked. */
export function walkSlides(url: string): Promise<Walk> {
  return withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: { ...SLIDE_SIZE } });
    await page.goto(new URL('?view=slides', url).href);
    await page.waitForSelector(readySelector(READY.deck), { state: 'attached', timeout: 120_000 });
    // No named functions inside: tsx would wrap them in a helper the page does not have.
    return page.evaluate(async () => {
      // The start-up's own work is Lighthouse's to judge; the walk begins once the page is quiet.
      await new Promise((done) => setTimeout(done, 1000));
      const durations: number[] = [];
      const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const deck = window.Reveal;
      const slides = deck.getTotalSlides();
      for (let index = 1; index < slides; index++) {
        deck.slide(index);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        // A reader's pace is seconds a slide; a fifth of a second leaves room for idle-time work.
        await new Promise((done) => setTimeout(done, 200));
      }
      await new Promise((done) => setTimeout(done, 500));
      observer.takeRecords().forEach((e) => durations.push(e.duration));
      observer.disconnect();
      return { slides, longTasks: durations.length, longestMs: Math.round(Math.max(0, ...durations)) };
    });
  });
}
