/**
 * What PDF/UA-1 asks of the PDF that Chromium's tagged print leaves out: a description (/Contents)
 * on every link annotation, alternative text (/Alt) on every figure, and no text content hidden in
 * a figure. Chromium tags an HTML <figure> as a PDF Figure, which assistive technology reads by its
 * /Alt alone; a quote is text in a <figure>, so it is retagged as a Div and its words stay readable.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from './pdf-lib.ts';

export interface PageFacts {
  /** Each link's visible text, by its href as written in the page ("https://...", "#slide-id"). */
  readonly linkText: ReadonlyMap<string, string>;
  /** The alt text of each picture the PDF tags as a Figure (charts, diagrams, drawings), in page order. */
  readonly figureAlts: readonly string[];
  /** Slide titles by id: what an internal link's description names. */
  readonly slideTitles: ReadonlyMap<string, string>;
}

/** Sets /Contents on every link: the words a reader sees, and where the link goes. Returns how many. */
export function describeLinks(doc: PDFDocument, facts: PageFacts): number {
  let count = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = doc.context.lookup(annots.get(i));
      if (!(annot instanceof PDFDict) || String(annot.get(PDFName.of('Subtype'))) !== '/Link') continue;
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(linkDescription(annot, facts)));
      count += 1;
    }
  }
  return count;
}

function linkDescription(annot: PDFDict, facts: PageFacts): string {
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action?.get(PDFName.of('URI'));
  if (uri instanceof PDFString || uri instanceof PDFHexString) {
    const href = uri.decodeText();
    const text = facts.linkText.get(href);
    return text && text !== href ? `${text} (${href})` : `Link to ${href}`;
  }
  const dest = annot.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'));
  const name = dest instanceof PDFName ? dest.decodeText() : dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : undefined;
  if (name) {
    const title = facts.slideTitles.get(name);
    const text = facts.linkText.get(`#${name}`);
    return title ? `${text && text !== title ? `${text}: ` : ''}go to the slide "${title}"` : `Go to ${text ?? name}`;
  }
  return 'Link';
}

/**
 * Gives each picture's Figure its alt text and retags quote figures, walking the structure tree in
 * page order. Throws when the tree's figures do not match the page's: better no PDF than alt text
 * on the wrong chart.
 */
export function tagFigures(doc: PDFDocument, facts: PageFacts): { charts: number; quotes: number } {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) throw new Error('the printed PDF has no structure tree (was it printed tagged?)');
  const figures: PDFDict[] = [];
  walk(doc, root.get(PDFName.of('K')), (element) => {
    if (String(element.get(PDFName.of('S'))) === '/Figure') figures.push(element);
  });
  let quotes = 0;
  const charts = figures.filter((figure) => {
    if (!childRoles(doc, figure).includes('/BlockQuote')) return true;
    figure.set(PDFName.of('S'), PDFName.of('Div'));
    quotes += 1;
    return false;
  });
  if (charts.length !== facts.figureAlts.length) {
    throw new Error(`the PDF tags ${charts.length} figures where the page has ${facts.figureAlts.length} pictures; their alt text cannot be matched`);
  }
  charts.forEach((figure, i) => figure.set(PDFName.of('Alt'), PDFHexString.fromText(facts.figureAlts[i]!)));
  return { charts: charts.length, quotes };
}

function walk(doc: PDFDocument, node: PDFObject | undefined, visit: (element: PDFDict) => void): void {
  const value = node instanceof PDFRef ? doc.context.lookup(node) : node;
  if (value instanceof PDFArray) {
    for (let i = 0; i < value.size(); i++) walk(doc, value.get(i), visit);
  } else if (value instanceof PDFDict && value.has(PDFName.of('S'))) {
    visit(value);
    walk(doc, value.get(PDFName.of('K')), visit);
  }
}

function childRoles(doc: PDFDocument, element: PDFDict): string[] {
  const roles: string[] = [];
  const kids = element.get(PDFName.of('K'));
  const list = kids instanceof PDFArray ? Array.from({ length: kids.size() }, (_, i) => kids.get(i)) : [kids];
  for (const kid of list) {
    const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
    if (value instanceof PDFDict && value.has(PDFName.of('S'))) roles.push(String(value.get(PDFName.of('S'))));
  }
  return roles;
}

/**
 * PDF/UA wants each list item's content in an LBody (beside its Lbl); Chromium puts it straight in
 * the LI. Each LI's kids other than its Lbl move into a new LBody. Returns the number of items fixed.
 */
export function wrapListBodies(doc: PDFDocument): number {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return 0;
  const items: PDFDict[] = [];
  walk(doc, root.get(PDFName.of('K')), (element) => {
    if (String(element.get(PDFName.of('S'))) === '/LI') items.push(element);
  });
  let fixed = 0;
  for (const item of items) {
    const kids = item.get(PDFName.of('K'));
    const list = kids instanceof PDFArray ? Array.from({ length: kids.size() }, (_, i) => kids.get(i)) : kids === undefined ? [] : [kids];
    const resolved = list.map((kid) => (kid instanceof PDFRef ? doc.context.lookup(kid) : kid));
    // Marked content straight in the LI would need the page's parent tree rewritten; leave it to the checker.
    if (resolved.some((kid) => !(kid instanceof PDFDict && kid.has(PDFName.of('S'))))) continue;
    const roles = resolved.map((kid) => String((kid as PDFDict).get(PDFName.of('S'))));
    if (roles.includes('/LBody')) continue;
    const body = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: doc.context.getObjectRef(item) ?? item }) as PDFDict;
    const bodyRef = doc.context.register(body);
    const inBody = list.filter((_, i) => roles[i] !== '/Lbl');
    inBody.forEach((_, i) => (resolved[list.indexOf(inBody[i]!)] as PDFDict).set(PDFName.of('P'), bodyRef));
    body.set(PDFName.of('K'), doc.context.obj(inBody));
    item.set(PDFName.of('K'), doc.context.obj([...list.filter((_, i) => roles[i] === '/Lbl'), bodyRef]));
    fixed += 1;
  }
  return fixed;
}
