/**
 * The last slide: a message, and the deck's public address with its QR code so the room keeps the
 * link. While the talk is unpublished it shows the talk's own sentence for that instead.
 */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';
import { checkPublicUrl, qrSvg } from '../core/render/qr.ts';
import { renderLink } from '../core/render/rich.ts';

export interface ClosingSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'closing';
  readonly message?: Rich<I>;
  /** Shown in place of the address and QR code while the talk has no public address. */
  readonly unpublished: Rich<I>;
}

export const closing = defineKind<ClosingSlide>({
  render: (slide, ctx) => {
    const url = ctx.talk.meta.publicUrl && checkPublicUrl(ctx.talk.meta.publicUrl);
    const address = url
      ? html`<div class="closing-link">${qrSvg(url, `QR code for ${url}`)}<p class="public-url">${renderLink(url.replace(/^https:\/\//, ''), url)}</p></div>`
      : html`<p class="public-url is-unset">${ctx.rich(slide.unpublished)}</p>`;
    return html`${ctx.title(slide.title)}
${slide.message && html`<p class="lead">${ctx.rich(slide.message)}</p>`}
${address}`;
  },
});
