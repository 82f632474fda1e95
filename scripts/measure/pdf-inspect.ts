/** Reads a PDF back with poppler (pdfinfo, pdftotext, pdftohtml, pdfimages, pdffonts): for the tests and the benchmark. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** pdfinfo's fields: "Pages", "Page size", "Tagged", "Title", ... */
export function pdfInfo(pdf: string): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', pdf)
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Bookmarks, as pdftohtml lists them: title and 1-based page, nesting flattened. */
export function pdfBookmarks(pdf: string): { title: string; page: number }[] {
  const xml = poppler('pdftohtml', '-xml', '-i', '-stdout', pdf);
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: unescapeXml(m[2]!) }));
}

/** Web addresses of the PDF's link annotations. */
export function pdfUrls(pdf: string): string[] {
  return poppler('pdfinfo', '-url', pdf)
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[2] ?? '')
    .filter(Boolean);
}

/** A page's text, its whitespace collapsed. */
export function pdfPageText(pdf: string, page: number): string {
  return poppler('pdftotext', '-f', String(page), '-l', String(page), pdf, '-').replace(/\s+/g, ' ').trim();
}

export interface PdfImage {
  readonly page: number;
  /** Its number in the listing, which names its file when extracted. */
  readonly num: number;
  readonly type: string;
  readonly width: number;
  readonly height: number;
  readonly ppi: number;
}

/** pdfimages -list, optionally for one page. */
export function pdfImages(pdf: string, page?: number): PdfImage[] {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return poppler('pdfimages', '-list', ...range, pdf)
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 12)
    .map((cols) => ({ page: Number(cols[0]), num: Number(cols[1]), type: cols[2]!, width: Number(cols[3]), height: Number(cols[4]), ppi: Number(cols[12]) }));
}

/** pdffonts' rows: name and whether the font is embedded. */
export function pdfFonts(pdf: string): { name: string; embedded: boolean }[] {
  return poppler('pdffonts', pdf)
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/**
 * The page's largest soft-masked image (a chart: Chromium prints a canvas as an image with an alpha
 * mask), its resolution and the share of its pixels the mask leaves visible. A chart that did not
 * draw prints as no image, or a transparent one. Extracts into `scratch`.
 */
export function chartImage(pdf: string, page: number, scratch: string): { ppi: number; painted: number } | null {
  const mask = pdfImages(pdf, page)
    .filter((image) => image.type === 'smask')
    .sort((a, b) => b.width * b.height - a.width * a.height)[0];
  if (!mask) return null;
  const prefix = join(scratch, `page-${page}`);
  poppler('pdfimages', '-f', String(page), '-l', String(page), pdf, prefix);
  // Files are named by the image's number in the listing; poppler writes a mask as PGM or PPM.
  const name = readdirSync(scratch).find((file) => file.startsWith(`page-${page}-${String(mask.num).padStart(3, '0')}.`));
  if (!name) return { ppi: mask.ppi, painted: 0 };
  const data = readFileSync(join(scratch, name));
  const header = /^P([56])\s+\d+\s+\d+\s+\d+\s/.exec(data.subarray(0, 40).toString('latin1'));
  if (!header) return { ppi: mask.ppi, painted: 0 };
  const channels = header[1] === '6' ? 3 : 1;
  const pixels = data.subarray(header[0].length);
  let visible = 0;
  for (let i = 0; i < pixels.length; i += channels) if (pixels[i]! > 0) visible += 1;
  return { ppi: mask.ppi, painted: (visible * channels) / pixels.length };
}
