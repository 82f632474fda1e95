/** What a chart on the page shows: drawn or not, painted or blank, sharp or blurred at the screen's pixel ratio. */
import { expect, type Page } from '@playwright/test';
import { RENDERED } from './deck.ts';

/** Slides with a chart on them (chart slides and the cost model), from the manifest. */
export const CHART_SLIDES = RENDERED.slides.filter((s) => s.html.markup.includes('<figure class="chart')).map((s) => s.slide.id);

export interface CanvasStats {
  readonly width: number;
  readonly height: number;
  readonly cssWidth: number;
  readonly cssHeight: number;
  readonly painted: number;
  readonly dpr: number;
}

/** Every chart canvas under `selector`: its backing store, its size on screen, and how many pixels it painted. */
export function canvasStats(page: Page, selector: string): Promise<CanvasStats[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas.chart-canvas`)].map((canvas) => {
      const rect = canvas.getBoundingClientRect();
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width || 1, canvas.height || 1).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return { width: canvas.width, height: canvas.height, cssWidth: rect.width, cssHeight: rect.height, painted, dpr: window.devicePixelRatio };
    });
  }, selector);
}

/** Waits until every chart on the slide says it is drawn (there must be one). */
export function waitForCharts(page: Page, id: string): Promise<unknown> {
  return page.waitForFunction(
    (slideId) => {
      const figures = [...document.querySelectorAll<HTMLElement>(`section#${slideId} figure.chart`)];
      return figures.length > 0 && figures.every((figure) => figure.dataset.chartState === 'drawn');
    },
    id,
    { timeout: 10_000 },
  );
}

/** A chart has drawn when a good share of its canvas is painted, and it is sharp when its backing store covers its size on screen. */
export function expectDrawnAndSharp(stats: CanvasStats[], where: string): void {
  expect(stats.length, where).toBeGreaterThan(0);
  for (const s of stats) {
    expect(s.painted, `${where}: painted pixels`).toBeGreaterThan(s.width * s.height * 0.03);
    expect(s.width, `${where}: backing width for ${s.cssWidth}px on screen at dpr ${s.dpr}`).toBeGreaterThanOrEqual(Math.floor(s.cssWidth * s.dpr));
    expect(s.height, `${where}: backing height for ${s.cssHeight}px on screen at dpr ${s.dpr}`).toBeGreaterThanOrEqual(Math.floor(s.cssHeight * s.dpr));
  }
}

/** Waits for the slide's charts, then expects each drawn and sharp. */
export async function expectChartsDrawn(page: Page, id: string, where = id): Promise<void> {
  await waitForCharts(page, id);
  expectDrawnAndSharp(await canvasStats(page, `section#${id}`), where);
}
