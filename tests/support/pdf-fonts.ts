/**
 * The fonts a PDF's pages use, read from its objects with pdf-lib: pdf.js loads fonts to draw them
 * and does not say whether a font's file was in the PDF. Walks each page's resources and the
 * resources of the forms it draws, as a viewer would find them.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from '../../src/node/pdf/pdf-lib.ts';

export interface PdfFont {
  /** Its BaseFont, e.g. "AAAAAA+Inter-Regular" (the prefix marks a subset). */
  readonly name: string;
  /** Type0, TrueType, Type1, Type3, ... */
  readonly type: string;
  /** Its font file is in the PDF (Type3 fonts are drawn by the PDF itself, so they count). */
  readonly embedded: boolean;
}

const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'].map((key) => PDFName.of(key));

export async function pdfFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const deref = (object: PDFObject | undefined) => (object instanceof PDFRef ? pdf.context.lookup(object) : object);
  const dict = (object: PDFObject | undefined) => {
    const value = deref(object);
    return value instanceof PDFDict ? value : undefined;
  };
  const fonts = new Map<string, PdfFont>();
  const seen = new Set<PDFDict>();

  const describe = (font: PDFDict): PdfFont => {
    const type = String(font.get(PDFName.of('Subtype')) ?? '').replace(/^\//, '');
    const name = String(font.get(PDFName.of('BaseFont')) ?? '(unnamed)').replace(/^\//, '');
    // A composite font keeps its descriptor on its one descendant.
    const descendants = deref(font.get(PDFName.of('DescendantFonts')));
    const holder = descendants instanceof PDFArray ? dict(descendants.get(0)) : font;
    const descriptor = dict(holder?.get(PDFName.of('FontDescriptor')));
    const embedded = type === 'Type3' || (!!descriptor && FONT_FILES.some((key) => descriptor.has(key)));
    return { name, type, embedded };
  };

  const visit = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    const fontDict = dict(resources.get(PDFName.of('Font')));
    for (const [key, value] of fontDict?.entries() ?? []) {
      const font = dict(value);
      if (font) fonts.set(`${String(key)}:${String(font.get(PDFName.of('BaseFont')))}`, describe(font));
    }
    for (const [, value] of dict(resources.get(PDFName.of('XObject')))?.entries() ?? []) {
      const xobject = deref(value);
      const form = xobject && 'dict' in xobject ? (xobject.dict as PDFDict) : undefined;
      if (form?.get(PDFName.of('Subtype'))?.toString() === '/Form') visit(dict(form.get(PDFName.of('Resources'))));
    }
  };
  for (const page of pdf.getPages()) visit(page.node.Resources());
  // One row per font object, as a font used on many pages is one font.
  return [...new Map([...fonts.values()].map((font) => [`${font.name}/${font.type}`, font])).values()];
}
