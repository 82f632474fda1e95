/**
 * Reads a PDF back the way a reader's viewer does, with pdf.js (and pdf-lib for the fonts), so the
 * PDF tests need no system tool and run on any OS. What it can tell: pages and their sizes, the
 * text of a page and where each run of it sits, links and named destinations, the outline
 * (bookmarks), images with their resolution and how much of them is painted, a page's pixels, the document info and
 * XMP metadata, whether it is tagged and the tags per page, and the fonts with whether they are
 * embedded. Positions are in PDF points (1/72 in), measured from the page's top-left corner.
 *
 *   const pdf = await openPdf('deck.pdf');
 *   pdf.pageCount; await pdf.text(1); await pdf.bookmarks(); ...
 *   await pdf.close();
 */
import { readFileSync } from 'node:fs';
import { getDocument, ImageKind, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { pdfFonts, type PdfFont } from './pdf-fonts.ts';

export type { PdfFont } from './pdf-fonts.ts';

export interface PdfTextRun {
  readonly text: string;
  /** Left edge of the run's first glyph. */
  readonly x: number;
  /** Top and bottom of its line: the font's ascent and descent, as a text box is drawn on screen. */
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
}

export interface PdfLink {
  /** 1-based page the link is on. */
  readonly page: number;
  /** A web address, or the named destination of a link within the document. */
  readonly url?: string;
  readonly dest?: string;
}

export interface PdfBookmark {
  readonly title: string;
  /** 1-based page it opens, or 0 when it points nowhere. */
  readonly page: number;
  readonly children: readonly PdfBookmark[];
}

export interface PdfImage {
  /** Pixels of the image itself. */
  readonly width: number;
  readonly height: number;
  /** Pixels per inch as placed on the page, across. */
  readonly ppi: number;
  /** It has transparency (a soft mask): Chromium prints a canvas so. */
  readonly masked: boolean;
  /** Share of its pixels that are not fully transparent (1 for an image with no mask). */
  readonly painted: number;
}

export interface PdfPixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** The document information dictionary's text fields: Title, Author, Subject, Keywords, Creator, Producer, ... */
export type PdfInfo = Readonly<Record<string, string>>;

export interface Pdf {
  readonly pageCount: number;
  /** Width and height in points of a 1-based page. */
  pageSize(page: number): Promise<{ width: number; height: number }>;
  /** Every colour a page fills shapes with (backgrounds, bars, boxes; not text), as #rrggbb. */
  fills(page: number): Promise<Set<string>>;
  /** A page's text in reading order, whitespace collapsed to single spaces. */
  text(page: number): Promise<string>;
  /** A page's text as pdf.js finds it, run by run, with where each sits. */
  textRuns(page: number): Promise<PdfTextRun[]>;
  /** Every link annotation, page by page. */
  links(): Promise<PdfLink[]>;
  /** Names of the document's named destinations (what `#id` links point at). */
  destinations(): Promise<string[]>;
  /** The outline as nested bookmarks. */
  outline(): Promise<PdfBookmark[]>;
  /** The outline flattened, parents before their children. */
  bookmarks(): Promise<PdfBookmark[]>;
  /** The images painted on a page, in painting order. */
  images(page: number): Promise<PdfImage[]>;
  /** A page drawn as a viewer draws it, `scale` pixels a point: RGBA, row by row. */
  pixels(page: number, scale: number): Promise<PdfPixels>;
  info(): Promise<PdfInfo>;
  /** The XMP metadata packet, or undefined when there is none. */
  xmp(): Promise<string | undefined>;
  /** Marked as tagged (MarkInfo /Marked true) and has a structure tree. */
  tagged(): Promise<boolean>;
  /** The structure roles (H1, P, Figure, ...) of the tags whose content is on a page, tree order. */
  roles(page: number): Promise<string[]>;
  /** Every font the pages use, with whether its file is embedded. */
  fonts(): Promise<PdfFont[]>;
  close(): Promise<void>;
}

/** A PDF transformation matrix [a b c d e f]. */
type Matrix = readonly [number, number, number, number, number, number];

/** `m` applied within `ctm`, as the `cm` operator does: m × ctm. */
function multiply(m: Matrix, ctm: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [A, B, C, D, E, F] = ctm;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

/**
 * Runs joined as a reader reads them: line by line from the top, left to right within a line.
 * Content order is not reading order: Chromium paints a link's text after the text around it. Runs
 * whose boxes overlap vertically by half share a line (so a line across two columns reads straight
 * across); a gap wider than a fifth of the line's height between two runs is a space.
 */
function readingOrder(runs: readonly PdfTextRun[]): string {
  const lines: PdfTextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.top - b.top || a.x - b.x)) {
    const line = lines.find((l) => {
      const overlap = Math.min(l[0]!.bottom, run.bottom) - Math.max(l[0]!.top, run.top);
      return overlap > 0.5 * Math.min(l[0]!.bottom - l[0]!.top, run.bottom - run.top);
    });
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((run, i) => (i > 0 && run.x - (line[i - 1]!.x + line[i - 1]!.width) > 0.2 * (run.bottom - run.top) ? ` ${run.text}` : run.text))
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface StructNode {
  readonly role?: string;
  readonly children?: readonly StructNode[];
}

export async function openPdf(file: string): Promise<Pdf> {
  const bytes = readFileSync(file);
  // pdf.js takes ownership of the array it is given, so it gets a copy; pdf-lib reads the original.
  // No OffscreenCanvas: images come back as plain pixel arrays that can be counted.
  const doc: PDFDocumentProxy = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, isOffscreenCanvasSupported: false, verbosity: 0 }).promise;
  const pages = new Map<number, Promise<PDFPageProxy>>();
  const page = (n: number) => {
    if (!Number.isInteger(n) || n < 1 || n > doc.numPages) throw new RangeError(`${file} has no page ${n} (it has ${doc.numPages}).`);
    if (!pages.has(n)) pages.set(n, doc.getPage(n));
    return pages.get(n)!;
  };
  const pageOf = async (dest: unknown): Promise<number> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const ref = Array.isArray(explicit) ? explicit[0] : undefined;
    if (typeof ref === 'number') return ref + 1;
    return ref && typeof ref === 'object' ? (await doc.getPageIndex(ref)) + 1 : 0;
  };

  const pdf: Pdf = {
    pageCount: doc.numPages,

    async pageSize(n) {
      const { width, height } = (await page(n)).getViewport({ scale: 1 });
      return { width, height };
    },

    async fills(n) {
      const { fnArray, argsArray } = await (await page(n)).getOperatorList();
      return new Set(fnArray.flatMap((fn, i) => (fn === OPS.setFillRGBColor ? [String(argsArray[i]?.[0]).toLowerCase()] : [])));
    },

    async textRuns(n) {
      const p = await page(n);
      const height = p.getViewport({ scale: 1 }).height;
      // As written: pdf.js would otherwise change some characters (’ to ʼ) and break comparisons.
      const content = await p.getTextContent({ disableNormalization: true });
      return content.items
        .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
        .map((item) => {
          const style = content.styles[item.fontName];
          const size = Math.hypot(item.transform[2]!, item.transform[3]!);
          const baseline = height - item.transform[5]!;
          return { text: item.str, x: item.transform[4]!, top: baseline - (style?.ascent ?? 0.8) * size, bottom: baseline - (style?.descent ?? -0.2) * size, width: item.width };
        });
    },

    async text(n) {
      return readingOrder(await pdf.textRuns(n));
    },

    async links() {
      const all: PdfLink[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        for (const annotation of await (await page(n)).getAnnotations()) {
          if (annotation.subtype !== 'Link') continue;
          all.push({ page: n, ...(annotation.url ? { url: String(annotation.url) } : {}), ...(typeof annotation.dest === 'string' ? { dest: annotation.dest } : {}) });
        }
      }
      return all;
    },

    async destinations() {
      return Object.keys(await doc.getDestinations());
    },

    async outline() {
      const walk = async (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>): Promise<PdfBookmark[]> =>
        Promise.all((items ?? []).map(async (item) => ({ title: item.title, page: await pageOf(item.dest), children: await walk(item.items) })));
      return walk(await doc.getOutline());
    },

    async bookmarks() {
      const flat = (marks: readonly PdfBookmark[]): PdfBookmark[] => marks.flatMap((mark) => [mark, ...flat(mark.children)]);
      return flat(await pdf.outline());
    },

    async images(n) {
      const p = await page(n);
      const ops = await p.getOperatorList();
      // Follow the current transformation matrix to learn the size each image is placed at.
      let ctm: Matrix = [1, 0, 0, 1, 0, 0];
      const saved: Matrix[] = [];
      const found: PdfImage[] = [];
      for (const [i, fn] of ops.fnArray.entries()) {
        const args = ops.argsArray[i] as unknown[];
        if (fn === OPS.save) saved.push(ctm);
        else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
        else if (fn === OPS.transform) ctm = multiply(args as unknown as Matrix, ctm);
        else if (fn === OPS.paintFormXObjectBegin) {
          saved.push(ctm);
          if (Array.isArray(args[0])) ctm = multiply(args[0] as unknown as Matrix, ctm);
        } else if (fn === OPS.paintFormXObjectEnd) ctm = saved.pop() ?? ctm;
        else if (fn === OPS.paintImageXObject) {
          const [id, width, height] = args as [string, number, number];
          // Decoded images arrive after the operator list; images shared between pages are "g_" ones.
          const store = id.startsWith('g_') ? p.commonObjs : p.objs;
          const image = await new Promise<{ kind?: number; data?: Uint8ClampedArray } | null>((resolve) => store.get(id, resolve));
          const masked = image?.kind === ImageKind.RGBA_32BPP;
          let visible = 0;
          if (masked && image?.data) for (let k = 3; k < image.data.length; k += 4) if (image.data[k]! > 0) visible += 1;
          // An image fills the unit square, so the matrix's first row is its width on the page.
          const across = Math.hypot(ctm[0], ctm[1]);
          found.push({ width, height, ppi: across > 0 ? width / (across / 72) : 0, masked, painted: masked ? visible / (width * height) : 1 });
        }
      }
      return found;
    },

    async pixels(n, scale) {
      const p = await page(n);
      const viewport = p.getViewport({ scale });
      // pdf.js's own canvas for Node (@napi-rs/canvas, its dependency); its type says only Object.
      const factory = doc.canvasFactory as { create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
      const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
      await p.render({ canvas, canvasContext: context, viewport }).promise;
      const { width, height, data } = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width, height, data };
    },

    async info() {
      const info = (await doc.getMetadata()).info as Record<string, unknown>;
      return Object.fromEntries(Object.entries(info).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    },

    async xmp() {
      return (await doc.getMetadata()).metadata?.getRaw() ?? undefined;
    },

    async tagged() {
      const mark = await doc.getMarkInfo();
      return !!mark?.Marked && (await (await page(1)).getStructTree()) !== null;
    },

    async roles(n) {
      const walk = (node: StructNode): string[] => [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(walk)];
      const tree = (await (await page(n)).getStructTree()) as StructNode | null;
      return tree ? walk(tree) : [];
    },

    async fonts() {
      return pdfFonts(bytes);
    },

    async close() {
      await doc.destroy();
    },
  };
  return pdf;
}
