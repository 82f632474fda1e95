/**
 * Builds the PowerPoint from the slides' scenes (./scene.ts): one 16:9 slide per slide, its text as
 * editable text boxes in the theme's fonts and colours (the title in the layout's title placeholder,
 * so PowerPoint and screen readers know it as the title), tables as tables, charts as native charts
 * from the chart specs, the rest as 2x pictures with alt text, and the speaker notes in the notes pane.
 */
import PptxGenJS from 'pptxgenjs';
import type { RenderedSlide } from '../../core/render/render-deck.ts';
import type { ChartSpec } from '../../core/model/chart-spec.ts';
import type { Talk as Deck } from '../../core/model/talk.ts';
import { nativeChart, type ChartTheme } from './chart.ts';
import { notesText } from './notes.ts';
import type { Box, Item, Paragraph, Run, Scene } from './scene.ts';
import { createRegistry } from '../../core/registry.ts';
import type { SlideBase } from '../../core/model/talk.ts';
import type { ChartSlide } from '../../kinds/chart.ts';

const isChartSlide = (slide: SlideBase): slide is ChartSlide => slide.kind === 'chart';

/** PowerPoint's 16:9 slide is 13.333 x 7.5 in: the deck's 1280 x 720 CSS pixels at 96 a inch. */
const inch = (px: number) => px / 96;
const points = (px: number) => Math.round(px * 0.75 * 10) / 10;
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();
/**
 * PowerPoint's fonts set text a little wider than Chromium's; a box this much wider keeps its lines.
 * Where the deck's fonts are not installed the reader substitutes wider ones: text boxes shrink their
 * text to fit (normAutofit) rather than run into the next box.
 */
const TEXT_SLACK = 1.04;
const TEXT_HEIGHT_SLACK = 1.2;

export interface PptxInput {
  readonly deck: Deck;
  readonly rendered: readonly RenderedSlide[];
  readonly scenes: readonly Scene[];
  /** PNG bytes of each marked picture, by its index. */
  readonly pictures: ReadonlyMap<number, Uint8Array>;
  readonly theme: ChartTheme;
  readonly creator: string;
}

export interface PptxReport {
  readonly slides: number;
  readonly charts: number;
  readonly notes: number;
  readonly titles: number;
  /** "slide "x": drawing (picture)": every part that became a picture. */
  readonly pictures: readonly string[];
  readonly caveats: readonly string[];
}

export async function buildPptx(input: PptxInput): Promise<{ bytes: Uint8Array; report: PptxReport }> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const registry = createRegistry(input.deck.registry);
  pptx.title = input.deck.meta.title;
  pptx.author = input.deck.meta.author;
  pptx.subject = input.deck.meta.description;
  pptx.company = input.creator;
  pptx.theme = { headFontFace: 'Space Grotesk', bodyFontFace: 'Inter' };

  const links: Links = { slideNumber: new Map(input.scenes.map((scene, i) => [scene.id, i + 1])), lang: input.deck.meta.lang };
  const specs = new Map<string, ChartSpec>();
  for (const r of input.rendered) {
    if (isChartSlide(r.slide)) specs.set(r.slide.chart.id, r.slide.chart);
  }
  const masters = new TitleMasters(pptx);
  const report = { slides: 0, charts: 0, notes: 0, titles: 0, pictures: [] as string[], caveats: [] as string[] };

  input.scenes.forEach((scene, index) => {
    const rendered = input.rendered[index];
    if (!rendered || rendered.slide.id !== scene.id) throw new Error(`the print view's slide ${index + 1} is "${scene.id}", the deck's is "${rendered?.slide.id ?? 'missing'}"`);
    const titleItem = scene.items.find((item): item is Extract<Item, { type: 'text' }> => item.type === 'text' && item.heading);
    const slide = pptx.addSlide({ masterName: masters.for(titleItem, scene.background) });
    slide.background = { color: hex(scene.background) };
    const where = `slide ${index + 1} "${scene.id}"`;
    for (const item of scene.items) {
      switch (item.type) {
        case 'shape':
          slide.addShape(item.radius > 0 ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
            ...place(item),
            fill: { color: hex(item.fill) },
            line: { type: 'none' },
            ...(item.radius > 0 && { rectRadius: inch(Math.min(item.radius, item.w / 2, item.h / 2)) }),
          });
          break;
        case 'text':
          if (item === titleItem) {
            slide.addText(textRuns(item.paragraphs, links, item.lineHeight), { placeholder: 'title', ...textBoxOptions(item) });
            report.titles += 1;
          } else slide.addText(textRuns(item.paragraphs, links, item.lineHeight), { ...place(widened(item)), ...textBoxOptions(item) });
          break;
        case 'table':
          slide.addTable(tableRows(item, links), { ...place(item), colW: item.columns.map(inch), margin: 0, autoPage: false });
          break;
        case 'chart': {
          const spec = specs.get(item.chartId);
          if (!spec) throw new Error(`${where}: chart "${item.chartId}" is in the page but in no chart slide of the deck`);
          const chart = nativeChart(spec, registry, input.theme, place(item), item.alt);
          slide.addChart(chart.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar, chart.data, chart.options);
          report.charts += 1;
          report.caveats.push(...chart.caveats.map((caveat) => `${where}, chart "${spec.id}": ${caveat}`));
          break;
        }
        case 'picture': {
          const png = input.pictures.get(item.index);
          if (!png) throw new Error(`${where}: the picture of its ${item.what} was not taken`);
          slide.addImage({ data: `data:image/png;base64,${Buffer.from(png).toString('base64')}`, ...place(item), altText: item.alt });
          report.pictures.push(`${where}: ${item.what} (${item.alt.slice(0, 60)}${item.alt.length > 60 ? '...' : ''})`);
          break;
        }
      }
    }
    const notes = notesText(rendered.slide, registry);
    if (notes) {
      slide.addNotes(notes);
      report.notes += 1;
    }
    report.slides += 1;
  });
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return { bytes, report };
}

function place(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) };
}

/**
 * Wider to the right (or on both sides when centred) and a little taller, never past the slide's
 * edge: room for a reader's wider fonts before the box shrinks its text.
 */
function widened(item: Box & { readonly align: 'left' | 'center' | 'right' }): Box {
  const extra = Math.max(0, Math.min(item.w * (TEXT_SLACK - 1), 1280 - (item.x + item.w)));
  const x = item.align === 'center' ? item.x - extra / 2 : item.align === 'right' ? item.x - extra : item.x;
  return { x: Math.max(0, x), y: item.y, w: item.w + extra, h: Math.min(item.h * TEXT_HEIGHT_SLACK, 720 - item.y) };
}

function textBoxOptions(item: Extract<Item, { type: 'text' }>): PptxGenJS.TextPropsOptions {
  return { margin: 0, valign: 'top', align: item.align, fit: 'shrink', wrap: true };
}

/** pptxgenjs starts a new paragraph after a run with breakLine; a soft line break inside one is a run break. */
/**
 * Line spacing is set in points, as CSS sets it (line-height times the font size): PowerPoint's
 * spacing multiple counts in its own single lines, about 1.2 font sizes, and would space lines wider.
 */
function textRuns(paragraphs: readonly Paragraph[], links: Links, lineHeight?: number): PptxGenJS.TextProps[] {
  const consecutive = paragraphs.every((p, i) => !p.marker || p.marker === 'bullet' || i === 0 || Number.parseInt(p.marker) === Number.parseInt(paragraphs[i - 1]!.marker ?? '0') + 1);
  const out: PptxGenJS.TextProps[] = [];
  paragraphs.forEach((paragraph, p) => {
    const size = paragraph.runs[0]?.size ?? 16;
    const numbered = paragraph.marker && paragraph.marker !== 'bullet';
    const paragraphOptions: PptxGenJS.TextPropsOptions = {
      ...(lineHeight && { lineSpacing: points(size * lineHeight) }),
      ...(paragraph.marker === 'bullet' && { bullet: { code: '25A0', indent: points(size * 1.25) }, paraSpaceAfter: points(size * 0.6) }),
      ...(numbered && consecutive && { bullet: { type: 'number', numberStartAt: Number.parseInt(paragraphs[0]!.marker!), indent: points(size * 1.8) }, paraSpaceAfter: points(size * 0.3) }),
      ...(numbered && !consecutive && { paraSpaceAfter: points(size * 0.3) }),
    };
    const runs = numbered && !consecutive ? [{ ...paragraph.runs[0]!, text: `${paragraph.marker} ` }, ...paragraph.runs] : paragraph.runs;
    runs.forEach((run, r) => {
      for (let b = 1; b < (run.breaks ?? 0); b++) out.push({ text: '', options: { ...runOptions(run, links), softBreakBefore: true } });
      out.push({
        text: run.text,
        options: { ...paragraphOptions, ...runOptions(run, links), ...((run.breaks ?? 0) > 0 && r > 0 && { softBreakBefore: true }), ...(r === runs.length - 1 && p < paragraphs.length - 1 && { breakLine: true }) },
      });
    });
  });
  return out;
}

/** What a run needs beyond itself: the slide a `#slide-id` link goes to, and the talk's language. */
interface Links {
  readonly slideNumber: ReadonlyMap<string, number>;
  readonly lang: string;
}

function runOptions(run: Run, links: Links): PptxGenJS.TextPropsOptions {
  const target = run.href?.startsWith('#') ? links.slideNumber.get(run.href.slice(1)) : undefined;
  const hyperlink = run.href?.startsWith('https://') ? { url: run.href } : target ? { slide: target } : undefined;
  return { fontFace: run.font, fontSize: points(run.size), color: hex(run.color), bold: run.bold, italic: run.italic, lang: links.lang, ...(hyperlink && { hyperlink }) };
}

function tableRows(item: Extract<Item, { type: 'table' }>, links: Links): PptxGenJS.TableRow[] {
  return item.rows.map((row) =>
    row.map((cell) => ({
      text: textRuns(cell.paragraphs, links),
      options: { margin: [inch(cell.padding * 0.5), inch(cell.padding), inch(cell.padding * 0.5), inch(cell.padding)] as [number, number, number, number], valign: 'top', border: [{ type: 'none' }, { type: 'none' }, { pt: 0.75, color: hex(item.rule) }, { type: 'none' }] },
    })),
  );
}

/**
 * One layout per distinct title position, each with a title placeholder there: a slide's title is
 * then PowerPoint's own title (outline view, accessibility checker, screen readers), where the deck
 * puts it. Slides without a heading get a layout without one.
 */
class TitleMasters {
  private readonly names = new Map<string, string>();
  constructor(private readonly pptx: PptxGenJS) {}

  for(title: (Box & { readonly align: 'left' | 'center' | 'right' }) | undefined, background: string): string {
    const box = title && widened(title);
    const key = box ? [box.x, box.y, box.w, box.h].map((v) => Math.round(v / 4) * 4).join(',') : 'none';
    const known = this.names.get(`${key}|${background}`);
    if (known) return known;
    const name = title ? `Deck title ${this.names.size + 1}` : `Deck blank ${this.names.size + 1}`;
    const [x, y, w, h] = key === 'none' ? [0, 0, 0, 0] : key.split(',').map(Number);
    this.pptx.defineSlideMaster({
      title: name,
      background: { color: hex(background) },
      objects: title ? [{ placeholder: { options: { name: 'title', type: 'title', x: inch(x!), y: inch(y!), w: inch(w!), h: inch(h!) }, text: '' } }] : [],
    });
    this.names.set(`${key}|${background}`, name);
    return name;
  }
}
