/**
 * `npm run pdf`, run as a user runs it, and its PDFs read back as a viewer reads them (pdf.js, through
 * tests/support/pdf-reader.ts): pages, size, tags, metadata, text, bookmarks, links, sharp charts,
 * the handout's notes, fragment steps; and the failures: bad flags, a bad --out, a broken build.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { deck } from '../../slides/index.ts';
import { THEME_COLOR } from '../../src/core/contract.ts';
import { DIST_DIR, PROJECT_ROOT } from '../../src/node/build.ts';
import { openPdf, type Pdf } from '../support/pdf-reader.ts';
import { openDeck, RENDERED } from './support/deck.ts';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the exporter's CLI the way `npm run pdf -- ...` does. */
function runPdf(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/export-pdf.ts', ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, INIT_CWD: PROJECT_ROOT, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Letters and digits only: a word hyphenated at a line's end is split, and spacing varies. U+02BC
 * goes too: the PDF maps Inter's apostrophe glyph back to it (not to ’), and it reads the same.
 */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+|\u02BC/gu, '');

/** The slide's notes as letters and digits, as the handout should show them. */
/** The letters of a slide's notes as a reader gets them: without the speaker's line of essay ids. */
function notesLetters(markup: string): string {
  const notes = (/<aside class="notes"[^>]*>([\s\S]*?)<\/aside>/.exec(markup)?.[1] ?? '').replace(/<p class="notes-essay">[\s\S]*?<\/p>/, '');
  return letters(notes.replace(/<[^>]+>/g, '').replace(/&[a-z0-9#]+;/g, ' '));
}

/** What a chart's figure says in its data-chart: its axis title, which only the chart draws. */
function chartAxisTitles(markup: string): string[] {
  const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...markup.matchAll(/data-chart="([^"]*)"/g)].map((m) => (JSON.parse(unescape(m[1]!)) as { axisTitle: string }).axisTitle);
}

/** Web links a reader sees on the slide (the notes are not printed on slides). */
function visibleWebLinks(markup: string): string[] {
  const shown = markup.replace(/<aside class="notes"[^>]*>[\s\S]*?<\/aside>/g, '');
  return [...shown.matchAll(/<a [^>]*href="(https?:[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

const SLIDES = RENDERED.slides;
const chartSlides = SLIDES.map((r, index) => ({ id: r.slide.id, page: index + 1, markup: r.html.markup })).filter((s) => s.markup.includes('<figure class="chart'));

/**
 * Each chart slide's page (one slide a page) holds its charts drawn: their axis titles, which only
 * the charts draw, as text; and no picture (a canvas printed as pixels is an image with transparency).
 */
async function expectVectorCharts(pdf: Pdf): Promise<void> {
  for (const slide of chartSlides) {
    const where = `"${slide.id}" (page ${slide.page})`;
    expect((await pdf.images(slide.page)).filter((image) => image.masked), `pictures on ${where}`).toEqual([]);
    const text = words(await pdf.text(slide.page));
    for (const title of chartAxisTitles(slide.markup)) expect(text, `axis title of a chart on ${where}`).toContain(words(title));
  }
}
const meta = deck.meta;

/** The two palettes' backgrounds (src/styles/tokens.css), as a PDF's fill colours. */
const DARK_BACKGROUND = THEME_COLOR.background;
const LIGHT_BACKGROUND = '#ffffff';

let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'deck-pdf-e2e-'));
});
test.afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

test.describe('npm run pdf', () => {
  let out: string;
  let run: Run;
  let pdf: Pdf;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    out = join(scratch, 'deck.pdf');
    run = await runPdf(['--out', out]);
    pdf = await openPdf(out);
  });
  test.afterAll(() => pdf?.close());

  test('writes the PDF and says where, leaving no temporary file', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}: ${SLIDES.length} pages`);
    expect(readdirSync(scratch).filter((name) => name.includes('partial'))).toEqual([]);
  });

  test('is dark by default, as on screen', async () => {
    for (const page of [1, pdf.pageCount]) expect([...(await pdf.fills(page))], `page ${page}`).toContain(DARK_BACKGROUND);
  });

  test('has one 16:9 page per slide, tagged, with the talk metadata', async () => {
    expect(pdf.pageCount).toBe(SLIDES.length);
    for (let page = 1; page <= pdf.pageCount; page++) expect(await pdf.pageSize(page), `page ${page}`).toEqual({ width: 960, height: 540 });
    expect(await pdf.tagged()).toBe(true);
    // Every slide's heading is in the tag tree, not only the first slide's (reveal hides the others).
    for (let page = 1; page <= pdf.pageCount; page++) expect(await pdf.roles(page), `tags of page ${page}`).toContainEqual(expect.stringMatching(/^H[1-6]$/));
    const info = await pdf.info();
    expect(info.Title).toBe(meta.title);
    expect(info.Author).toBe(meta.author);
    expect(info.Subject).toBe(meta.description);
    expect(info.Keywords).toBe(meta.keywords.join(', '));
    const xmp = (await pdf.xmp()) ?? '';
    expect(xmp, 'the XMP metadata names the talk').toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${meta.title}</rdf:li>`);
  });

  test('shows each slide title as text on its page, with its slide number', async () => {
    for (const [index, r] of SLIDES.entries()) {
      const text = await pdf.text(index + 1);
      expect(text, `page ${index + 1}`).toContain(words(r.slide.title));
      expect(text, `page ${index + 1}`).toContain(`${index + 1} / ${SLIDES.length}`);
    }
  });

  test('lays each slide out as on screen: every title where the audience sees it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page);
    for (const [index, r] of SLIDES.entries()) {
      // Where the title's first line starts, in slide pixels, on screen...
      const screen = await page.evaluate((i) => {
        window.Reveal.slide(i);
        const slide = window.Reveal.getCurrentSlide()!;
        const title = slide.querySelector('h1, h2, h3')!;
        const scale = window.Reveal.getScale();
        const box = slide.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(title);
        const line = range.getClientRects()[0]!;
        return { x: (line.left - box.left) / scale, y: (line.top - box.top) / scale, bottom: (line.bottom - box.top) / scale };
      }, index);
      // ...and on its PDF page (points to pixels: 4/3): the run of text the first word starts, boxed
      // by its font's ascent and descent.
      const first = words(r.slide.title).split(' ')[0]!;
      const run = (await pdf.textRuns(index + 1)).find((candidate) => candidate.text.trim().split(/\s+/)[0] === first);
      expect(run, `"${first}" on page ${index + 1}`).toBeDefined();
      const [x, top, bottom] = [run!.x * (4 / 3), run!.top * (4 / 3), run!.bottom * (4 / 3)];
      expect(Math.abs(x - screen.x), `left of "${r.slide.id}" title: PDF ${x.toFixed(0)} px, screen ${screen.x.toFixed(0)} px`).toBeLessThan(6);
      // The glyphs sit inside the line box.
      expect(top, `top of "${r.slide.id}" title`).toBeGreaterThan(screen.y - 2);
      expect(bottom, `bottom of "${r.slide.id}" title`).toBeLessThan(screen.bottom + 2);
    }
  });

  test('embeds the deck’s own fonts', async () => {
    const fonts = await pdf.fonts();
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.embedded, font.name).toBe(true);
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/Inter/);
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/SpaceGrotesk/);
  });

  test('draws every chart as vectors: its axis title is text on the page, and no picture stands in for it', async () => {
    expect(chartSlides.length, 'the deck has charts').toBeGreaterThan(0);
    await expectVectorCharts(pdf);
  });

  test('prints each chart over its dark slide, with no white box behind it', async () => {
    for (const slide of chartSlides) {
      const { width, height, data } = await pdf.pixels(slide.page, 0.5);
      let white = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) white += 1;
      // Light text is a sliver of a slide; a chart's frame gone white would be a third of it.
      expect(white / (width * height), `share of white on "${slide.id}" (page ${slide.page})`).toBeLessThan(0.03);
    }
  });

  test('bookmarks every slide once, at its page, under its part', async () => {
    const marks = await pdf.bookmarks();
    SLIDES.forEach((r, index) => {
      expect(marks.filter((m) => m.title === r.slide.title && m.page === index + 1), `bookmark for "${r.slide.id}"`).toHaveLength(1);
    });
    const parts = new Set(SLIDES.map((r) => r.section.id)).size;
    expect(marks.length).toBeLessThanOrEqual(SLIDES.length + parts);
    // Nested: each part's bookmark holds its slides'.
    const outline = await pdf.outline();
    expect(outline.length).toBe(parts);
    for (const part of outline) expect(part.children.length, `slides under "${part.title}"`).toBeGreaterThan(0);
  });

  test('keeps every web link on a slide clickable, and links between slides', async () => {
    const links = await pdf.links();
    const urls = new Set(links.map((link) => link.url));
    const expected = [...new Set(SLIDES.flatMap((r) => visibleWebLinks(r.html.markup)))];
    expect(expected.length, 'the deck links its sources').toBeGreaterThan(0);
    for (const url of expected) expect(urls.has(url), url).toBe(true);
    const internal = [...new Set(SLIDES.flatMap((r) => [...r.html.markup.matchAll(/<a [^>]*href="#([a-z0-9-]+)"/g)].map((m) => m[1]!)))];
    const dests = await pdf.destinations();
    for (const id of internal) {
      expect(dests, `destination #${id}`).toContain(id);
      expect(links.some((link) => link.dest === id), `a link to #${id}`).toBe(true);
    }
  });
});

test.describe('npm run pdf -- --notes (handout)', () => {
  let run: Run;
  let pdf: Pdf;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    run = await runPdf(['--notes', '--out', scratch]);
    pdf = await openPdf(join(scratch, 'deepseek-black-swan-for-the-mag7-handout.pdf'));
  });
  test.afterAll(() => pdf?.close());

  test('has one A4 page per slide, each with the slide and its notes', async () => {
    expect(run.code, run.stderr).toBe(0);
    expect(pdf.pageCount).toBe(SLIDES.length);
    for (const [index, r] of SLIDES.entries()) {
      // A4 is 595.28 x 841.89 points.
      const size = await pdf.pageSize(index + 1);
      expect(Math.abs(size.width - 595.28) < 1 && Math.abs(size.height - 841.89) < 1, `page ${index + 1} is A4: ${size.width} x ${size.height}`).toBe(true);
      const text = await pdf.text(index + 1);
      expect(text, `page ${index + 1}`).toContain(words(r.slide.title));
      const notes = notesLetters(r.html.markup);
      // The first words and the last: notes that were cut off would lose their end.
      const head = notes.slice(0, 40);
      const tail = notes.slice(-40);
      expect(letters(text), `notes of "${r.slide.id}"`).toContain(head);
      expect(letters(text), `notes of "${r.slide.id}"`).toContain(tail);
    }
  });

  test('draws the charts on the handout pages too, as vectors', async () => {
    await expectVectorCharts(pdf);
  });

  test('is light by default: white paper, light slides, no essay ids for readers', async () => {
    expect([...(await pdf.fills(1))]).toContain(LIGHT_BACKGROUND);
    expect([...(await pdf.fills(1))]).not.toContain(DARK_BACKGROUND);
    for (let page = 1; page <= pdf.pageCount; page++) expect(await pdf.text(page), `page ${page}`).not.toContain(`${deck.wording.paragraphsLabel}:`);
  });
});

test.describe('npm run pdf -- --theme', () => {
  test('--theme light prints the slides in the light palette; the default stays dark, as on screen', async () => {
    test.setTimeout(180_000);
    const out = join(scratch, 'light.pdf');
    const run = await runPdf(['--theme', 'light', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const light = await openPdf(out);
    try {
      expect(light.pageCount).toBe(SLIDES.length);
      for (const page of [1, Math.ceil(SLIDES.length / 2), SLIDES.length]) {
        const fills = [...(await light.fills(page))];
        expect(fills, `page ${page}`).toContain(LIGHT_BACKGROUND);
        expect(fills, `page ${page}: no dark slide background`).not.toContain(DARK_BACKGROUND);
      }
    } finally {
      await light.close();
    }
  });
});

test.describe('npm run pdf -- --fragments', () => {
  test('has a page per fragment step, and one bookmark per slide', async () => {
    test.setTimeout(120_000);
    const out = join(scratch, 'steps.pdf');
    const run = await runPdf(['--fragments', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const steps = SLIDES.map((r) => {
      const markup = r.html.markup.replace(/<aside class="notes"[^>]*>[\s\S]*?<\/aside>/g, '');
      const fragments = [...markup.matchAll(/<[^>]+class="[^"]*\bfragment\b[^"]*"[^>]*>/g)].map((m) => /data-fragment-index="(\d+)"/.exec(m[0])?.[1] ?? m.index);
      return 1 + new Set(fragments).size;
    });
    expect(steps.some((n) => n > 1), 'the deck has a slide with fragments').toBe(true);
    const pdf = await openPdf(out);
    try {
      expect(pdf.pageCount).toBe(steps.reduce((a, b) => a + b, 0));
      const marks = await pdf.bookmarks();
      for (const r of SLIDES) expect(marks.filter((m) => m.title === r.slide.title), r.slide.id).toHaveLength(1);
    } finally {
      await pdf.close();
    }
  });
});

test.describe('npm run pdf: failures', () => {
  test('an unknown flag prints the usage and exits with 2', async () => {
    const run = await runPdf(['--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option --colour.');
    expect(run.stderr).toContain('Usage: npm run pdf');
  });

  test('--help prints the usage', async () => {
    const run = await runPdf(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--notes');
  });

  test('an unwritable --out says why and writes nothing', async () => {
    let run = await runPdf(['--out', '/proc/nope/deck.pdf']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cannot write the PDF to /proc/nope/deck.pdf: the folder /proc/nope does not exist');
    expect(existsSync('/proc/nope')).toBe(false);

    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    run = await runPdf(['--out', join(file, 'deck.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file} is not a folder`);
  });

  /** A copy of the build with one thing broken; its index.html dated ahead so it is never rebuilt. */
  function brokenBuild(name: string, breakIt: (dist: string) => void): string {
    const dist = join(scratch, name);
    cpSync(DIST_DIR, dist, { recursive: true, filter: (source) => !source.endsWith('.pdf') });
    breakIt(dist);
    const later = new Date(Date.now() + 24 * 3600 * 1000);
    utimesSync(join(dist, 'index.html'), later, later);
    return dist;
  }
  const asset = (dist: string, pattern: RegExp) => join(dist, 'assets', readdirSync(join(dist, 'assets')).find((name) => pattern.test(name))!);

  /** Runs the export against a broken build over an existing PDF, which must survive untouched. */
  async function expectFailure(dist: string, message: RegExp): Promise<void> {
    const out = join(scratch, `${dist.split('/').pop()}.pdf`);
    writeFileSync(out, 'the previous PDF');
    const run = await runPdf(['--out', out], { DECK_OUT_DIR: dist });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toMatch(/PDF export failed: the page reported/);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('No PDF was written.');
    expect(readFileSync(out, 'utf8')).toBe('the previous PDF');
    expect(readdirSync(scratch).filter((name) => name.includes('partial'))).toEqual([]);
  }

  test('an error in the page fails the export', async () => {
    test.setTimeout(60_000);
    const dist = brokenBuild('throws', (d) => {
      const entry = asset(d, /^index-.*\.js$/);
      writeFileSync(entry, `${readFileSync(entry, 'utf8')}\nsetTimeout(() => { throw new Error('broken build: the page throws'); });\n`);
    });
    await expectFailure(dist, /error in the page: broken build: the page throws/);
  });

  test('a chart that does not draw fails the export, naming the chart and slide', async () => {
    test.setTimeout(60_000);
    const dist = brokenBuild('no-chart', (d) => {
      const css = asset(d, /^index-.*\.css$/);
      writeFileSync(css, `${readFileSync(css, 'utf8')}\nhtml.reveal-print .reveal .chart-frame { display: none !important; }\n`);
    });
    await expectFailure(dist, new RegExp(`chart "[a-z0-9-]+" on slide "${chartSlides[0]!.id}"`));
  });

  test('a font that does not load fails the export', async () => {
    test.setTimeout(60_000);
    const dist = brokenBuild('no-font', (d) => rmSync(asset(d, /^space-grotesk-.*\.woff2$/)));
    await expectFailure(dist, /font file failed to load: .*space-grotesk-[^ ]*\.woff2 \(HTTP 404\)/);
  });
});
