/** The title slide's motif: a quiet grid of dots with one outlier ringed, the black swan as a picture. */
import { html, type Html } from '../src/core/render/html.ts';

const GRID = 9;
const STEP = 46;
const OUTLIER = { x: 6, y: 2 } as const;

export function outlierMotif(): Html {
  const centre = (i: number) => 22 + i * STEP;
  const size = centre(GRID - 1) + 22;
  const dots = Array.from({ length: GRID * GRID }, (_, i) => ({ x: i % GRID, y: Math.floor(i / GRID) }))
    .filter(({ x, y }) => x !== OUTLIER.x || y !== OUTLIER.y)
    .map(({ x, y }) => html`<circle cx="${centre(x)}" cy="${centre(y)}" r="7" class="motif-dot${(x + y) % 2 ? '' : ' is-strong'}"/>`);
  return html`<svg class="motif" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">${dots}<circle cx="${centre(OUTLIER.x)}" cy="${centre(OUTLIER.y)}" r="30" class="motif-ring"/><circle cx="${centre(OUTLIER.x)}" cy="${centre(OUTLIER.y)}" r="13" class="motif-outlier"/></svg>`;
}
