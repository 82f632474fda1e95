/**
 * A statement on a stage of its own: one sentence in very large type, full width, with an optional
 * line of detail under it. With a `figure` it is a big-number slide: the one number (a fact, with
 * its unit and source), the statement as its one-line label.
 */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';

export interface StatementSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'statement';
  readonly statement: Rich<I>;
  readonly detail?: Rich<I>;
  /** The one number the slide is about: shown huge, the statement under it as its label. */
  readonly figure?: I['fact'];
}

export const statement = defineKind<StatementSlide>({
  render: (slide, ctx) => html`${ctx.title(slide.title)}
<div class="stage${slide.figure ? ' has-figure' : ''}">
${slide.figure && html`<p class="big-number">${ctx.fact(slide.figure, 'short')}</p>`}
<p class="statement">${ctx.rich(slide.statement)}</p>
${slide.detail && html`<p class="detail">${ctx.rich(slide.detail)}</p>`}
</div>`,
});
