/**
 * Finishes the PDF Chromium printed: the talk's metadata (Chromium writes only the title), XMP
 * metadata for tools that read only that, the bookmarks, and a viewer that opens with them and shows
 * the title, and what PDF/UA-1 asks beyond Chromium's tags (./accessibility.ts). pdf-lib keeps every
 * other object as Chromium wrote it: tags, links and named destinations.
 */
import { ParseSpeeds, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from './pdf-lib.ts';
import type { DeckMeta } from '../../core/model/talk.ts';
import { describeLinks, tagFigures, wrapListBodies, type PageFacts } from './accessibility.ts';
import type { OutlineItem } from './outline.ts';

export interface Finishing {
  readonly meta: DeckMeta;
  readonly outline: readonly OutlineItem[];
  /** Who made the file, e.g. "npm run pdf (Chromium print view)". */
  readonly creator: string;
  /** Link texts and chart alt texts read from the print view, for PDF/UA. */
  readonly page: PageFacts;
}

export interface FinishedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
  /** Links given a description, charts given alt text. */
  readonly links: number;
  readonly figures: number;
}

export async function finishPdf(printed: Uint8Array, finishing: Finishing): Promise<FinishedPdf> {
  // In one go: by default pdf-lib yields to the event loop every 100 objects read and 50 written,
  // which costs more than the work itself: 1.6 s against 0.24 s for the talk's 2700 objects here.
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const { meta } = finishing;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.description);
  // pdf-lib joins keywords with spaces; several of ours have spaces of their own.
  doc.setKeywords([meta.keywords.join(', ')]);
  doc.setCreator(finishing.creator);
  doc.setLanguage(meta.lang);
  addXmpMetadata(doc, meta, finishing.creator);
  addOutline(doc, finishing.outline);
  const links = describeLinks(doc, finishing.page);
  const { charts } = tagFigures(doc, finishing.page);
  wrapListBodies(doc);
  // Without object streams: pdf-lib deflates them in JavaScript, about 0.6 s more in a fresh process
  // here, to make the file 320 KiB instead of 780 KiB (with pictures of charts it was 1330 KiB).
  return { bytes: await doc.save({ objectsPerTick: Infinity, useObjectStreams: false }), pages: doc.getPageCount(), links, figures: charts };
}

function addOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const { context, catalog } = doc;
  const pages = doc.getPages().map((page) => page.ref);

  /** Writes `list` as linked siblings under `parent`; returns how many entries show when all are open. */
  const writeLevel = (list: readonly OutlineItem[], parent: PDFRef, into: PDFDict): number => {
    const refs = list.map(() => context.nextRef());
    let shown = 0;
    list.forEach((item, i) => {
      const page = pages[item.page];
      if (!page) throw new Error(`Bookmark "${item.title}" points at page ${item.page + 1}, but the PDF has ${pages.length}.`);
      const entry = context.obj({}) as PDFDict;
      entry.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      entry.set(PDFName.of('Parent'), parent);
      // The whole page in view: a slide is read whole.
      entry.set(PDFName.of('Dest'), context.obj([page, PDFName.of('Fit')]));
      if (i > 0) entry.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) entry.set(PDFName.of('Next'), refs[i + 1]!);
      const children = item.children.length > 0 ? writeLevel(item.children, refs[i]!, entry) : 0;
      context.assign(refs[i]!, entry);
      shown += 1 + children;
    });
    into.set(PDFName.of('First'), refs[0]!);
    into.set(PDFName.of('Last'), refs[refs.length - 1]!);
    // A positive count: the entry is open, its children listed.
    into.set(PDFName.of('Count'), PDFNumber.of(shown));
    return shown;
  };

  const root = context.obj({ Type: 'Outlines' }) as PDFDict;
  const rootRef = context.register(root);
  writeLevel(items, rootRef, root);
  catalog.set(PDFName.of('Outlines'), rootRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same metadata as the document info, in XMP, with the PDF/UA-1 identification checkers look for. */
function addXmpMetadata(doc: PDFDocument, meta: DeckMeta, creator: string): void {
  const created = (doc.getCreationDate() ?? new Date()).toISOString();
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(value)}</rdf:li></rdf:Alt>`;
  const xmp = `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
      <pdfuaid:part>1</pdfuaid:part>
      <dc:format>application/pdf</dc:format>
      <dc:title>${alt(meta.title)}</dc:title>
      <dc:description>${alt(meta.description)}</dc:description>
      <dc:creator><rdf:Seq><rdf:li>${xmlText(meta.author)}</rdf:li></rdf:Seq></dc:creator>
      <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${xmlText(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
      <dc:language><rdf:Bag><rdf:li>${xmlText(meta.lang)}</rdf:li></rdf:Bag></dc:language>
      <pdf:Keywords>${xmlText(meta.keywords.join(', '))}</pdf:Keywords>
      <xmp:CreatorTool>${xmlText(creator)}</xmp:CreatorTool>
      <xmp:CreateDate>${created}</xmp:CreateDate>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
