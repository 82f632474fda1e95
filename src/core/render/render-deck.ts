/** Renders a whole talk to reveal.js markup at build time: every slide's text, notes and chart data. */
import { BUILT_IN_KINDS } from '../../kinds/index.ts';
import type { RenderContext, SlideKind } from '../kind.ts';
import type { SlideBase, Talk } from '../model/talk.ts';
import { createRegistry, type Registry } from '../registry.ts';
import { Citations } from './citations.ts';
import { html, type Html } from './html.ts';
import { renderCiteLine, renderFact, renderRich } from './rich.ts';
import { ATTR, CLASS } from '../contract.ts';

type Section = Talk['sections'][number];

export interface RenderedSlide {
  readonly slide: SlideBase;
  readonly section: Section;
  readonly citations: Citations;
  /** The whole slide: its <section> and everything in it. */
  readonly html: Html;
  /** What the <section> holds: what a deferred slide's file carries (page.ts). */
  readonly content: Html;
  /** The <section> with its headline only: a deferred slide's stand-in until its content comes. */
  readonly shell: Html;
}

export interface RenderedDeck {
  readonly html: Html;
  readonly slides: readonly RenderedSlide[];
  /** Every source the deck cites, in order of first citation: what the Sources slide lists. */
  readonly sources: readonly string[];
  readonly registry: Registry;
}

/** The talk's kinds beside the engine's, by name; a slide whose kind has no module stops the build. */
function kindsOf(talk: Talk): (slide: SlideBase) => SlideKind {
  const kinds = { ...BUILT_IN_KINDS, ...talk.kinds } as Readonly<Record<string, SlideKind | undefined>>;
  return (slide) => {
    const kind = Object.hasOwn(kinds, slide.kind) ? kinds[slide.kind] : undefined;
    if (!kind) throw new Error(`its kind "${slide.kind}" has no module: add one to src/kinds/ or to the talk's kinds`);
    return kind;
  };
}

/** Slides in a part with a divider sit one heading level below it, so the PDF outline nests them. */
function headingLevel(kind: SlideKind, section: Section, kindOf: (slide: SlideBase) => SlideKind): 1 | 2 | 3 {
  if (kind.role === 'title') return 1;
  if (kind.role === 'divider') return 2;
  return section.slides.some((s) => kindOf(s).role === 'divider') ? 3 : 2;
}

function heading(level: 1 | 2 | 3, text: string, id: string): Html {
  switch (level) {
    case 1:
      return html`<h1 class="slide-title" id="${id}-title">${text}</h1>`;
    case 2:
      return html`<h2 class="slide-title" id="${id}-title">${text}</h2>`;
    case 3:
      return html`<h3 class="slide-title" id="${id}-title">${text}</h3>`;
  }
}

function renderSourceLine(citations: Citations, registry: Registry): Html {
  const ids = [...citations.sources];
  if (ids.length === 0) return html``;
  return renderCiteLine(
    ids.length,
    ids.map((id) => [registry.shortCitation(id), registry.source(id).url] as const),
  );
}

/**
 * The notes: reveal finds them as `aside.notes`; as a note rather than a landmark, named after their
 * slide, they do not fill a screen reader's landmark list with identical entries.
 */
function renderNotes(slide: SlideBase, talk: Talk, registry: Registry, citations: Citations): Html {
  const label = talk.wording.paragraphsLabel;
  const paragraphs =
    label && slide.paragraphs.length > 0
      ? html`<p class="notes-essay">${label}: ${slide.paragraphs.map((id, i) => html`${i > 0 ? ', ' : ''}<abbr title="${registry.paragraph(id)}">${id}</abbr>`)}</p>`
      : '';
  return html`<aside class="${CLASS.notes}" role="note" aria-label="Notes for ${slide.title}">${slide.notes.map((paragraph) => html`<p>${renderRich(paragraph, registry, citations)}</p>`)}${paragraphs}</aside>`;
}

interface Pass {
  readonly talk: Talk;
  readonly registry: Registry;
  readonly kindOf: (slide: SlideBase) => SlideKind;
  readonly outline: RenderContext['outline'];
  readonly allSources: readonly string[];
}

/** Runs `work` for a slide; any error names the slide and its part, so a bad id or chart points at where to fix it. */
function forSlide<T>(slide: SlideBase, section: Section, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new Error(`Slide "${slide.id}" (part "${section.id}"): ${(error as Error).message}`, { cause: error });
  }
}

function renderSlide(slide: SlideBase, section: Section, pass: Pass): RenderedSlide {
  return forSlide(slide, section, () => {
    const { talk, registry, kindOf } = pass;
    const kind = kindOf(slide);
    const citations = new Citations(registry);
    if (slide.sources) citations.useSources(slide.sources);
    kind.cites?.(slide, citations);
    const level = headingLevel(kind, section, kindOf);
    const ctx: RenderContext = {
      talk,
      registry,
      citations,
      outline: pass.outline,
      allSources: pass.allSources,
      rich: (text) => renderRich(text, registry, citations),
      title: (text) => heading(level, text, slide.id),
      fact: (id, style) => renderFact(id, registry, citations, style),
    };
    const body = kind.render(slide, ctx);
    const notes = renderNotes(slide, talk, registry, citations);
    const open = html`<section id="${slide.id}" class="slide slide-${slide.kind}" ${ATTR.kind}="${slide.kind}" ${ATTR.section}="${section.id}" ${ATTR.sectionTitle}="${section.title}" ${ATTR.timing}="${slide.timing}" aria-labelledby="${slide.id}-title"`;
    const content = html`
<div class="slide-body">${body}</div>
${renderSourceLine(citations, registry)}
${notes}
`;
    const markup = html`${open}>${content}</section>`;
    const shell = html`${open} ${ATTR.deferred}><div class="slide-body">${ctx.title(slide.title)}</div></section>`;
    return { slide, section, citations, html: markup, content, shell };
  });
}

export function renderDeck(talk: Talk): RenderedDeck {
  const registry = createRegistry(talk.registry);
  const kindOf = kindsOf(talk);
  const outline = talk.sections.flatMap((section) => section.slides.map((slide) => ({ slide, section })));
  // First pass: every slide that does not wait for the talk's sources, to learn what the talk cites and in which order.
  const first: Pass = { talk, registry, kindOf, outline, allSources: [] };
  const waits = (slide: SlideBase, section: Section) => forSlide(slide, section, () => kindOf(slide).paginate !== undefined);
  const firstPass = outline.map(({ slide, section }) => (waits(slide, section) ? null : renderSlide(slide, section, first)));
  const sources = [...new Set(firstPass.flatMap((rendered) => (rendered ? [...rendered.citations.sources] : [])))];
  const last: Pass = { ...first, allSources: sources };
  const slides = outline.flatMap(({ slide, section }, i) => {
    const rendered = firstPass[i];
    if (rendered) return [rendered];
    const paginate = kindOf(slide).paginate!;
    return paginate(slide, sources).map((page) => renderSlide(page, section, last));
  });
  return { html: html`${slides.map((s) => s.html)}`, slides, sources, registry };
}
