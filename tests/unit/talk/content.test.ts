import { describe, expect, it } from 'vitest';
import { AS_OF, AS_OF_TEXT, asOfText } from '../../../slides/as-of.ts';
import { PARAGRAPH_IDS } from '../../../slides/essay.ts';
import { FACTS } from '../../../slides/facts.ts';
import { deck } from '../../../slides/index.ts';
import { QUOTES } from '../../../slides/quotes.ts';
import { AFTERMATH_SOURCES } from '../../../slides/sources-aftermath.ts';
import { SOURCES } from '../../../slides/sources.ts';
import { formatDate, formatValue } from '../../../src/core/format.ts';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { plainText } from '../../../src/core/rich.ts';
import type { FactId } from '../../../slides/facts.ts';
import type { TalkRich as Rich } from '../../../slides/authoring.ts';

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
    // A picture's alt text is for screen readers; its labels are read.
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<table class="chart-table">[\s\S]*?<\/table>/g, ' ')
    .replace(/<ol class="sources-list"[^>]*>[\s\S]*?<\/ol>/g, ' ')
    // A quote's attribution is not read as body text; the speaker's stake inside the caption is.
    .replace(/<figcaption>[\s\S]*?(?=<span class="interest">|<\/figcaption>)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  return words(body);
}

describe('the talk (slides/)', () => {
  it('has 25 to 40 slides to present (the Sources pages, generated from the citations, aside)', () => {
    expect(authored.length).toBeGreaterThanOrEqual(25);
    expect(authored.length).toBeLessThanOrEqual(40);
    expect(slides.length - authored.length).toBeLessThanOrEqual(8);
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

// ---------------------------------------------------------------- the talk as spoken, and as current as it says

/** Notes as the speaker reads them: facts written out the way the slide writes them. */
const spoken = (rich: Rich): string => plainText(rich, (ref) => formatValue(FACTS[ref.id as FactId].value, ref.style));
const noteTexts = authored.flatMap((slide) => slide.notes.map((note) => [slide.id, spoken(note)] as const));

/** Sentences of a text; a full stop inside a figure ("$5.576M") is not followed by a space, so it does not split. */
const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z“‘])/u).filter((part) => part.trim() !== '');

/** The text an audience sees on a slide: its markup without the notes, with tags and entities gone. */
const visibleText = (markup: string): string =>
  markup
    .replace(/<aside class="notes"[^>]*>[\s\S]*?<\/aside>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ');

/** The essay was written in the last days of January 2025. */
const ESSAY_END = `${SOURCES.essay.date}-31`;
const isoMonth = (iso: string): string => iso.slice(0, 7);

/** Hindsight: a fact reported by the aftermath's sources, or an event dated after the essay. */
function isHindsight(id: FactId): boolean {
  const value = FACTS[id].value;
  return FACTS[id].sources.some((src) => src in AFTERMATH_SOURCES) || (value.type === 'date' && value.iso > ESSAY_END);
}

/** Hindsight slides: the part on what happened next, and any slide, notes included, that draws on hindsight. */
const hindsight = slides.filter((s) => s.section.id === 'since' || [...s.citations.facts].some((id) => isHindsight(id as FactId)));

describe('the talk is as current as it says', () => {
  it('takes its as-of month from one value, the deck’s metadata', () => {
    expect(deck.meta.asOf).toBe(AS_OF);
    expect(asOfText(deck.meta.asOf)).toBe(AS_OF_TEXT);
    expect(asOfText('2026-12')).toBe('As of December 2026');
    expect(() => asOfText('December 2026')).toThrow(/ISO month/);
    expect(() => asOfText('2026-13')).toThrow();
  });

  it('has hindsight slides, and shows the as-of month on every one of them', () => {
    expect(hindsight.length).toBeGreaterThanOrEqual(5);
    const missing = hindsight.filter((s) => !visibleText(s.html.markup).includes(AS_OF_TEXT)).map((s) => s.slide.id);
    expect(missing).toEqual([]);
  });

  it('holds no fact or source newer than its as-of month', () => {
    const newer = Object.entries(FACTS).filter(([, fact]) => fact.value.type === 'date' && isoMonth(fact.value.iso) > AS_OF);
    expect(newer.map(([id]) => id)).toEqual([]);
    const later = Object.entries(SOURCES).filter(([, src]) => isoMonth(src.date) > AS_OF);
    expect(later.map(([id]) => id)).toEqual([]);
  });

  it('names in its code only models that are dated facts, each shown with its date, and calls none that is retired', () => {
    const code = authored.flatMap((slide) => (slide.kind === 'code' ? [slide] : []));
    const names = code.flatMap((slide) =>
      [...slide.code.matchAll(/\b(deepseek-(?!ai\b)[a-z0-9.-]+|DeepSeek-R\d[\w.-]*)/g)].map((m) => [slide, m[1]!] as const),
    );
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const [slide, name] of names) {
      const dated = Object.values(FACTS).filter((fact) => fact.value.type === 'date' && fact.claim.includes(name));
      expect(dated.length, `${slide.id}: model "${name}" is no dated fact in the registry`).toBeGreaterThan(0);
      const shown = dated.some((fact) => fact.value.type === 'date' && slide.code.includes(formatDate(fact.value.iso)));
      expect(shown, `${slide.id}: the code shows "${name}" without its date`).toBe(true);
    }
    for (const slide of code) {
      for (const [, called] of slide.code.matchAll(/model="([^"]+)"/g)) {
        const retired = Object.values(FACTS).some((fact) => fact.claim.includes(called!) && /retire/i.test(fact.claim));
        expect(retired, `${slide.id} calls "${called}", a retired name`).toBe(false);
      }
    }
  });
});

describe('the talk as spoken', () => {
  it('keeps every sentence of the notes under about thirty words', () => {
    const long = noteTexts.flatMap(([id, text]) => sentences(text).filter((sentence) => words(sentence) > 30).map((sentence) => `${id}: ${sentence}`));
    expect(long).toEqual([]);
  });

  it('speaks in the first person about the essay, never of “the essay” as someone else’s', () => {
    expect(noteTexts.filter(([, text]) => /\bthe essay\b/i.test(text)).map(([id]) => id)).toEqual([]);
  });

  it('reads numbers aloud without signs: “fell 17%”, never “down −16.86%”', () => {
    expect(noteTexts.filter(([, text]) => /(^|[\s(])[−+-]\s?\$?\d/u.test(text)).map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });

  it.each(slides.filter((s) => CONTENT_KINDS.has(s.slide.kind)).map((s) => [s.slide.id, s.slide] as const))(
    'slide %s is titled with a short assertion, not a topic or a question',
    (_id, slide) => {
      const title = 'title' in slide ? slide.title : '';
      expect(words(title)).toBeGreaterThanOrEqual(4);
      expect(title.length).toBeLessThanOrEqual(70);
      expect(title.endsWith('?')).toBe(false);
    },
  );

  it('puts quote marks only around words someone said or wrote, as registered', () => {
    const registered = [
      ...Object.values(QUOTES).map((q) => q.text),
      ...Object.values(FACTS).flatMap((fact) => [fact.claim, fact.note ?? '']),
      ...Object.values(SOURCES).map((src) => src.title),
    ].join('\n');
    const quoted = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    const onSlides = slides.flatMap((s) =>
      quoted(visibleText(s.html.markup.replace(/<figure class="quote">[\s\S]*?<\/figure>/g, ' '))).map((q) => [s.slide.id, q] as const),
    );
    const inNotes = noteTexts.flatMap(([id, text]) => quoted(text).map((q) => [id, q] as const));
    const unregistered = [...onSlides, ...inNotes].filter(([, q]) => !registered.includes(q)).map(([id, q]) => `${id}: “${q}”`);
    expect(unregistered).toEqual([]);
  });
});
