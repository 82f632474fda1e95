/**
 * Draws prerendered chart figures with Chart.js (loaded lazily with this module), redraws them with new
 * data, keeps their backing stores matched to their size on screen, and drops charts whose canvas left
 * the page.
 */
import type { ResolvedChart } from '../../core/chart-model.ts';
import { chartConfig, type DrawEnvironment } from './config.ts';
import { Chart } from './register.ts';
import { readTheme } from './theme.ts';

export const CANVAS_SELECTOR = 'canvas.chart-canvas';

function canvasOf(figure: HTMLElement): HTMLCanvasElement {
  const canvas = figure.querySelector<HTMLCanvasElement>(CANVAS_SELECTOR);
  if (!canvas) throw new Error(`chart "${figure.dataset.chartId ?? '?'}": its figure has no canvas.chart-canvas`);
  return canvas;
}

function dataOf(figure: HTMLElement): ResolvedChart {
  const json = figure.dataset.chart;
  if (!json) throw new Error(`chart "${figure.dataset.chartId ?? '?'}": its figure has no data-chart`);
  return JSON.parse(json) as ResolvedChart;
}

/**
 * Sizes a chart to its frame's layout size. Chart.js measures a frame with getBoundingClientRect when
 * asked to size itself, which under reveal's scale transform is the scaled size, so it is told the size.
 */
function fitToFrame(chart: Chart): void {
  const frame = chart.canvas.parentElement;
  if (frame && frame.clientWidth > 0 && frame.clientHeight > 0) chart.resize(frame.clientWidth, frame.clientHeight);
  else chart.resize();
}

export function isDrawn(figure: HTMLElement): boolean {
  return Chart.getChart(canvasOf(figure)) !== undefined;
}

/** Draws a figure's chart once; later calls for the same canvas do nothing. */
export function drawFigure(figure: HTMLElement, env: DrawEnvironment): void {
  const canvas = canvasOf(figure);
  if (Chart.getChart(canvas)) return;
  const config = chartConfig(dataOf(figure), readTheme(), env);
  const drawn = () => {
    figure.dataset.chartState = 'drawn';
  };
  figure.dataset.chartState = 'drawing';
  if (config.options?.animation) config.options.animation = { ...config.options.animation, onComplete: drawn };
  // Sized in the same task it is created, so its first painted frame is already the right size.
  fitToFrame(new Chart(canvas, config));
  if (!env.animate) drawn();
}

/** Shows new data on a figure's chart (the cost model); a figure not drawn yet gets it when it is. */
export function redrawFigure(figure: HTMLElement, env: DrawEnvironment): void {
  const chart = Chart.getChart(canvasOf(figure));
  if (!chart) return;
  const config = chartConfig(dataOf(figure), readTheme(), env);
  chart.data = config.data;
  chart.options = config.options ?? {};
  chart.update(env.animate ? undefined : 'none');
}

/** Every chart on the page. */
function charts(): Chart[] {
  return Object.values(Chart.instances);
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
  detached.forEach((chart) => chart.destroy());
  return detached.length;
}
