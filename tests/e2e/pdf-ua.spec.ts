/**
 * The PDF's PDF/UA-1 checks and the handouts, read back with pdf-lib (the checker in
 * src/node/pdf/pdfua.ts) and with pdf.js, a real reader: its structure tree, annotations,
 * metadata and page text, as a screen reader built on it would get them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument } from '../../src/node/pdf/pdf-lib.ts';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { deck } from '../../slides/index.ts';
import { checkPdfUa } from '../../src/node/pdf/pdfua.ts';
import { RENDERED } from './support/deck.ts';
import { letters, runExport } from './support/export-cli.ts';
import { layoutProblems } from './support/layout.ts';

const SLIDES = RENDERED.slides;
/** A slide on a handout's sheet (src/browser/handout.ts). */
const SHEET_SLIDE = '.handout-sheet > .pdf-page > section';

interface Node {
  role?: string;
  alt?: string;
  children?: Node[];
  type?: string;
}

async function open(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
}

async function roles(pdf: PDFDocumentProxy): Promise<Node[]> {
  const all: Node[] = [];
  const walk = (node: Node) => {
    if (node.role) all.push(node);
    node.children?.forEach(walk);
  };
  for (let p = 1; p <= pdf.numPages; p++) walk(((await (await pdf.getPage(p)).getStructTree()) ?? {}) as Node);
  return all;
}

async function pageText(pdf: PDFDocumentProxy, page: number): Promise<string> {
  const content = await (await pdf.getPage(page)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'deck-pdfua-e2e-'));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test.describe('the slides PDF is PDF/UA-1', () => {
  let file: string;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    file = join(scratch, 'deck.pdf');
    const run = await runExport('export-pdf.ts', ['--out', file]);
    expect(run.code, run.stderr).toBe(0);
  });

  test('passes every machine-checkable rule the checker makes', async () => {
    const checks = checkPdfUa(await PDFDocument.load(readFileSync(file)));
    expect(checks.length).toBeGreaterThanOrEqual(13);
    for (const check of checks) expect(check.failures, `${check.id} ${check.rule}`).toEqual([]);
  });

  test('reads in pdf.js with its language, title, PDF/UA identification, described links and figures with alt text', async () => {
    const pdf = await open(file);
    const { info, metadata } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { get(name: string): unknown } | null };
    expect(info.Language).toBe(deck.meta.lang);
    expect(info.Title).toBe(deck.meta.title);
    expect(String(metadata?.get('pdfuaid:part'))).toBe('1');
    expect(String(metadata?.get('dc:title'))).toBe(deck.meta.title);
    let links = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      for (const annotation of (await (await pdf.getPage(p)).getAnnotations()) as { subtype: string; contentsObj?: { str: string }; url?: string }[]) {
        if (annotation.subtype !== 'Link') continue;
        links += 1;
        expect(annotation.contentsObj?.str.trim().length, `link on page ${p} (${annotation.url ?? 'inside'}) described`).toBeGreaterThan(3);
      }
    }
    expect(links).toBeGreaterThan(100);
    const tree = await roles(pdf);
    const figures = tree.filter((node) => node.role === 'Figure');
    // Every picture is a figure: the charts, and the SVG drawings and diagrams (role="img").
    const pictures = SLIDES.reduce((count, r) => count + (r.html.markup.match(/<figure class="chart|<svg[^>]*role="img"/g)?.length ?? 0), 0);
    expect(figures).toHaveLength(pictures);
    for (const figure of figures) expect(figure.alt ?? '', 'figure alt text').toMatch(/\.$/);
    for (const role of ['H1', 'H2', 'H3', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link']) expect(tree.some((node) => node.role === role), role).toBe(true);
    await pdf.destroy();
  });
});

test.describe('handouts', () => {
  const cases = [
    { args: ['--notes', '--per-page', '3'], pages: Math.ceil(SLIDES.length / 3), size: [595, 842], notes: true },
    { args: ['--per-page', '6', '--paper', 'letter'], pages: Math.ceil(SLIDES.length / 6), size: [612, 792], notes: false },
    { args: ['--notes', '--per-page', '2', '--theme', 'dark'], pages: Math.ceil(SLIDES.length / 2), size: [595, 842], notes: true },
  ];
  for (const { args, pages, size, notes } of cases) {
    test(`${args.join(' ')}: ${pages} pages, titled and numbered in the margin, bookmarks and links kept, PDF/UA checks pass`, async () => {
      test.setTimeout(120_000);
      const file = join(scratch, `handout-${args.join('')}.pdf`);
      const run = await runExport('export-pdf.ts', [...args, '--out', file]);
      expect(run.code, run.stderr).toBe(0);
      const pdf = await open(file);
      expect(pdf.numPages).toBe(pages);
      const { view } = await pdf.getPage(1);
      expect([Math.round(view[2]!), Math.round(view[3]!)]).toEqual(size);
      const perPage = Math.ceil(SLIDES.length / pages);
      for (let p = 1; p <= pages; p++) {
        const text = letters(await pageText(pdf, p));
        expect(text, `page ${p}: the talk's title`).toContain(letters(deck.meta.title));
        expect(text, `page ${p}: its number`).toContain(letters(`Page ${p} of ${pages}`));
        for (const r of SLIDES.slice((p - 1) * perPage, p * perPage)) {
          expect(text, `page ${p}: slide "${r.slide.id}"`).toContain(letters(r.slide.title).slice(0, 30));
          const firstNote = r.slide.notes[0]?.[0];
          if (notes && typeof firstNote === 'string') expect(text, `page ${p}: notes of "${r.slide.id}"`).toContain(letters(firstNote).slice(0, 24));
        }
      }
      const outline = (await pdf.getOutline()) ?? [];
      const titles = outline.flatMap((item) => [item.title, ...item.items.map((child) => child.title)]);
      for (const r of SLIDES) expect(titles, `bookmark for "${r.slide.id}"`).toContain(r.slide.title);
      const failures = checkPdfUa(await PDFDocument.load(readFileSync(file))).filter((check) => check.failures.length > 0);
      expect(failures).toEqual([]);
      await pdf.destroy();
    });
  }

  test('a slide on a sheet is laid out as on screen: its title as far in, nothing past its edges or into its source line', async ({ page }) => {
    test.setTimeout(60_000);
    // Where each title starts on screen, in slide pixels.
    await page.goto('./');
    await page.waitForSelector('html[data-deck-ready="true"]');
    const onScreen = await page.evaluate(() =>
      window.Reveal.getSlides().map((slide, i) => {
        window.Reveal.slide(i);
        const box = slide.getBoundingClientRect();
        const title = slide.querySelector('h1, h2, h3')!.getBoundingClientRect();
        return Math.round((title.left - box.left) / window.Reveal.getScale());
      }),
    );
    await page.goto('./?print-pdf&handout&perPage=2&theme=light');
    await page.waitForSelector('html[data-pdf-ready="true"]');
    const onSheets = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((slide) => {
          const box = slide.getBoundingClientRect();
          const title = slide.querySelector('h1, h2, h3')!.getBoundingClientRect();
          return { id: slide.id, titleX: Math.round((title.left - box.left) / (box.width / slide.offsetWidth)) };
        }),
      SHEET_SLIDE,
    );
    expect(onSheets).toHaveLength(SLIDES.length);
    const problems = [
      ...onSheets.flatMap(({ id, titleX }, i) => (Math.abs(titleX - onScreen[i]!) > 6 ? [`${id}: title ${titleX}px in, ${onScreen[i]}px on screen`] : [])),
      ...(await layoutProblems(page, SHEET_SLIDE)),
    ];
    expect(problems).toEqual([]);
  });

  test('the light theme prints the slides on white, the dark one keeps the screen look', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('./?print-pdf&handout&perPage=1&theme=light');
    await page.waitForSelector('html[data-pdf-ready="true"]');
    const light = await page.evaluate(() => getComputedStyle(document.querySelector('.handout-sheet section')!).backgroundColor);
    await page.goto('./?print-pdf&handout&perPage=1&theme=dark');
    await page.waitForSelector('html[data-pdf-ready="true"]');
    const dark = await page.evaluate(() => getComputedStyle(document.querySelector('.handout-sheet section')!).backgroundColor);
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe('rgb(255, 255, 255)');
  });
});
