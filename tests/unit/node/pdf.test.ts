// The PDF exporter's pure parts: its command line, its file names and its bookmarks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { DIST_DIR } from '../../../src/node/build.ts';
import { EXPORTS_DIR } from '../../../src/node/export/args.ts';
import { deckOutline } from '../../../src/node/pdf/outline.ts';
import { parsePdfArgs, pdfFileName, UsageError } from '../../../src/node/pdf/options.ts';
import { fixtureTalk as deck, section, t, talk } from '../../fixtures/talk/index.ts';

const folder = mkdtempSync(join(tmpdir(), 'deck-pdf-unit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('pdf file name', () => {
  it('comes from the talk title', () => {
    expect(pdfFileName({ notes: false, fragments: false }, 'DeepSeek: Black Swan for the MAG7?')).toBe('deepseek-black-swan-for-the-mag7.pdf');
    expect(pdfFileName({ notes: true, fragments: false }, 'Ça va, Zürich!')).toBe('ca-va-zurich-handout.pdf');
    expect(pdfFileName({ notes: false, fragments: true }, '???')).toBe('deck-steps.pdf');
  });
});

describe('pdf command line', () => {
  const title = deck.meta.title;
  const parse = (...args: string[]) => parsePdfArgs(args, title, folder);
  const defaults = { notes: false, fragments: false, perPage: 1, paper: 'a4', theme: 'dark' };

  it('writes to exports/ under the talk name by default, outside the dist/ every build replaces', () => {
    expect(parse()).toEqual({ help: false, options: { ...defaults, out: join(EXPORTS_DIR, pdfFileName({ notes: false, fragments: false }, title)) } });
    expect(EXPORTS_DIR.startsWith(DIST_DIR)).toBe(false);
    expect(parse('--notes', '--per-page', '3', '--paper', 'letter', '--theme', 'dark')).toEqual({
      help: false,
      options: { ...defaults, notes: true, perPage: 3, paper: 'letter', theme: 'dark', out: join(EXPORTS_DIR, 'fixture-talk-handout-3up.pdf') },
    });
    expect(parse('--per-page', '6')).toMatchObject({ options: { notes: false, perPage: 6, out: join(EXPORTS_DIR, 'fixture-talk-handout-6up.pdf') } });
  });

  it('prints the slides dark as on screen and a handout light, unless --theme says otherwise', () => {
    expect(parse()).toMatchObject({ options: { theme: 'dark' } });
    expect(parse('--theme', 'light')).toMatchObject({ options: { theme: 'light' } });
    expect(parse('--notes')).toMatchObject({ options: { theme: 'light' } });
    expect(parse('--per-page', '6')).toMatchObject({ options: { theme: 'light' } });
    expect(parse('--notes', '--theme', 'dark')).toMatchObject({ options: { theme: 'dark' } });
  });

  it('takes --out relative to where it was run, and a folder as a place for the default name', () => {
    expect(parse('--out', 'talk.pdf', '--notes')).toMatchObject({ options: { out: join(folder, 'talk.pdf'), notes: true } });
    expect(parse('--out', folder, '--fragments')).toMatchObject({ options: { out: join(folder, pdfFileName({ notes: false, fragments: true }, title)) } });
  });

  it('asks for help', () => {
    expect(parse('--help')).toEqual({ help: true });
  });

  it.each([
    [['--colour'], /Unknown option --colour/],
    [['talk.pdf'], /Unexpected argument "talk.pdf".*--out PATH/],
    [['--out'], /--out needs a path/],
    [['--out='], /--out needs a path/],
    [['--notes', '--per-page', '6'], /--per-page with --notes takes 1, 2 or 3, not "6"/],
    [['--per-page', '2'], /--per-page without --notes takes 6.*add --notes/],
    [['--paper', 'a3'], /--paper takes a4 or letter, not "a3"/],
    [['--theme', 'sepia'], /--theme takes light or dark, not "sepia"/],
    [['--per-page'], /--per-page needs a value/],
    [['--fragments', '--per-page', '6'], /does not combine/],
  ])('rejects %j with a message that says what to do', (args, message) => {
    expect(() => parse(...args)).toThrow(UsageError);
    expect(() => parse(...args)).toThrow(message);
  });
});

describe('pdf bookmarks', () => {
  const rendered = renderDeck(deck).slides;
  const onePagePerSlide = rendered.map((r) => r.slide.id);

  it('list every slide of a talk once, under its part, at its page', () => {
    const outline = deckOutline(deck, rendered, onePagePerSlide);
    expect(outline).toHaveLength(new Set(rendered.map((r) => r.section.id)).size);
    const entries = outline.flatMap((part) => [part, ...part.children]);
    rendered.forEach((r, page) => {
      const matches = entries.filter((entry) => entry.page === page && entry.title === r.slide.title);
      expect(matches, `slide "${r.slide.id}"`).toHaveLength(1);
    });
    for (const part of outline) {
      for (const child of part.children) expect(child.page >= part.page && !(child.page === part.page && child.title === part.title), child.title).toBe(true);
    }
  });

  const base = { notes: [], timing: 10, paragraphs: [] } as const;
  const sample = talk({
    ...deck,
    sections: [
      section({ id: 'intro', title: 'Intro', slides: [{ ...base, kind: 'title', id: 'title', title: 'The talk', subtitle: 's', byline: 'b' }, { ...base, kind: 'bullets', id: 'steps', title: 'Steps', bullets: [] }] }),
      section({ id: 'part', title: 'Part one', slides: [{ ...base, kind: 'section', id: 'part-one', title: 'Part one, the divider' }, { ...base, kind: 'bullets', id: 'inside', title: 'Inside', bullets: [] }] }),
      section({ id: 'end', title: 'Takeaways', slides: [{ ...base, kind: 'bullets', id: 'takeaways', title: 'Takeaways', bullets: [] }, { ...base, kind: 'closing', id: 'bye', title: 'Thanks', unpublished: t`Not published.` }] }),
    ],
  });
  const sampleSlides = renderDeck(sample).slides;

  it('nest slides under a divider, or under the part, and never repeat a title as its own child', () => {
    // "steps" has two fragment steps: three pages, one bookmark at the first.
    const pages = ['title', 'steps', 'steps', 'steps', 'part-one', 'inside', 'takeaways', 'bye'];
    expect(deckOutline(sample, sampleSlides, pages)).toEqual([
      { title: 'Intro', page: 0, children: [{ title: 'The talk', page: 0, children: [] }, { title: 'Steps', page: 1, children: [] }] },
      { title: 'Part one, the divider', page: 4, children: [{ title: 'Inside', page: 5, children: [] }] },
      { title: 'Takeaways', page: 6, children: [{ title: 'Thanks', page: 7, children: [] }] },
    ]);
  });

  it('refuse a slide the print view left out', () => {
    expect(() => deckOutline(sample, sampleSlides, ['title', 'steps'])).toThrow(/"inside" has no page in the print view/);
  });
});
