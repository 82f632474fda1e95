/**
 * A picture as the evidence: an illustration or diagram the talk draws in code (inline SVG made at
 * build time, with its own alt text and theme colours), beside the one thing to read off it.
 */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html, type Html } from '../core/render/html.ts';

export interface DiagramSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'diagram';
  /** The picture: an `<svg role="img" aria-label=...>` the talk made (see src/core/render/svg.ts). */
  readonly picture: Html;
  /** The one thing to read off it. */
  readonly takeaway: Rich<I>;
}

export const diagram = defineKind<DiagramSlide>({
  render: (slide, ctx) => html`${ctx.title(slide.title)}
<div class="evidence"><div class="diagram">${slide.picture}</div><p class="takeaway">${ctx.rich(slide.takeaway)}</p></div>`,
});
