/**
 * Chart and cost-model markup at build time: the canvas a chart is drawn on, its caption and source
 * line, and its data as a table for screen readers and the page without JavaScript.
 */
import { chartFacts, resolveChart } from '../chart-data.ts';
import { costModelChart, costModelRanges, costModelTotal, type CostModelDefaults, type ResolvedChart } from '../chart-model.ts';
import { formatNumber } from '../format.ts';
import { factNumber, factText, shortCitation, source } from '../registry.ts';
import type { ChartSpec, CostModelSlide, FactId, SourceId } from '../types.ts';
import { Citations } from './citations.ts';
import { html, type Html } from './html.ts';
import { renderLink, renderRich } from './rich.ts';

/** Past this many sources a caption names publishers only; the Sources slide has each in full. */
const FULL_CITATIONS_UP_TO = 4;

function renderSources(ids: readonly SourceId[]): Html {
  const compact = ids.length > FULL_CITATIONS_UP_TO;
  const entries = new Map<string, string | undefined>();
  for (const id of ids) {
    const { url, publisher } = source(id);
    const text = compact ? publisher : shortCitation(id);
    if (!entries.has(text) || !entries.get(text)) entries.set(text, url);
  }
  // A citation line like the slide's own (class "cite"), placed in the chart's caption.
  return html`<p class="cite"><span class="cite-label">${ids.length > 1 ? 'Sources' : 'Source'}:</span> ${[...entries].map(([text, url], i) => html`${i > 0 ? '; ' : ''}${url ? renderLink(text, url) : text}`)}</p>`;
}

function renderTable(chart: ResolvedChart): Html {
  return html`<table class="chart-table">
<caption>${chart.alt}</caption>
<thead><tr><td></td>${chart.series.map((s) => html`<th scope="col">${chart.series.length > 1 ? s.label : chart.axisTitle}</th>`)}</tr></thead>
<tbody>${chart.labels.map((label, row) => html`<tr><th scope="row">${label}</th>${chart.series.map((s) => html`<td>${s.full[row]}</td>`)}</tr>`)}</tbody>
</table>`;
}

/**
 * The figure for resolved chart data; `caption` is the note and source line under it. When the caption
 * names every source the slide cites, the figure says so and the slide's own source line steps aside.
 */
function renderFigure(chart: ResolvedChart, caption: Html, citesSlide: boolean, extraClass = ''): Html {
  return html`<figure class="chart${extraClass}" data-chart-id="${chart.id}" data-chart="${JSON.stringify(chart)}"${citesSlide ? html` data-cites-slide` : ''}>
<div class="chart-frame" role="img" aria-label="${chart.alt}"><canvas class="chart-canvas"></canvas></div>
<figcaption class="chart-caption">${caption}</figcaption>
${renderTable(chart)}
</figure>`;
}

/** The sources a figure's caption names: its own facts', which it also adds to the slide's citations. */
function ownSources(facts: readonly FactId[], citations: Citations, own: Citations): SourceId[] {
  for (const id of facts) {
    own.useFact(id);
    citations.useFact(id);
  }
  return [...own.sources];
}

const coversSlide = (sources: readonly SourceId[], citations: Citations) => [...citations.sources].every((id) => sources.includes(id));

/**
 * A chart from its spec: the figure, a note where the scale needs one, and the chart's sources. Render
 * whatever else the slide cites first, so the figure knows whether its source line is the slide's.
 */
export function renderChart(spec: ChartSpec, citations: Citations): Html {
  const chart = resolveChart(spec);
  const own = new Citations();
  const note = spec.note && html`<span class="chart-note">${renderRich(spec.note, own)}</span> `;
  const sources = ownSources([...chartFacts(spec), ...own.facts], citations, own);
  return renderFigure(chart, html`${note}${renderSources(sources)}`, coversSlide(sources, citations));
}

/** A default value as a fact span: the slide's figure rule and its source line both see it. */
function factSpan(id: FactId, citations: Citations, style: 'full' | 'short' = 'full'): Html {
  citations.useFact(id);
  return html`<span class="fact" data-fact="${id}">${factText(id, style)}</span>`;
}

/**
 * The interactive cost model, rendered in its default state so print and no-JavaScript readers see
 * it too. The inputs start disabled and the page's script enables them: without it they could not work.
 */
export function renderCostModel(slide: CostModelSlide, citations: Citations): Html {
  const defaults: CostModelDefaults = { hours: factNumber(slide.gpuHours), rate: factNumber(slide.pricePerHour), hardware: factNumber(slide.hardware) };
  const ranges = costModelRanges(defaults);
  const id = slide.id;
  const state = { hours: defaults.hours, rate: defaults.rate, withHardware: false };
  const total = costModelTotal(defaults, state);
  const alt = 'The final training run, GPU-hours times the rental price, beside the estimated hardware spend when it is added.';
  const chart = costModelChart(`${id}-chart`, defaults, state, alt);
  const sources = ownSources([slide.gpuHours, slide.pricePerHour, slide.hardware], citations, new Citations());
  return html`<div class="cost-model" data-cost-model="${JSON.stringify(defaults)}">
<form class="cost-controls" aria-label="Cost model inputs">
<div class="cost-field">
<label for="${id}-hours">GPU-hours</label>
<output class="cost-value" for="${id}-hours" data-show="hours">${factSpan(slide.gpuHours, citations)}</output>
<input type="range" id="${id}-hours" name="hours" min="${ranges.hours.min}" max="${ranges.hours.max}" step="${ranges.hours.step}" value="${defaults.hours}" aria-valuetext="${factText(slide.gpuHours)}" disabled>
</div>
<div class="cost-field">
<label for="${id}-rate">Price per GPU-hour</label>
<output class="cost-value" for="${id}-rate" data-show="rate">${factSpan(slide.pricePerHour, citations)}</output>
<input type="range" id="${id}-rate" name="rate" min="${ranges.rate.min}" max="${ranges.rate.max}" step="${ranges.rate.step}" value="${defaults.rate}" aria-valuetext="${factText(slide.pricePerHour)}" disabled>
</div>
<div class="cost-field cost-switch">
<input type="checkbox" role="switch" id="${id}-hardware" name="hardware" disabled>
<label for="${id}-hardware">Add the estimated hardware spend, ${factSpan(slide.hardware, citations, 'short')}</label>
</div>
<button type="reset" class="cost-reset" disabled>Back to the report’s figures</button>
</form>
<div class="cost-outcome">
<p class="cost-result"><span class="cost-result-label">Total</span> <output class="cost-total" data-show="total" aria-live="polite"><span class="fact" data-facts="${slide.gpuHours} ${slide.pricePerHour}">${formatNumber(total, 'usd', 'short')}</span></output></p>
<p class="cost-formula"><output data-show="formula">${factSpan(slide.gpuHours, citations)} × ${factSpan(slide.pricePerHour, citations)}</output></p>
${renderFigure(chart, renderSources(sources), coversSlide(sources, citations), ' cost-chart')}
</div>
</div>`;
}
