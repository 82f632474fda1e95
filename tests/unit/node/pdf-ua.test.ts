// The PDF/UA finishing and its checker on a small tagged PDF built here with pdf-lib, shaped as
// Chromium tags a slide: a heading, a list whose items hold their content directly, a chart figure
// without alt text, a quote in a figure, and links without descriptions.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from '../../../src/node/pdf/pdf-lib.ts';
import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { describeLinks, tagFigures, wrapListBodies, type PageFacts } from '../../../src/node/pdf/accessibility.ts';
import { finishPdf } from '../../../src/node/pdf/document.ts';
import { checkPdfUa } from '../../../src/node/pdf/pdfua.ts';

async function chromiumLikePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([960, 540]);
  const { context } = doc;
  const element = (role: string, kids: (PDFRef | number)[] = []) => context.register(context.obj({ Type: 'StructElem', S: role, K: kids }));
  const li = element('LI', [element('NonStruct'), element('Link')]);
  const quote = element('Figure', [element('BlockQuote'), element('Caption')]);
  const chart = element('Figure', [element('Caption')]);
  const root = context.obj({ Type: 'StructTreeRoot', K: [element('Document', [element('H1'), element('L', [li]), chart, quote, element('H3')])] });
  doc.catalog.set(PDFName.of('StructTreeRoot'), context.register(root));
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  const web = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], StructParent: 1, A: { S: 'URI', URI: PDFString.of('https://example.org/a') } });
  const inner = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 20, 10, 30], StructParent: 2, Dest: PDFName.of('the-facts') });
  page.node.set(PDFName.of('Annots'), context.obj([context.register(web), context.register(inner)]));
  page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  return doc.save();
}

const facts: PageFacts = {
  linkText: new Map([['https://example.org/a', 'The source'], ['#the-facts', 'The facts']]),
  figureAlts: ['Bars of the cost per token.'],
  slideTitles: new Map([['the-facts', 'The facts']]),
};

const failing = (doc: PDFDocument) => checkPdfUa(doc).filter((check) => check.failures.length > 0).map((check) => check.id);

describe('PDF/UA checker', () => {
  it('finds what Chromium leaves out: identification, language, title display, alt text, list bodies, link descriptions, a skipped heading level', async () => {
    const doc = await PDFDocument.load(await chromiumLikePdf());
    expect(failing(doc).sort()).toEqual(['06-002', '06-003', '07-001', '09-005', '11-006', '13-004', '14-003', '28-004'].sort());
  });

  it('passes once the PDF is finished, but for the heading the page itself skips', async () => {
    const finished = await finishPdf(await chromiumLikePdf(), { meta: deck.meta, outline: [], creator: 'test', page: facts });
    expect(finished).toMatchObject({ links: 2, figures: 1 });
    const doc = await PDFDocument.load(finished.bytes);
    expect(failing(doc)).toEqual(['14-003']);
    const annots = doc.getPages()[0]!.node.lookup(PDFName.of('Annots'), PDFArray);
    const contents = [0, 1].map((i) => (doc.context.lookup(annots.get(i), PDFDict).get(PDFName.of('Contents')) as PDFHexString).decodeText());
    expect(contents).toEqual(['The source (https://example.org/a)', 'go to the slide "The facts"']);
  });
});

describe('PDF/UA fixes', () => {
  it('retag a quote figure as a Div and give the chart its alt; refuse figures that do not match the page', async () => {
    const doc = await PDFDocument.load(await chromiumLikePdf());
    expect(tagFigures(doc, facts)).toEqual({ charts: 1, quotes: 1 });
    const again = await PDFDocument.load(await chromiumLikePdf());
    expect(() => tagFigures(again, { ...facts, figureAlts: [] })).toThrow(/tags 1 figures where the page has 0 pictures/);
  });

  it('wrap each list item’s content in an LBody, and describe every link', async () => {
    const doc = await PDFDocument.load(await chromiumLikePdf());
    expect(wrapListBodies(doc)).toBe(1);
    expect(wrapListBodies(doc)).toBe(0);
    expect(describeLinks(doc, facts)).toBe(2);
  });
});
