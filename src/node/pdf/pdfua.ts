/**
 * A checker for the PDF/UA-1 rules a program can decide (the machine-checkable conditions of the
 * Matterhorn Protocol that veraPDF also tests), run on the PDF's objects with pdf-lib. What it cannot
 * decide (reading order, whether alt text is apt, colour contrast) needs a person; README says which.
 * Each check names its Matterhorn checkpoint.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFDocument, type PDFObject } from './pdf-lib.ts';

export interface Check {
  /** Matterhorn checkpoint, e.g. "06-002". */
  readonly id: string;
  readonly rule: string;
  /** What failed; empty when the check passed. */
  readonly failures: readonly string[];
}

interface Element {
  readonly dict: PDFDict;
  readonly role: string;
  readonly kids: readonly Element[];
  /** Kids that are not structure elements: marked content, object references. */
  readonly contentKids: number;
}

const HEADING = /^\/H([1-6])$/;

export function checkPdfUa(doc: PDFDocument): Check[] {
  const { catalog, context } = doc;
  const resolve = (value: PDFObject | undefined) => (value instanceof PDFRef ? context.lookup(value) : value);
  const checks: Check[] = [];
  const check = (id: string, rule: string, failures: string[]) => checks.push({ id, rule, failures });

  const xmp = xmpText(resolve(catalog.get(PDFName.of('Metadata'))));
  check('06-002', 'XMP metadata declares PDF/UA-1 (pdfuaid:part = 1)', /<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp) ? [] : ['no pdfuaid:part 1 in the XMP']);
  check('06-003', 'XMP metadata has a dc:title', /<dc:title>[\s\S]*?<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(xmp) ? [] : ['no dc:title in the XMP']);
  const prefs = resolve(catalog.get(PDFName.of('ViewerPreferences')));
  const displayTitle = prefs instanceof PDFDict && String(prefs.get(PDFName.of('DisplayDocTitle'))) === 'true';
  check('07-001', 'The viewer shows the document title (DisplayDocTitle true)', displayTitle ? [] : ['ViewerPreferences/DisplayDocTitle is not true']);
  const mark = resolve(catalog.get(PDFName.of('MarkInfo')));
  const marked = mark instanceof PDFDict && String(mark.get(PDFName.of('Marked'))) === 'true';
  const suspects = mark instanceof PDFDict && String(mark.get(PDFName.of('Suspects'))) === 'true';
  check('01-002', 'The document is marked as tagged, without suspects', marked && !suspects ? [] : ['MarkInfo/Marked is not true, or Suspects is true']);
  const lang = String(catalog.get(PDFName.of('Lang')) ?? '');
  check('11-006', 'The document language is set', /^\(.+\)$|^<.+>$/.test(lang) ? [] : ['the catalog has no /Lang']);

  const root = resolve(catalog.get(PDFName.of('StructTreeRoot')));
  const elements: Element[] = [];
  if (root instanceof PDFDict) elements.push(...toElements(resolve, root.get(PDFName.of('K'))));
  check('01-005', 'The document has a structure tree', elements.length > 0 ? [] : ['no StructTreeRoot, or it is empty']);
  const all = flatten(elements);

  const figures = all.filter((e) => e.role === '/Figure');
  check('13-004', 'Every figure has alternative text', figures.filter((f) => !f.dict.has(PDFName.of('Alt')) && !f.dict.has(PDFName.of('ActualText'))).map((_, i) => `figure ${i + 1} has no /Alt`));

  const headings = all.map((e) => HEADING.exec(e.role)).filter((m): m is RegExpExecArray => m !== null).map((m) => Number(m[1]));
  const skips = headings.flatMap((level, i) => (i > 0 && level > headings[i - 1]! + 1 ? [`H${headings[i - 1]} is followed by H${level}`] : []));
  check('14-003', 'Headings are tagged H1 to H6 and never skip a level going down', headings.length === 0 ? ['no headings are tagged'] : headings[0] !== 1 ? [`the first heading is H${headings[0]}, not H1`, ...skips] : skips);

  const lists = all.filter((e) => e.role === '/L');
  check('09-005', 'Lists hold list items (L > LI, LI > Lbl/LBody)', [
    ...lists.flatMap((l) => l.kids.filter((k) => k.role !== '/LI' && k.role !== '/Caption').map((k) => `an L holds ${k.role}`)),
    ...all.filter((e) => e.role === '/LI').flatMap((li) => (li.contentKids > 0 || li.kids.some((k) => k.role !== '/Lbl' && k.role !== '/LBody') ? [`an LI holds ${li.kids.map((k) => k.role).join(', ') || 'content'} outside Lbl/LBody`] : [])),
  ].slice(0, 10));

  const tables = all.filter((e) => e.role === '/Table');
  const rowsOf = (t: Element) => t.kids.flatMap((k) => (['/THead', '/TBody', '/TFoot'].includes(k.role) ? k.kids : [k]));
  check('09-004', 'Tables hold rows, rows hold header and data cells, and each table has a header cell', tables.flatMap((t, i) => {
    const rows = rowsOf(t);
    const wrong = rows.filter((r) => r.role !== '/TR').map((r) => `table ${i + 1} holds ${r.role} where a row belongs`);
    const cells = rows.flatMap((r) => r.kids);
    const badCells = cells.filter((c) => c.role !== '/TH' && c.role !== '/TD').map((c) => `table ${i + 1} has a ${c.role} in a row`);
    return [...wrong, ...badCells, ...(cells.some((c) => c.role === '/TH') ? [] : [`table ${i + 1} has no TH`])];
  }));

  const annotFailures: string[] = [];
  const tabFailures: string[] = [];
  doc.getPages().forEach((page, index) => {
    const annots = resolve(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray) || annots.size() === 0) return;
    if (String(page.node.get(PDFName.of('Tabs'))) !== '/S') tabFailures.push(`page ${index + 1}`);
    for (let i = 0; i < annots.size(); i++) {
      const annot = resolve(annots.get(i));
      if (!(annot instanceof PDFDict) || String(annot.get(PDFName.of('Subtype'))) !== '/Link') continue;
      if (!annot.has(PDFName.of('Contents'))) annotFailures.push(`a link on page ${index + 1} has no /Contents`);
      if (!annot.has(PDFName.of('StructParent'))) annotFailures.push(`a link on page ${index + 1} is not in the structure tree`);
    }
  });
  check('28-004', 'Every link has a description (/Contents) and is tagged (StructParent)', annotFailures.slice(0, 10));
  check('28-011', 'Pages with links take their tab order from the structure (Tabs /S)', tabFailures);

  const unembedded = fontsWithoutFile(doc);
  check('31-001', 'Every font is embedded', unembedded.map((name) => `font ${name} is not embedded`));
  return checks;
}

function xmpText(stream: PDFObject | undefined): string {
  if (stream instanceof PDFRawStream) return new TextDecoder().decode(decodePDFRawStream(stream).decode());
  if (stream instanceof PDFStream) return new TextDecoder().decode(stream.getContents());
  return '';
}

function toElements(resolve: (value: PDFObject | undefined) => PDFObject | undefined, node: PDFObject | undefined): Element[] {
  const value = resolve(node);
  if (value instanceof PDFArray) return Array.from({ length: value.size() }, (_, i) => toElements(resolve, value.get(i))).flat();
  if (!(value instanceof PDFDict) || !value.has(PDFName.of('S'))) return [];
  const kidsValue = resolve(value.get(PDFName.of('K')));
  const list = kidsValue instanceof PDFArray ? Array.from({ length: kidsValue.size() }, (_, i) => kidsValue.get(i)) : kidsValue === undefined ? [] : [kidsValue];
  const kids = list.flatMap((kid) => toElements(resolve, kid));
  const contentKids = list.filter((kid) => {
    const resolved = resolve(kid);
    return !(resolved instanceof PDFDict && resolved.has(PDFName.of('S')));
  }).length;
  return [{ dict: value, role: String(value.get(PDFName.of('S'))), kids, contentKids }];
}

function flatten(elements: readonly Element[]): Element[] {
  return elements.flatMap((e) => [e, ...flatten(e.kids)]);
}

/** Fonts whose descriptor carries no font file (Type 0 fonts are checked through their descendant). */
function fontsWithoutFile(doc: PDFDocument): string[] {
  const missing: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || String(object.get(PDFName.of('Type'))) !== '/FontDescriptor') continue;
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.has(PDFName.of(key)));
    if (!embedded) missing.push(String(object.get(PDFName.of('FontName'))));
  }
  return missing;
}
