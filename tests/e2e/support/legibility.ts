/**
 * What the back row can read of the slide in view: its headline's size, the smallest text of its body
 * and of its source lines, the words of body text it asks a room to read, and its bulleted lists.
 */
import type { Page } from '@playwright/test';

export interface SlideReading {
  /** Font size of each headline (the slide's title), px at the authoring size. */
  readonly headlines: readonly number[];
  /** The smallest body text (not a headline, not a citation): its size and the text it belongs to. */
  readonly smallestText: { readonly size: number; readonly text: string } | null;
  /** The smallest citation line (a source line, a chart's sources, the Sources lists). */
  readonly smallestCite: { readonly size: number; readonly text: string } | null;
  /** Words of body text: everything visible but headlines, citations, quotes' attributions and code. */
  readonly words: number;
  /** Items of each visible bulleted list. */
  readonly lists: readonly number[];
}

/** Citation lines: the slide's source line, a chart caption's sources, the Sources slides' lists. */
export const CITATION = '.cite, .sources-list';
/** Text that is not body text to count: headlines, citations, a quote's attribution, code (counted as evidence, not prose). */
const NOT_COUNTED = `h1, h2, h3, ${CITATION}, figcaption .attribution, pre`;

export function readSlide(page: Page): Promise<SlideReading> {
  return page.evaluate(
    ({ citation, notCounted }) => {
      const slide = document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)');
      if (!slide) throw new Error('no slide in view');
      const hidden = (el: Element) =>
        el.closest('aside.notes, .sr-only, .chart-table, [aria-hidden="true"]') !== null || !el.checkVisibility({ opacityProperty: false, visibilityProperty: true });
      const headlines = [...slide.querySelectorAll('.slide-title')].filter((el) => !hidden(el)).map((el) => parseFloat(getComputedStyle(el).fontSize));
      let smallestText: { size: number; text: string } | null = null;
      let smallestCite: { size: number; text: string } | null = null;
      let counted = '';
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement;
        const text = node.textContent!.trim();
        if (!owner || text === '' || hidden(owner) || owner.closest('h1, h2, h3')) continue;
        // SVG text is measured in the units of its drawing, scaled to where it is drawn.
        const svg = owner.closest('svg');
        const scale = svg ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width) : 1;
        const size = Math.round(parseFloat(getComputedStyle(owner).fontSize) * scale * 10) / 10;
        const sample = (owner.closest('p, li, figcaption, td, th, text, span') ?? owner).textContent!.trim().replace(/\s+/g, ' ').slice(0, 60);
        if (owner.closest(citation)) {
          if (!smallestCite || size < smallestCite.size) smallestCite = { size, text: sample };
        } else if (!smallestText || size < smallestText.size) smallestText = { size, text: sample };
        if (!owner.closest(notCounted)) counted += ` ${text}`;
      }
      const words = counted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      const lists = [...slide.querySelectorAll('ul')].filter((ul) => !hidden(ul)).map((ul) => ul.querySelectorAll(':scope > li').length);
      return { headlines, smallestText, smallestCite, words, lists };
    },
    { citation: CITATION, notCounted: NOT_COUNTED },
  );
}
