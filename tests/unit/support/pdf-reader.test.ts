// The tests' PDF reader (tests/support/pdf-reader.ts) on a PDF made here with known contents, so
// that what it reports is checked against what was put in, including what the deck's PDFs never
// have: a font that is not embedded, a half-transparent image, no tags, no XMP, no outline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from '../../../src/node/pdf/pdf-lib.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdf, type Pdf } from '../../support/pdf-reader.ts';

/** An RGBA PNG of `width` x `height` whose left `opaque` columns are painted and the rest transparent. */
function png(width: number, height: number, opaque: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  const row = (y: number) => Buffer.from([0, ...Array.from({ length: width }, (_, x) => (x < opaque ? [200, 40, y, 255] : [0, 0, 0, 0])).flat()]);
  const pixels = Buffer.concat(Array.from({ length: height }, (_, y) => row(y)));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

const folder = mkdtempSync(join(tmpdir(), 'deck-pdf-reader-'));
let pdf: Pdf;

beforeAll(async () => {
  const doc = await PDFDocument.create();
  doc.setTitle('A made PDF');
  doc.setAuthor('The tests');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([400, 300]);
  first.drawText('Hello reader', { x: 50, y: 250, size: 20, font });
  first.drawText('second line', { x: 50, y: 220, size: 20, font });
  // Painted last but placed first on its line: reading order follows the page, not the drawing.
  first.drawText('Left', { x: 10, y: 250, size: 10, font });
  // 20 x 10 pixels drawn 10 points wide: 144 ppi; half of it transparent.
  first.drawImage(await doc.embedPng(png(20, 10, 10)), { x: 50, y: 50, width: 10, height: 5 });
  const link = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 245, 170, 270], Border: [0, 0, 0], A: { S: 'URI', URI: PDFString.of('https://example.org/a') } }),
  );
  first.node.set(PDFName.of('Annots'), doc.context.obj([link]));
  doc.addPage([595.28, 841.89]);
  const file = join(folder, 'made.pdf');
  writeFileSync(file, await doc.save({ useObjectStreams: false }));
  pdf = await openPdf(file);
});
afterAll(async () => {
  await pdf?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('tests/support/pdf-reader', () => {
  it('counts the pages and measures each', async () => {
    expect(pdf.pageCount).toBe(2);
    expect(await pdf.pageSize(1)).toEqual({ width: 400, height: 300 });
    const a4 = await pdf.pageSize(2);
    expect([a4.width, a4.height].map(Math.round)).toEqual([595, 842]);
    await expect(pdf.pageSize(3)).rejects.toThrow(/has no page 3 \(it has 2\)/);
  });

  it('reads a page\'s text in reading order, and where each run sits from the top-left', async () => {
    expect(await pdf.text(1)).toBe('Left Hello reader second line');
    expect(await pdf.text(2)).toBe('');
    const hello = (await pdf.textRuns(1)).find((run) => run.text === 'Hello reader')!;
    expect(hello.x).toBeCloseTo(50, 1);
    // Baseline 50 points from the top; Helvetica rises about 0.7 of its size above it and drops about 0.2 below.
    expect(hello.top).toBeGreaterThan(50 - 20);
    expect(hello.top).toBeLessThan(50 - 10);
    expect(hello.bottom).toBeGreaterThan(50);
    expect(hello.bottom).toBeLessThan(50 + 8);
  });

  it('finds images with their resolution and how much of them is painted', async () => {
    const [image, ...others] = await pdf.images(1);
    expect(others).toEqual([]);
    expect(image).toMatchObject({ width: 20, height: 10, masked: true });
    expect(image!.ppi).toBeCloseTo(144, 5);
    expect(image!.painted).toBeCloseTo(0.5, 5);
    expect(await pdf.images(2)).toEqual([]);
  });

  it('tells a font that is not embedded', async () => {
    expect(await pdf.fonts()).toEqual([{ name: 'Helvetica', type: 'Type1', embedded: false }]);
  });

  it('reads links, the document info, and says what is missing', async () => {
    expect(await pdf.links()).toEqual([{ page: 1, url: 'https://example.org/a' }]);
    expect(await pdf.destinations()).toEqual([]);
    const info = await pdf.info();
    expect(info.Title).toBe('A made PDF');
    expect(info.Author).toBe('The tests');
    expect(await pdf.xmp()).toBeUndefined();
    expect(await pdf.tagged()).toBe(false);
    expect(await pdf.roles(1)).toEqual([]);
    expect(await pdf.outline()).toEqual([]);
    expect(await pdf.bookmarks()).toEqual([]);
  });
});
