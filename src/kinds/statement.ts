/** One big sentence, with an optional line of detail under it. */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';

export interface StatementSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'statement';
  readonly statement: Rich<I>;
  readonly detail?: Rich<I>;
}

export const statement = defineKind<StatementSlide>({
  render: (slide, ctx) => html`${ctx.title(slide.title)}
<p class="statement">${ctx.rich(slide.statement)}</p>
${slide.detail && html`<p class="detail">${ctx.rich(slide.detail)}</p>`}`,
});
