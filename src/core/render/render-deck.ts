/** Renders the whole deck to reveal.js markup at build time: every slide's text, notes and chart data. */
import { PARAGRAPHS } from '../../../slides/essay.ts';
import { shortCitation, source } from '../registry.ts';
import type { Deck, Section, Slide, SourcesSlide, SourceId } from '../types.ts';
import { Citations } from './citations.ts';
import { html, type Html } from './html.ts';
import { renderLayout, type LayoutContext, type SourcePage } from './layouts.ts';
import { renderRich, renderLink } from './rich.ts';

export interface RenderedSlide {
  readonly slide: Slide;
  readonly section: Section;
  readonly citations: Citations;
  readonly html: Html;
}

export interface RenderedDeck {
  readonly html: Html;
  readonly slides: readonly RenderedSlide[];
  /** Every source the deck cites, in order of first citation: what the Sources slide lists. */
  readonly sources: readonly SourceId[];
}

/** Slides in a part with a divider sit one heading level below it, so the PDF outline nests them. */
function headingLevel(slide: Slide, section: Section): LayoutContext['level'] {
  if (slide.kind === 'title') return 1;
  if (slide.kind === 'section') return 2;
  return section.slides.some((s) => s.kind === 'section') ? 3 : 2;
}

function renderSourceLine(citations: Citations): Html {
  const ids = [...citations.sources];
  if (ids.length === 0) return html``;
  return html`<p class="cite"><span class="cite-label">${ids.length > 1 ? 'Sources' : 'Source'}:</span> ${ids.map((id, i) => {
    const { url } = source(id);
    const text = shortCitation(id);
    return html`${i > 0 ? '; ' : ''}${url ? renderLink(text, url) : text}`;
  })}</p>`;
}

function renderNotes(slide: Slide, citations: Citations): Html {
  return html`<aside class="notes">${slide.notes.map((paragraph) => html`<p>${renderRich(paragraph, citations)}</p>`)}${
    slide.paragraphs.length > 0 &&
    html`<p class="notes-essay">Essay: ${slide.paragraphs.map((id, i) => html`${i > 0 ? ', ' : ''}<abbr title="${PARAGRAPHS[id]}">${id}</abbr>`)}</p>`
  }</aside>`;
}

/** Renders one slide; any error names the slide, so a bad id or chart points at where to fix it. */
function renderSlide(slide: Slide, section: Section, deck: Deck, sourcePage: SourcePage = NO_SOURCES): RenderedSlide {
  try {
    return renderSlideUnchecked(slide, section, deck, sourcePage);
  } catch (error) {
    throw new Error(`Slide "${slide.id}" (slides/sections/${section.id}.ts): ${(error as Error).message}`, { cause: error });
  }
}

function renderSlideUnchecked(slide: Slide, section: Section, deck: Deck, sourcePage: SourcePage): RenderedSlide {
  const citations = new Citations();
  citations.useSlide(slide);
  const body = renderLayout(slide, { deck, citations, level: headingLevel(slide, section), sourcePage });
  const notes = renderNotes(slide, citations);
  const markup = html`<section id="${slide.id}" class="slide slide-${slide.kind}" data-kind="${slide.kind}" data-section="${section.id}" data-timing="${slide.timing}" aria-labelledby="${slide.id}-title">
<div class="slide-body">${body}</div>
${renderSourceLine(citations)}
${notes}
</section>`;
  return { slide, section, citations, html: markup };
}

const NO_SOURCES: SourcePage = { ids: [], start: 1 };

/** How many references fit on one Sources slide at a readable size. */
export const SOURCES_PER_SLIDE = 27;

/** The Sources slide becomes as many slides as its list needs: `sources`, `sources-2`, ... */
function renderSources(slide: SourcesSlide, section: Section, deck: Deck, sources: readonly SourceId[]): RenderedSlide[] {
  const pages = Math.max(1, Math.ceil(sources.length / SOURCES_PER_SLIDE));
  return Array.from({ length: pages }, (_, page) => {
    const id = page === 0 ? slide.id : `${slide.id}-${page + 1}`;
    const title = pages === 1 ? slide.title : `${slide.title} (${page + 1}/${pages})`;
    const ids = sources.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE);
    return renderSlide({ ...slide, id, title }, section, deck, { ids, start: page * SOURCES_PER_SLIDE + 1 });
  });
}

export function renderDeck(deck: Deck): RenderedDeck {
  const entries = deck.sections.flatMap((section) => section.slides.map((slide) => ({ slide, section })));
  // First pass: everything but the Sources slide, to learn what the deck cites and in which order.
  const firstPass = entries.map(({ slide, section }) => (slide.kind === 'sources' ? null : renderSlide(slide, section, deck)));
  const sources = [...new Set(firstPass.flatMap((rendered) => (rendered ? [...rendered.citations.sources] : [])))];
  const slides = entries.flatMap(({ slide, section }, i) => {
    const rendered = firstPass[i];
    if (rendered) return [rendered];
    return slide.kind === 'sources' ? renderSources(slide, section, deck, sources) : [];
  });
  return { html: html`${slides.map((s) => s.html)}`, slides, sources };
}
