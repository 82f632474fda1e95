/** Draws one prerendered chart with Chart.js, from the data the build wrote into its figure. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LogarithmicScale, Tooltip } from 'chart.js';
import type { ResolvedChart } from '../core/chart-data.ts';
import type { ChartColor } from '../core/types.ts';

// Only what the deck's charts use, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Legend, Tooltip);

function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function color(name: ChartColor): string {
  return token(`--color-chart-${name}`);
}

export function drawChart(figure: HTMLElement): void {
  const canvas = figure.querySelector('canvas');
  if (!canvas || Chart.getChart(canvas)) return;
  const data = JSON.parse(figure.dataset.chart ?? 'null') as ResolvedChart | null;
  if (!data) throw new Error(`chart figure without data: ${canvas.id}`);
  const valueAxis = data.horizontal ? 'x' : 'y';
  const categoryAxis = data.horizontal ? 'y' : 'x';
  const text = token('--color-text');
  const muted = token('--color-text-muted');
  const grid = token('--color-chart-grid');
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: [...data.labels],
      datasets: data.series.map((series) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: series.colors.map(color),
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: data.horizontal ? 'y' : 'x',
      color: text,
      font: { family: token('--font-body'), size: 18 },
      plugins: { legend: { display: data.series.length > 1, labels: { color: text } } },
      scales: {
        [categoryAxis]: { ticks: { color: text, font: { size: 18 } }, grid: { display: false } },
        [valueAxis]: {
          type: data.scale === 'log' ? 'logarithmic' : 'linear',
          beginAtZero: data.min === undefined,
          ...(data.min !== undefined && { min: data.min }),
          ...(data.max !== undefined && { max: data.max }),
          title: { display: true, text: data.axisTitle, color: muted, font: { size: 18 } },
          ticks: { color: muted, font: { size: 16 } },
          grid: { color: grid },
        },
      },
    },
  });
}
