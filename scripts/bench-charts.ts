/**
 * `npm run bench:charts`: how long showing each chart slide blocks the page, in a fresh page per way
 * of reaching it: "jump" goes straight to the slide (a deep link: its charts are created on showing);
 * "advance" rests on the slide before it, as a speaker would, then presses next (its charts were
 * created in idle time). Prints, per slide, the time creating its charts took during the change and
 * the longest task from the change until its charts are painted, at full speed and with the CPU slowed four times. A benchmark,
 * not a test: it prints figures.
 */
import { chromium } from '@playwright/test';
import { renderDeck } from '../src/core/render/render-deck.ts';
import { chromiumLaunchOptions } from '../src/node/browser.ts';
import { DIST_DIR, ensureBuilt } from '../src/node/build.ts';
import { startStaticServer } from '../src/node/static-server.ts';
import { talk } from '../vite.config.ts';
import { runCommand } from '../src/node/cli.ts';
import { READY, readySelector } from '../src/core/contract.ts';

const USAGE = `Usage: npm run bench:charts

Prints how long reaching each chart slide blocks the page, in the built deck.
  --help   show this help`;

const TARGET_MS = 50;
const chartSlides = renderDeck(talk)
  .slides.filter((s) => s.html.markup.includes('<figure class="chart'))
  .map((s) => s.slide.id);

interface Row {
  slide: string;
  createMs: number;
  longestTaskMs: number;
}

async function walk(url: string, cpuSlowdown: number, mode: 'jump' | 'advance'): Promise<Row[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url);
    await page.waitForSelector(readySelector(READY.deck));
    await page.evaluate(() => {
      const tasks: PerformanceEntry[] = [];
      (window as unknown as { longTasks: PerformanceEntry[] }).longTasks = tasks;
      new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask' });
    });
    const rows: Row[] = [];
    for (const id of chartSlides) {
      if (mode === 'advance') {
        // Rest on the slide before, as a speaker does: idle time lets the deck prepare the next one.
        await page.evaluate((slideId) => {
          const slides = window.Reveal.getSlides();
          const before = slides[slides.indexOf(document.getElementById(slideId)!) - 1] ?? slides[0]!;
          const { h, v } = window.Reveal.getIndices(before);
          window.Reveal.slide(h, v);
        }, id);
        await page.waitForTimeout(2000);
      }
      const row = await page.evaluate(async ({ slideId, advance }) => {
        const tasks = (window as unknown as { longTasks: PerformanceEntry[] }).longTasks;
        tasks.length = 0;
        performance.clearMeasures();
        const start = performance.now();
        const slide = document.getElementById(slideId)!;
        if (advance) window.Reveal.next();
        else {
          const { h, v } = window.Reveal.getIndices(slide);
          window.Reveal.slide(h, v);
        }
        const figures = [...slide.querySelectorAll<HTMLElement>('figure.chart')];
        for (let i = 0; i < 400 && !figures.every((f) => f.dataset.chartState === 'drawn'); i++) await new Promise((r) => setTimeout(r, 10));
        // The change is over once its charts are drawn and painted; later idle work (the next slide's charts) is not part of it.
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        const end = performance.now();
        await new Promise((r) => setTimeout(r, 300));
        const ids = new Set(figures.map((f) => `chart:create:${f.dataset.chartId}`));
        const createMs = performance.getEntriesByType('measure').filter((m) => ids.has(m.name) && m.startTime >= start).reduce((sum, m) => sum + m.duration, 0);
        const during = tasks.filter((t) => t.startTime < end && t.startTime + t.duration > start).map((t) => t.duration);
        return { slide: slideId, createMs: Math.round(createMs * 10) / 10, longestTaskMs: Math.round(Math.max(0, ...during)) };
      }, { slideId: id, advance: mode === 'advance' });
      rows.push(row);
    }
    return rows;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (chartSlides.length === 0) {
    console.log('The deck has no chart slides.');
    return;
  }
  ensureBuilt(talk);
  const server = await startStaticServer({ root: DIST_DIR, port: 0 });
  try {
    for (const slowdown of [1, 4]) {
      for (const mode of ['jump', 'advance'] as const) {
        const rows = await walk(server.url, slowdown, mode);
        console.log(`\nReaching each chart slide by ${mode === 'jump' ? 'a jump (deep link)' : 'pressing next after resting on the slide before'}, 1920x1080, CPU slowed ${slowdown}x:`);
        console.table(rows);
        const worst = Math.max(...rows.map((r) => r.longestTaskMs));
        console.log(`Longest task: ${worst} ms (tasks under ${TARGET_MS} ms are not reported, so 0 means none over it).`);
      }
    }
  } finally {
    await server.close();
  }
}

runCommand({ usage: USAGE, options: {} }, main);
