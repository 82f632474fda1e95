import { describe, expect, it } from 'vitest';
import { PARAGRAPH_IDS } from '../../../slides/essay.ts';
import { deck } from '../../../slides/index.ts';
import { SOURCES } from '../../../slides/sources.ts';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { plainText } from '../../../src/core/rich.ts';

const rendered = renderDeck(deck);
const slides = rendered.slides;
const authored = deck.sections.flatMap((section) => section.slides);

/** Slides that carry the talk; the rest are structure (title, dividers, agenda, sources, closing). */
const CONTENT_KINDS = new Set<string>(['bullets', 'statement', 'quote', 'chart', 'code', 'table', 'timeline', 'cost-model']);

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The words an audience reads on a slide: its body without title, notes, source line, code or chart data. */
function visibleBodyWords(markup: string): number {
  const body = markup
    .replace(/<aside class="notes"[^>]*>[\s\S]*?<\/aside>/g, ' ')
    .replace(/<p class="cite">[\s\S]*?<\/p>/g, ' ')
    .replace(/<h[1-3][^>]*>[\s\S]*?<\/h[1-3]>/g, ' ')
    .replace(/<pre class="code">[\s\S]*?<\/pre>/g, ' ')
    .replace(/<table class="chart-table">[\s\S]*?<\/table>/g, ' ')
    .replace(/<ol class="sources-list"[^>]*>[\s\S]*?<\/ol>/g, ' ')
    // A quote's attribution is not read as body text; the speaker's stake inside the caption is.
    .replace(/<figcaption>[\s\S]*?(?=<span class="interest">|<\/figcaption>)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  return words(body);
}

describe('the talk (slides/)', () => {
  it('has 25 to 40 slides', () => {
    expect(slides.length).toBeGreaterThanOrEqual(25);
    expect(slides.length).toBeLessThanOrEqual(40);
  });

  it('is planned for 18 to 22 minutes', () => {
    const seconds = slides.reduce((sum, s) => sum + s.slide.timing, 0);
    expect(seconds).toBeGreaterThanOrEqual(18 * 60);
    expect(seconds).toBeLessThanOrEqual(22 * 60);
  });

  it('draws on every paragraph of the essay (P02 to P20)', () => {
    const covered = new Set(authored.flatMap((slide) => slide.paragraphs));
    const missing = PARAGRAPH_IDS.filter((id) => id !== 'P01' && !covered.has(id));
    expect(missing).toEqual([]);
  });

  it.each(authored.map((slide) => [slide.id, slide] as const))('slide %s has speaker notes (40+ words on content slides)', (_id, slide) => {
    expect(slide.notes.length).toBeGreaterThan(0);
    const count = words(slide.notes.map((note) => plainText(note)).join(' '));
    expect(count).toBeGreaterThanOrEqual(CONTENT_KINDS.has(slide.kind) ? 40 : 15);
  });

  it.each(slides.map((s) => [s.slide.id, s] as const))('slide %s keeps its visible body to about 50 words', (_id, s) => {
    expect(visibleBodyWords(s.html.markup)).toBeLessThanOrEqual(55);
  });

  it('cites every source in the registry somewhere, and lists them all on the Sources slides', () => {
    const unused = Object.keys(SOURCES).filter((id) => !rendered.sources.includes(id as keyof typeof SOURCES));
    expect(unused).toEqual([]);
    const listed = slides.filter((s) => s.slide.kind === 'sources').flatMap((s) => [...s.html.markup.matchAll(/<li id="source-([^"]+)"/g)].map((m) => m[1]));
    expect(listed).toEqual(rendered.sources);
  });
});
