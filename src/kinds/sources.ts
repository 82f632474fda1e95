/**
 * The talk's references, generated from what its slides cite, in order of first citation. A long
 * list becomes several slides (`sources`, `sources-2`, ...) that keep counting.
 */
import { defineKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { html } from '../core/render/html.ts';
import { renderLink } from '../core/render/rich.ts';
import { CLASS } from '../core/contract.ts';

export interface SourcesSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'sources';
  /** Set for each page when the list is split: the references it lists and the number of its first. */
  readonly page?: { readonly ids: readonly string[]; readonly start: number };
}

/** How many references fit on one Sources slide at a readable size. */
export const SOURCES_PER_SLIDE = 21;

export const sources = defineKind<SourcesSlide>({
  paginate: (slide, all) => {
    const pages = Math.max(1, Math.ceil(all.length / SOURCES_PER_SLIDE));
    return Array.from({ length: pages }, (_, page) => ({
      ...slide,
      id: page === 0 ? slide.id : `${slide.id}-${page + 1}`,
      title: pages === 1 ? slide.title : `${slide.title} (${page + 1}/${pages})`,
      page: { ids: all.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE), start: page * SOURCES_PER_SLIDE + 1 },
    }));
  },
  render: (slide, ctx) => {
    const { ids, start } = slide.page ?? { ids: ctx.allSources, start: 1 };
    return html`${ctx.title(slide.title)}
<ol class="${CLASS.sourcesList}"${start > 1 ? html` start="${start}"` : ''}>${ids.map((id) => {
      const { url } = ctx.registry.source(id);
      const text = ctx.registry.fullCitation(id);
      return html`<li id="source-${id}">${url ? renderLink(text, url) : text}</li>`;
    })}</ol>`;
  },
});
