/**
 * One to three dated quotes side by side, a who-said-what grid: each quote short enough for a room to
 * read, under it who said it (name, role, date) and what the speaker stands to gain. Where it was
 * said and the full wording are in the quote's sources (the Sources slides) and the notes.
 */
import { formatDate } from '../core/format.ts';
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';

export interface QuoteSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'quote';
  readonly quotes: readonly { readonly quote: I['quote']; readonly interest: Rich<I> }[];
}

export const quote = defineKind<QuoteSlide>({
  cites: (slide, citations) => slide.quotes.forEach((item) => citations.useQuote(item.quote)),
  render: (slide, ctx) => html`${ctx.title(slide.title)}
<div class="quotes" data-count="${slide.quotes.length}">${slide.quotes.map(({ quote: id, interest }) => {
    const q = ctx.registry.quote(id);
    return html`<figure class="quote">
<blockquote><p>${q.text}</p></blockquote>
<figcaption><span class="attribution"><strong class="who">${q.who}</strong> <span class="role">${q.role} · <time datetime="${q.date}">${formatDate(q.date)}</time></span></span><span class="interest"><span class="interest-label">${ctx.talk.wording.interestLabel}:</span> ${ctx.rich(interest)}</span></figcaption>
</figure>`;
  })}</div>`,
});
