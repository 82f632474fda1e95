/**
 * A chart's figure at build time: the canvas it is drawn on, its data as a table for screen readers
 * and the page without JavaScript, and a caption with its note and sources. The caption comes last,
 * as HTML wants a figure's caption first or last.
 */
import { chartFacts, resolveChart } from '../charts/index.ts';
import type { ResolvedChart } from '../chart-model.ts';
import type { RenderContext } from '../kind.ts';
import type { ChartSpec } from '../model/chart-spec.ts';
import type { Registry } from '../registry.ts';
import type { Citations } from './citations.ts';
import { html, type Html } from './html.ts';
import { renderCiteLine, renderRich } from './rich.ts';
import { ATTR, CLASS } from '../contract.ts';

/** Past this many sources a caption names publishers only; the Sources slide has each in full. */
const FULL_CITATIONS_UP_TO = 4;

function renderSources(ids: readonly string[], registry: Registry): Html {
  const compact = ids.length > FULL_CITATIONS_UP_TO;
  const entries = new Map<string, string | undefined>();
  for (const id of ids) {
    const { url, publisher } = registry.source(id);
    const text = compact ? publisher : registry.shortCitation(id);
    if (!entries.has(text) || !entries.get(text)) entries.set(text, url);
  }
  // A citation line like the slide's own, placed in the chart's caption.
  return renderCiteLine(ids.length, [...entries]);
}

function renderTable(chart: ResolvedChart): Html {
  return html`<table class="${CLASS.chartTable}">
<caption>${chart.alt}</caption>
<thead><tr><td></td>${chart.series.map((s) => html`<th scope="col">${chart.series.length > 1 ? s.label : chart.axisTitle}</th>`)}</tr></thead>
<tbody>${chart.labels.map((label, row) => html`<tr><th scope="row">${label}</th>${chart.series.map((s) => html`<td>${s.full[row]}</td>`)}</tr>`)}</tbody>
</table>`;
}

/**
 * The figure for resolved chart data; `caption` is the note and source line under it. When the caption
 * names every source the slide cites, the figure says so and the slide's own source line steps aside.
 */
export function renderFigure(chart: ResolvedChart, caption: Html, citesSlide: boolean, extraClass = ''): Html {
  return html`<figure class="${CLASS.chart} chart-${chart.type}${extraClass}" ${ATTR.chartId}="${chart.id}" ${ATTR.chart}="${JSON.stringify(chart)}"${citesSlide ? html` ${ATTR.citesSlide}` : ''}>
<div class="chart-frame" role="img" aria-label="${chart.alt}"><canvas class="${CLASS.chartCanvas}"></canvas></div>
${renderTable(chart)}
<figcaption class="chart-caption">${caption}</figcaption>
</figure>`;
}

/**
 * The caption's sources: the facts' own, which are also added to the slide's citations, and whether
 * they cover everything the slide cites (then the slide needs no source line of its own).
 */
export function figureSources(facts: readonly string[], ctx: Pick<RenderContext, 'citations' | 'registry'>, own: Citations = ctx.citations.fresh()): { caption: Html; coversSlide: boolean } {
  for (const id of facts) {
    own.useFact(id);
    ctx.citations.useFact(id);
  }
  const sources = [...own.sources];
  return { caption: renderSources(sources, ctx.registry), coversSlide: [...ctx.citations.sources].every((id) => sources.includes(id)) };
}

/**
 * A chart from its spec: the figure, a note where the scale needs one, and the chart's sources. Render
 * whatever else the slide cites first, so the figure knows whether its source line is the slide's.
 */
export function renderChartFigure(spec: ChartSpec, ctx: RenderContext): Html {
  const chart = resolveChart(spec, ctx.registry);
  const own = ctx.citations.fresh();
  const note = spec.note && html`<span class="chart-note">${renderRich(spec.note, ctx.registry, own)}</span> `;
  const { caption, coversSlide } = figureSources([...chartFacts(spec), ...own.facts], ctx, own);
  return renderFigure(chart, html`${note}${caption}`, coversSlide);
}
