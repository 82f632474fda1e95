/** The talk's first slide: its title, subtitle and byline, with an optional picture the talk draws. */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html, type Html } from '../core/render/html.ts';

export interface TitleSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'title';
  readonly subtitle: string;
  /** Speaker, event, date. */
  readonly byline: string;
  /** A decorative picture beside the title (inline SVG made by the talk); hidden from screen readers. */
  readonly picture?: Html;
}

export const title = defineKind<TitleSlide>({
  role: 'title',
  render: (slide, ctx) => html`<p class="eyebrow">${ctx.talk.meta.subtitle}</p>
<h1 class="slide-title deck-title" id="${slide.id}-title">${slide.title}</h1>
<p class="subtitle">${slide.subtitle}</p>
<p class="byline">${slide.byline}</p>
${slide.picture}`,
});
