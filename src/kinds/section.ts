/**
 * A part's divider: the part's title, the question it answers, an optional picture the talk draws,
 * and where we are in the talk: every part that opens with a divider, in order, this one marked.
 */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html, type Html } from '../core/render/html.ts';

export interface SectionSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'section';
  /** One line under the title: the question this part answers. */
  readonly kicker?: string;
  /** A picture beside the title (inline SVG made by the talk, with its own alt text). */
  readonly picture?: Html;
}

export const section = defineKind<SectionSlide>({
  role: 'divider',
  render: (slide, ctx) => {
    const parts = ctx.talk.sections.filter((part) => part.slides.some((s) => s.kind === 'section'));
    const here = parts.findIndex((part) => part.slides.some((s) => s.id === slide.id));
    return html`<div class="divider-head"><div class="divider-text">${ctx.title(slide.title)}${slide.kicker && html`<p class="kicker">${slide.kicker}</p>`}</div>${slide.picture}</div>
<p class="talk-progress">${parts.map((part, i) =>
      i === here ? html`<span aria-current="step">${part.title}</span>` : html`<span class="${i < here ? 'is-done' : ''}">${part.title}</span>`,
    )}</p>`;
  },
});
