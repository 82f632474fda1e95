/** A part's divider: the part's title and the question it answers. */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';

export interface SectionSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'section';
  /** One line under the title: the question this part answers. */
  readonly kicker?: string;
}

export const section = defineKind<SectionSlide>({
  role: 'divider',
  render: (slide, ctx) => html`${ctx.title(slide.title)}${slide.kicker && html`<p class="kicker">${slide.kicker}</p>`}`,
});
