/** Dated events in order; each date is a date fact, so the timeline is sourced. */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';
import { ATTR } from '../core/contract.ts';

export interface TimelineSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'timeline';
  readonly events: readonly { readonly date: I['fact']; readonly label: string; readonly highlight?: boolean }[];
}

export const timeline = defineKind<TimelineSlide>({
  cites: (slide, citations) => slide.events.forEach((event) => citations.useFact(event.date)),
  render: (slide, ctx) => html`${ctx.title(slide.title)}
<ol class="timeline">${slide.events.map(
    (event) =>
      html`<li class="${event.highlight ? 'is-highlight' : ''}"><span class="timeline-date fact" ${ATTR.fact}="${event.date}">${ctx.registry.factText(event.date)}</span><span class="timeline-label">${event.label}</span></li>`,
  )}</ol>`,
});
