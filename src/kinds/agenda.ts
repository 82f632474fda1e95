/** The talk's parts, each a link to its divider: generated from the talk, never typed in. */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';

export interface AgendaSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'agenda';
}

export const agenda = defineKind<AgendaSlide>({
  render: (slide, ctx) => {
    // A part is listed when it opens with a divider: that slide is where the link goes.
    const dividers = ctx.talk.sections.flatMap((section) => {
      const divider = section.slides.find((s) => s.kind === 'section');
      return divider ? [{ section, divider }] : [];
    });
    return html`${ctx.title(slide.title)}
<ol class="agenda">${dividers.map(({ section, divider }) => html`<li><a href="#${divider.id}">${section.title}</a></li>`)}</ol>`;
  },
});
