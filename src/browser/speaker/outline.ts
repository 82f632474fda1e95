/**
 * The talk as the speaker view needs it, read from the page's own slides (the speaker view is the
 * same page as the deck): each slide's id, title, notes, planned seconds and part of the talk.
 */
import { ATTR, SELECTOR } from '../../core/contract.ts';

export interface OutlineSlide {
  readonly id: string;
  readonly title: string;
  readonly plannedSeconds: number;
  readonly part: number;
  /** How many steps its fragments add (each distinct data-fragment-index, or each fragment). */
  readonly fragmentSteps: number;
  readonly notes: HTMLElement | null;
}

export interface OutlinePart {
  readonly id: string;
  readonly title: string;
  /** Index of its first slide and one past its last. */
  readonly from: number;
  readonly to: number;
}

export interface Outline {
  readonly talk: string;
  readonly slides: readonly OutlineSlide[];
  readonly parts: readonly OutlinePart[];
  /** The slide at reveal's indices (h, v), as an index into `slides`, or -1. */
  indexOf(h: number, v: number): number;
}

function fragmentSteps(slide: HTMLElement): number {
  const fragments = [...slide.querySelectorAll<HTMLElement>('.fragment')];
  const indexed = new Set(fragments.map((fragment) => fragment.dataset.fragmentIndex ?? fragment));
  return indexed.size;
}

/** The slides under `root` (the deck's .reveal element), in order. */
export function readOutline(root: HTMLElement, talk: string): Outline {
  const parts: { id: string; title: string; from: number; to: number }[] = [];
  const sections = [...root.querySelectorAll<HTMLElement>(`${SELECTOR.slide}[${ATTR.section}]`)];
  const slides = sections.map((section, i): OutlineSlide => {
    const partId = section.getAttribute(ATTR.section) ?? '';
    if (parts.at(-1)?.id !== partId) parts.push({ id: partId, title: section.getAttribute(ATTR.sectionTitle) ?? partId, from: i, to: i });
    parts.at(-1)!.to = i + 1;
    const heading = section.querySelector(`#${CSS.escape(section.id)}-title`) ?? section.querySelector('h1, h2, h3');
    return {
      id: section.id,
      title: heading?.textContent?.replace(/\s+/g, ' ').trim() || section.id,
      plannedSeconds: Number(section.getAttribute(ATTR.timing)) || 0,
      part: parts.length - 1,
      fragmentSteps: fragmentSteps(section),
      notes: section.querySelector<HTMLElement>(SELECTOR.notes),
    };
  });
  // reveal's indices: h counts the top-level sections, v the slides of a vertical stack.
  const positions = new Map<string, number>();
  [...root.querySelectorAll<HTMLElement>('.slides > section')].forEach((top, h) => {
    const stack = [...top.querySelectorAll<HTMLElement>(':scope > section')];
    (stack.length > 0 ? stack : [top]).forEach((slide, v) => positions.set(`${h}.${v}`, sections.indexOf(slide)));
  });
  return { talk, slides, parts, indexOf: (h, v) => positions.get(`${h}.${v}`) ?? -1 };
}
