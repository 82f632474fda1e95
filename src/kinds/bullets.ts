/** A list, where a list is the point; optionally revealed one item at a time. */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';

export interface BulletsSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'bullets';
  readonly lead?: Rich<I>;
  readonly bullets: readonly Rich<I>[];
  /** Reveal the bullets one by one. */
  readonly stepwise?: boolean;
}

export const bullets = defineKind<BulletsSlide>({
  render: (slide, ctx) => html`${ctx.title(slide.title)}
${slide.lead && html`<p class="lead">${ctx.rich(slide.lead)}</p>`}
<ul class="bullets">${slide.bullets.map((item) => (slide.stepwise ? html`<li class="fragment">${ctx.rich(item)}</li>` : html`<li>${ctx.rich(item)}</li>`))}</ul>`,
});
