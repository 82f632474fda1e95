/** One layout per slide kind: the visible body of a slide, as HTML. */
import { formatDate } from '../format.ts';
import { highlight } from '../highlight.ts';
import { factText, fullCitation, quote, source } from '../registry.ts';
import type { Deck, Slide, SourceId } from '../types.ts';
import { renderChart, renderCostModel } from './charts.ts';
import type { Citations } from './citations.ts';
import { fromLibrary, html, type Html } from './html.ts';
import { outlierMotif } from './motif.ts';
import { checkPublicUrl, qrSvg } from './qr.ts';
import { renderLink, renderRich } from './rich.ts';

export interface LayoutContext {
  readonly deck: Deck;
  readonly citations: Citations;
  /** The heading level of this slide's title: 2 in a part without a divider, 3 under a divider. */
  readonly level: 1 | 2 | 3;
  /** For a Sources slide: the sources it lists. */
  readonly sourcePage: SourcePage;
}

/** One Sources slide's share of the list. */
export interface SourcePage {
  readonly ids: readonly SourceId[];
  /** The number of its first reference: a list split over several slides keeps counting. */
  readonly start: number;
}

function heading(level: LayoutContext['level'], text: string, id: string): Html {
  switch (level) {
    case 1:
      return html`<h1 class="slide-title" id="${id}-title">${text}</h1>`;
    case 2:
      return html`<h2 class="slide-title" id="${id}-title">${text}</h2>`;
    case 3:
      return html`<h3 class="slide-title" id="${id}-title">${text}</h3>`;
  }
}

export function renderLayout(slide: Slide, ctx: LayoutContext): Html {
  const rich = (text: Parameters<typeof renderRich>[0]) => renderRich(text, ctx.citations);
  const title = (text: string) => heading(ctx.level, text, slide.id);
  switch (slide.kind) {
    case 'title':
      return html`<p class="eyebrow">${ctx.deck.meta.subtitle}</p>
<h1 class="slide-title deck-title" id="${slide.id}-title">${slide.title}</h1>
<p class="subtitle">${slide.subtitle}</p>
<p class="byline">${slide.byline}</p>
${outlierMotif()}`;
    case 'section':
      return html`${heading(2, slide.title, slide.id)}${slide.kicker && html`<p class="kicker">${slide.kicker}</p>`}`;
    case 'bullets':
      return html`${title(slide.title)}
${slide.lead && html`<p class="lead">${rich(slide.lead)}</p>`}
<ul class="bullets">${slide.bullets.map((b) => (slide.stepwise ? html`<li class="fragment">${rich(b)}</li>` : html`<li>${rich(b)}</li>`))}</ul>`;
    case 'statement':
      return html`${title(slide.title)}
<p class="statement">${rich(slide.statement)}</p>
${slide.detail && html`<p class="detail">${rich(slide.detail)}</p>`}`;
    case 'quote':
      return html`${title(slide.title)}
<div class="quotes" data-count="${slide.quotes.length}">${slide.quotes.map(({ quote: id, interest }) => {
        const q = quote(id);
        return html`<figure class="quote">
<blockquote><p>${q.text}</p></blockquote>
<figcaption><strong>${q.who}</strong>, ${q.role} · <time datetime="${q.date}">${formatDate(q.date)}</time>, ${q.where}</figcaption>
<p class="interest"><span class="interest-label">Stake:</span> ${rich(interest)}</p>
</figure>`;
      })}</div>`;
    case 'chart': {
      // The takeaway first: the chart's caption must know everything the slide cites.
      const takeaway = slide.takeaway && html`<p class="takeaway">${rich(slide.takeaway)}</p>`;
      return html`${title(slide.title)}
${renderChart(slide.chart, ctx.citations)}
${takeaway}`;
    }
    case 'code':
      return html`${title(slide.title)}
<pre class="code"><code class="hljs language-${slide.language}">${fromLibrary(highlight(slide.code, slide.language))}</code></pre>
${slide.caption && html`<p class="caption">${rich(slide.caption)}</p>`}`;
    case 'table':
      return html`${title(slide.title)}
<table class="data-table">
<thead><tr>${slide.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${slide.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${rich(cell)}</th>` : html`<td>${rich(cell)}</td>`))}</tr>`)}</tbody>
</table>
${slide.caption && html`<p class="caption">${rich(slide.caption)}</p>`}`;
    case 'timeline':
      return html`${title(slide.title)}
<ol class="timeline">${slide.events.map((event) => {
        ctx.citations.useFact(event.date);
        return html`<li class="${event.highlight ? 'is-highlight' : ''}"><span class="timeline-date fact" data-fact="${event.date}">${factText(event.date)}</span><span class="timeline-label">${event.label}</span></li>`;
      })}</ol>`;
    case 'cost-model':
      return html`${title(slide.title)}${renderCostModel(slide, ctx.citations)}`;
    case 'agenda':
      return html`${title(slide.title)}
<ol class="agenda">${ctx.deck.sections
        .filter((section) => section.slides.some((s) => s.kind === 'section'))
        .map((section) => {
          const divider = section.slides.find((s) => s.kind === 'section');
          return html`<li><a href="#${divider?.id ?? section.id}">${section.title}</a></li>`;
        })}</ol>`;
    case 'sources':
      return html`${title(slide.title)}
<ol class="sources-list"${ctx.sourcePage.start > 1 ? html` start="${ctx.sourcePage.start}"` : ''}>${ctx.sourcePage.ids.map((id) => {
        const { url } = source(id);
        return html`<li id="source-${id}">${url ? renderLink(fullCitation(id), url) : fullCitation(id)}</li>`;
      })}</ol>`;
    case 'closing': {
      const url = ctx.deck.meta.publicUrl && checkPublicUrl(ctx.deck.meta.publicUrl);
      return html`${title(slide.title)}
${slide.message && html`<p class="lead">${rich(slide.message)}</p>`}
${url
  ? html`<div class="closing-link">${qrSvg(url, `QR code for ${url}`)}<p class="public-url">${renderLink(url.replace(/^https:\/\//, ''), url)}</p></div>`
  : html`<p class="public-url is-unset">The public address is not set yet: this copy is the one the speaker brought.</p>`}`;
    }
  }
}
