/**
 * The talk as the remote needs it: each slide's title, notes, fragment count and planned seconds,
 * read from the deck's own page (index.html beside this one), which the build prerendered with every
 * slide in it. One source for both pages: the remote always matches the deck the server serves.
 */
import { ATTR, SELECTOR } from '../../core/contract.ts';

export interface OutlineSlide {
  readonly h: number;
  readonly v: number;
  readonly title: string;
  /** The speaker notes, as nodes of this document. */
  readonly notes: DocumentFragment;
  readonly fragments: number;
  /** Seconds planned (data-timing), 0 when the slide has none. */
  readonly seconds: number;
}

function titleOf(section: Element, page: Document): string {
  const labelled = section.getAttribute('aria-labelledby');
  const heading = (labelled && page.getElementById(labelled)) || section.querySelector('h1, h2, h3');
  return heading?.textContent?.replace(/\s+/g, ' ').trim() || section.id || 'Untitled slide';
}

function notesOf(section: Element): DocumentFragment {
  const notes = document.createDocumentFragment();
  const aside = section.querySelector(SELECTOR.notes);
  if (aside) for (const child of aside.childNodes) notes.append(document.importNode(child, true));
  return notes;
}

/** The slides of a deck page, in reveal's order: a stack's slides are its vertical ones. */
export function readOutline(page: Document): OutlineSlide[] {
  const slides: OutlineSlide[] = [];
  const top = page.querySelectorAll('.reveal .slides > section');
  top.forEach((stack, h) => {
    const vertical = stack.querySelectorAll(':scope > section');
    const sections = vertical.length > 0 ? [...vertical] : [stack];
    sections.forEach((section, v) => {
      slides.push({
        h,
        v,
        title: titleOf(section, page),
        notes: notesOf(section),
        fragments: section.querySelectorAll('.fragment').length,
        seconds: Number(section.getAttribute(ATTR.timing)) || 0,
      });
    });
  });
  return slides;
}

export async function fetchOutline(deckPage: URL): Promise<OutlineSlide[]> {
  const response = await fetch(deckPage, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`the deck's page answered ${response.status}`);
  return readOutline(new DOMParser().parseFromString(await response.text(), 'text/html'));
}
