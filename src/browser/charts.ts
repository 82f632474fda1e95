/**
 * When charts are drawn: lazily, the first time their slide is shown (Chart.js is loaded only then),
 * and all at once for the print view.
 */
import type { RevealApi } from 'reveal.js';
import type { SlideEvent } from './reveal-augment.d.ts';

const CHART_SELECTOR = 'figure.chart';

async function drawIn(scope: ParentNode): Promise<void> {
  const figures = [...scope.querySelectorAll<HTMLElement>(CHART_SELECTOR)];
  if (figures.length === 0) return;
  const { drawChart } = await import('./chart-draw.ts');
  figures.forEach((figure) => drawChart(figure));
}

export function installCharts(deck: RevealApi): void {
  const onSlide = (event: Event) => void drawIn((event as SlideEvent).currentSlide);
  deck.on('ready', onSlide);
  deck.on('slidechanged', onSlide);
  deck.on('pdf-ready', () => {
    void drawIn(document).then(() => {
      document.documentElement.dataset.chartsReady = 'true';
    });
  });
}
