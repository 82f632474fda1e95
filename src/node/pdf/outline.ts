/**
 * The PDF's bookmarks, from the manifest: one per part of the talk, and under it one per slide, each
 * pointing at the slide's first page. Built from the manifest rather than from the page's headings, so
 * titles are the authored ones (Chromium drops the space at a line wrap), fragment-step copies of a
 * slide add no duplicates, and the nesting follows the parts whether or not a part has a divider.
 */
import type { RenderedSlide } from '../../core/render/render-deck.ts';
import type { Talk } from '../../core/model/talk.ts';

export interface OutlineItem {
  readonly title: string;
  /** Zero-based page index. */
  readonly page: number;
  readonly children: readonly OutlineItem[];
}

/**
 * @param pageSlides the slide id on each page of the PDF, in page order (fragment steps and handout
 *   pages repeat or keep a slide's id).
 */
export function deckOutline(deck: Pick<Talk, 'sections'>, slides: readonly RenderedSlide[], pageSlides: readonly string[]): OutlineItem[] {
  const firstPage = new Map<string, number>();
  pageSlides.forEach((id, page) => {
    if (!firstPage.has(id)) firstPage.set(id, page);
  });
  const pageOf = (id: string): number => {
    const page = firstPage.get(id);
    if (page === undefined) throw new Error(`Slide "${id}" has no page in the print view.`);
    return page;
  };

  return deck.sections.flatMap((section) => {
    const own = slides.filter((rendered) => rendered.section.id === section.id).map((rendered) => rendered.slide);
    if (own.length === 0) return [];
    // The part's own entry stands for its divider, or for a first slide that bears the part's name.
    const head = own.find((slide) => slide.kind === 'section') ?? (own[0]!.title === section.title ? own[0] : undefined);
    const children = own.filter((slide) => slide !== head).map((slide) => ({ title: slide.title, page: pageOf(slide.id), children: [] }));
    return [{ title: head?.title ?? section.title, page: pageOf((head ?? own[0]!).id), children }];
  });
}
