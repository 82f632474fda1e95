/**
 * A long talk for the benchmark: the talk's own slides repeated, in order, until the page has the
 * asked number of slides, each copy's slide and part ids made unique ("cost-headline-r2"), so deep
 * links, charts and notes behave as in a real talk of that length. `DECK_SLIDES=N` in the environment
 * makes vite.config.ts hand this talk to the build and every command (`npm run bench -- --slides N`).
 */
import { renderDeck } from '../core/render/render-deck.ts';
import type { SlideBase, Talk } from '../core/model/talk.ts';

/** The environment variable that asks for a talk of that many slides. */
export const SLIDES_ENV = 'DECK_SLIDES';

/** The talk at `slides` slides in the page, or the talk itself when the environment asks for none. */
export function talkAtLength<T extends Talk>(talk: T, asked = process.env[SLIDES_ENV]): T {
  if (asked === undefined || asked === '') return talk;
  const slides = Number(asked);
  if (!Number.isInteger(slides) || slides < 1) throw new Error(`${SLIDES_ENV}=${asked}: give a whole number of slides (1 or more), e.g. ${SLIDES_ENV}=200.`);
  return longTalk(talk, slides);
}

/** A copy's id: the first copy keeps the talk's ids, so its deep links still work. */
function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-r${copy + 1}`;
}

export function longTalk<T extends Talk>(talk: T, slides: number): T {
  // A slide can fill more than one page (the Sources slide paginates), so count pages, not slides.
  const rendered = renderDeck(talk).slides;
  const pagesOf = (slide: SlideBase) => rendered.filter((r) => r.slide.id === slide.id || r.slide.id.startsWith(`${slide.id}-`)).length || 1;
  const sections: T['sections'][number][] = [];
  let pages = 0;
  for (let copy = 0; pages < slides; copy++) {
    for (const section of talk.sections) {
      const kept: SlideBase[] = [];
      for (const slide of section.slides) {
        const cost = pagesOf(slide);
        // A slide that would overshoot is left out (only a paginating one can), so the count is exact.
        if (pages + cost > slides) continue;
        pages += cost;
        kept.push({ ...slide, id: copyId(slide.id, copy) });
      }
      if (kept.length > 0) sections.push({ ...section, id: copyId(section.id, copy), slides: kept } as T['sections'][number]);
      if (pages >= slides) break;
    }
  }
  return { ...talk, sections };
}
