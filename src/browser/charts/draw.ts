/**
 * Draws prerendered chart figures with Chart.js (loaded lazily with this module), redraws them with new
 * data, keeps their backing stores matched to their size on screen, and drops charts whose canvas left
 * the page.
 */
import type { ResolvedChart } from '../../core/chart-model.ts';
import { ATTR, CHART_DRAWN, SELECTOR } from '../../core/contract.ts';
import type { DrawEnvironment } from './config.ts';
import { chartConfig } from './kinds/index.ts';
import { Chart } from './register.ts';
import { readTheme } from './theme.ts';

function canvasOf(figure: HTMLElement): HTMLCanvasElement {
  const canvas = figure.querySelector<HTMLCanvasElement>(SELECTOR.chartCanvas);
  if (!canvas) throw new Error(`chart "${figure.getAttribute(ATTR.chartId) ?? '?'}": its figure has no canvas.chart-canvas`);
  return canvas;
}

function dataOf(figure: HTMLElement): ResolvedChart {
  const json = figure.getAttribute(ATTR.chart);
  if (!json) throw new Error(`chart "${figure.getAttribute(ATTR.chartId) ?? '?'}": its figure has no data-chart`);
  return JSON.parse(json) as ResolvedChart;
}

/** A frame's layout size, untouched by reveal's scale transform; zero while its slide is hidden. */
function frameSize(canvas: HTMLCanvasElement): { width: number; height: number } {
  const frame = canvas.parentElement;
  return { width: frame?.clientWidth ?? 0, height: frame?.clientHeight ?? 0 };
}

/**
 * Keeps each chart the size of its frame. Chart.js's own responsive mode measures the frame with
 * getBoundingClientRect, which under reveal's scale transform is the scaled size, and then corrects
 * itself a frame later; so the deck sizes charts itself, from layout sizes, in one pass.
 */
const resizeObserver = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const chart = Chart.getChart(entry.target.querySelector<HTMLCanvasElement>(SELECTOR.chartCanvas)!);
    if (chart) fitToFrame(chart);
  }
});

/** Resizes a chart whose frame or pixel ratio changed; a hidden frame (no size) waits until it is shown. */
function fitToFrame(chart: Chart): void {
  const { width, height } = frameSize(chart.canvas);
  if (width === 0 || height === 0) return;
  const stale = width !== chart.width || height !== chart.height || chart.currentDevicePixelRatio !== chart.options.devicePixelRatio;
  if (stale) chart.resize(width, height);
}

export function isDrawn(figure: HTMLElement): boolean {
  return Chart.getChart(canvasOf(figure)) !== undefined;
}

/**
 * Draws a figure's chart once, in one layout pass at its frame's size; later calls do nothing, and so
 * does a call while the frame has no size (its slide hidden, its page not laid out): the chart is
 * drawn when it is shown (lifecycle.ts).
 * Charts appear whole; only changes of data (the cost model) animate.
 */
export function drawFigure(figure: HTMLElement, env: DrawEnvironment): void {
  const canvas = canvasOf(figure);
  if (Chart.getChart(canvas)) return;
  const { width, height } = frameSize(canvas);
  if (width === 0 || height === 0) return;
  const config = chartConfig(dataOf(figure), readTheme(figure), env);
  const start = performance.now();
  canvas.width = width;
  canvas.height = height;
  const chart = new Chart(canvas, { ...config, options: { ...config.options, responsive: false, animation: false } });
  chart.options.animation = config.options?.animation ?? false;
  resizeObserver.observe(canvas.parentElement!);
  // The benchmark (scripts/bench-charts.ts) reads how long creating each chart blocked the page.
  performance.measure(`chart:create:${figure.getAttribute(ATTR.chartId) ?? ''}`, { start, end: performance.now() });
  figure.setAttribute(ATTR.chartState, CHART_DRAWN);
}

/** Shows new data on a figure's chart (the cost model); a figure not drawn yet gets it when it is. */
export function redrawFigure(figure: HTMLElement, env: DrawEnvironment): void {
  const chart = Chart.getChart(canvasOf(figure));
  if (!chart) return;
  const config = chartConfig(dataOf(figure), readTheme(figure), env);
  chart.data = config.data;
  chart.options = { ...config.options, responsive: false };
  chart.update(env.animate ? undefined : 'none');
}

/** Every chart on the page. */
function charts(): Chart[] {
  return Object.values(Chart.instances);
}

/**
 * Draws every chart again, as it is. Called on `beforeprint`: Chromium prints a canvas that was
 * wholly repainted after that event from its drawing commands, so the PDF gets vector charts.
 */
export function repaintAll(): void {
  for (const chart of charts()) chart.draw();
}

/** A new pixel ratio for every chart's backing store (the deck was scaled, or the screen changed). */
export function setPixelRatio(ratio: number): void {
  for (const chart of charts()) {
    if (chart.options.devicePixelRatio === ratio) continue;
    chart.options.devicePixelRatio = ratio;
    fitToFrame(chart);
  }
}

/** Destroys charts whose canvas is no longer in the page (scroll view leaving replaces the slides). */
export function dropDetached(): number {
  const detached = charts().filter((chart) => !chart.canvas.isConnected);
  detached.forEach((chart) => {
    if (chart.canvas.parentElement) resizeObserver.unobserve(chart.canvas.parentElement);
    chart.destroy();
  });
  return detached.length;
}
