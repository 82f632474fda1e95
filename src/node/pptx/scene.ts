/**
 * Reads each slide of the print view as a scene: where its text, tables, charts, shapes and
 * pictures sit (in slide pixels, 1280x720), with the fonts and colours the theme gave them. The
 * PowerPoint is built from this, so its slides look like the deck's without a second copy of the
 * layout, and titles, text, tables and code stay text. What cannot be text (drawings, the cost
 * model's controls) is marked for a picture.
 */
import type { Page } from '@playwright/test';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Run {
  readonly text: string;
  /** CSS pixels. */
  readonly size: number;
  /** "#rrggbb". */
  readonly color: string;
  readonly font: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** As written in the page: "https://..." or "#slide-id". */
  readonly href?: string;
  /** Line breaks before this run (a <br>, or new lines in code). */
  readonly breaks?: number;
}

export interface Paragraph {
  readonly runs: readonly Run[];
  /** "3." for a numbered item, "bullet" for a bullet. */
  readonly marker?: string;
}

export type Item =
  | ({ readonly type: 'shape'; readonly fill: string; readonly radius: number; readonly line?: string } & Box)
  | ({ readonly type: 'text'; readonly paragraphs: readonly Paragraph[]; readonly align: 'left' | 'center' | 'right'; readonly lineHeight: number; readonly heading: boolean } & Box)
  | ({ readonly type: 'table'; readonly rows: readonly (readonly Cell[])[]; readonly columns: readonly number[]; readonly rule: string } & Box)
  | ({ readonly type: 'chart'; readonly chartId: string; readonly alt: string } & Box)
  | ({ readonly type: 'picture'; readonly index: number; readonly alt: string; readonly what: string } & Box);

export interface Cell {
  readonly paragraphs: readonly Paragraph[];
  readonly header: boolean;
  readonly padding: number;
}

export interface Scene {
  readonly id: string;
  readonly background: string;
  readonly items: readonly Item[];
}

/** The attribute that names an element to be shot as a picture: `[data-pptx-picture="3"]`. */
export const PICTURE_ATTRIBUTE = 'data-pptx-picture';

export async function readScenes(page: Page): Promise<Scene[]> {
  // tsx names the functions it compiles with a helper the page does not have; give it one.
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page.evaluate(extract, PICTURE_ATTRIBUTE);
}

/** Runs in the page. */
function extract(pictureAttribute: string): Scene[] {
  let pictures = 0;
  const toHex = (color: string): string | null => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(color);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.05)) return null;
    return `#${[m[1], m[2], m[3]].map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('')}`;
  };
  const visible = (el: Element): boolean => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath === 'inset(50%)') return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  };
  const isInline = (node: Node): boolean =>
    node.nodeType === Node.TEXT_NODE || (node instanceof Element && (getComputedStyle(node).display === 'inline' || node.tagName === 'BR') && [...node.childNodes].every(isInline));

  return [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page > section')].map((section) => {
    const origin = section.getBoundingClientRect();
    const scale = origin.width / 1280;
    const box = (rect: DOMRect): Box => ({ x: (rect.left - origin.left) / scale, y: (rect.top - origin.top) / scale, w: rect.width / scale, h: rect.height / scale });
    const items: Item[] = [];

    const runsOf = (el: Element, preserve: boolean): Run[] => {
      const runs: Run[] = [];
      let breaks = 0;
      const visit = (node: Node) => {
        if (node instanceof HTMLBRElement) {
          breaks += 1;
          return;
        }
        if (node.nodeType === Node.TEXT_NODE) {
          const parent = node.parentElement!;
          const style = getComputedStyle(parent);
          let text = node.textContent ?? '';
          if (!preserve) text = text.replace(/\s+/g, ' ');
          if (style.textTransform === 'uppercase') text = text.toUpperCase();
          const href = parent.closest('a')?.getAttribute('href') ?? undefined;
          (preserve ? text.split('\n') : [text]).forEach((line, i) => {
            if (i > 0) breaks += 1;
            if (line === '') return;
            runs.push({
              text: line,
              size: parseFloat(style.fontSize),
              color: toHex(style.color) ?? '#000000',
              font: style.fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, ''),
              bold: Number(style.fontWeight) >= 600,
              italic: style.fontStyle === 'italic',
              ...(href && { href }),
              ...(breaks > 0 && runs.length > 0 && { breaks }),
            });
            breaks = 0;
          });
          return;
        }
        if (node instanceof Element && visible(node)) node.childNodes.forEach(visit);
      };
      el.childNodes.forEach(visit);
      // Collapsed white space at a paragraph's edges shows nothing on the page.
      if (!preserve && runs.length > 0) {
        runs[0] = { ...runs[0]!, text: runs[0]!.text.trimStart() };
        runs[runs.length - 1] = { ...runs[runs.length - 1]!, text: runs[runs.length - 1]!.text.trimEnd() };
      }
      return runs.filter((run, i) => run.text !== '' || (run.breaks ?? 0) > 0 || i === 0);
    };

    const textBox = (el: Element, paragraphs: Paragraph[]) => {
      if (paragraphs.every((p) => p.runs.every((r) => !r.text.trim()))) return;
      const style = getComputedStyle(el);
      const range = document.createRange();
      range.selectNodeContents(el);
      const content = range.getBoundingClientRect();
      const rect = content.width > 0 ? content : el.getBoundingClientRect();
      const align = style.textAlign === 'center' ? 'center' : style.textAlign === 'right' || style.textAlign === 'end' ? 'right' : 'left';
      const lineHeight = parseFloat(style.lineHeight) / parseFloat(style.fontSize) || 1.2;
      items.push({ type: 'text', ...box(rect), paragraphs, align, lineHeight, heading: /^H[1-6]$/.test(el.tagName) });
    };

    const decorate = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const fill = toHex(style.backgroundColor);
      const radius = parseFloat(style.borderTopLeftRadius) || 0;
      if (fill) items.push({ type: 'shape', ...box(rect), fill, radius });
      // One-sided rules (a quote's bar, the byline's and timeline's top rule) as thin filled shapes.
      for (const side of ['Top', 'Left'] as const) {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const color = toHex(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
        if (!width || !color || style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none') continue;
        const b = box(rect);
        items.push({ type: 'shape', ...(side === 'Top' ? { ...b, h: width / scale } : { ...b, w: width / scale }), fill: color, radius: 0 });
      }
      for (const pseudo of ['::before', '::after']) {
        const p = getComputedStyle(el, pseudo);
        const pFill = toHex(p.backgroundColor);
        if (p.content === 'none' || !pFill || !(parseFloat(p.width) > 0)) continue;
        const b = box(rect);
        const absolute = p.position === 'absolute';
        const x = b.x + (absolute ? parseFloat(p.left) || 0 : parseFloat(style.paddingLeft) || 0) / scale;
        const y = b.y + (absolute ? parseFloat(p.top) || 0 : parseFloat(style.paddingTop) || 0) / scale;
        items.push({ type: 'shape', x, y, w: parseFloat(p.width) / scale, h: parseFloat(p.height) / scale, fill: pFill, radius: parseFloat(p.borderTopLeftRadius) || 0 });
      }
    };

    const picture = (el: Element, what: string) => {
      el.setAttribute(pictureAttribute, String(pictures));
      const decorative = el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'presentation';
      const alt = decorative ? `Decorative ${what}, no information of its own` : el.getAttribute('aria-label') ?? el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      items.push({ type: 'picture', ...box(el.getBoundingClientRect()), index: pictures, alt: alt || what, what });
      pictures += 1;
    };

    const list = (el: Element) => {
      const numbered = el.tagName === 'OL';
      const start = numbered ? Number(el.getAttribute('start') ?? 1) : 1;
      const lis = [...el.children].filter((li) => li.tagName === 'LI' && visible(li));
      // One text box per column of the list, so a list laid out in columns stays in columns.
      const columns = new Map<number, Element[]>();
      for (const li of lis) {
        const x = Math.round(li.getBoundingClientRect().left);
        columns.set(x, [...(columns.get(x) ?? []), li]);
      }
      for (const column of columns.values()) {
        const first = column[0]!;
        const last = column[column.length - 1]!;
        const top = first.getBoundingClientRect();
        const bottom = last.getBoundingClientRect();
        const paragraphs = column.map((li) => ({ runs: runsOf(li, false), marker: numbered ? `${start + lis.indexOf(li)}.` : 'bullet' }));
        const style = getComputedStyle(first);
        items.push({ type: 'text', ...box(new DOMRect(top.left, top.top, top.width, bottom.bottom - top.top)), paragraphs, align: 'left', lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize) || 1.2, heading: false });
      }
    };

    const table = (el: HTMLTableElement) => {
      const rows = [...el.rows].filter(visible);
      const columns = [...(rows[0]?.cells ?? [])].map((cell) => cell.getBoundingClientRect().width / scale);
      const rule = toHex(getComputedStyle(rows[0]?.cells[0] ?? el).borderBottomColor) ?? '#808080';
      items.push({
        type: 'table',
        ...box(el.getBoundingClientRect()),
        rows: rows.map((row) => [...row.cells].map((cell) => ({ paragraphs: [{ runs: runsOf(cell, false) }], header: cell.tagName === 'TH' && row.parentElement?.tagName === 'THEAD', padding: parseFloat(getComputedStyle(cell).paddingLeft) / scale }))),
        columns,
        rule,
      });
    };

    const walk = (el: Element) => {
      if (!visible(el) || el.matches('aside.notes, .slide-number-pdf')) return;
      if (el.matches('figure.chart')) {
        const frame = el.querySelector('.chart-frame')!;
        items.push({ type: 'chart', ...box(frame.getBoundingClientRect()), chartId: (el as HTMLElement).dataset.chartId ?? '', alt: frame.getAttribute('aria-label') ?? '' });
        const caption = el.querySelector('figcaption');
        if (caption) walk(caption);
        return;
      }
      if (el.matches('svg, canvas, img')) return picture(el, el.tagName.toLowerCase() === 'svg' ? 'drawing' : 'image');
      // The smallest block that holds the controls and no heading: the title stays text.
      if (el.querySelector('input, select, button, output') && !el.querySelector('h1, h2, h3, h4')) return picture(el, 'interactive part');
      decorate(el);
      if (el instanceof HTMLTableElement) return table(el);
      if ((el.tagName === 'UL' || el.tagName === 'OL') && [...el.children].every((li) => [...li.childNodes].every(isInline))) return list(el);
      const preserve = getComputedStyle(el).whiteSpace.startsWith('pre');
      if ([...el.childNodes].every(isInline) && (el.textContent ?? '').trim()) return textBox(el, [{ runs: runsOf(el, preserve) }]);
      for (const child of el.children) walk(child);
    };
    for (const child of section.children) walk(child);
    return { id: section.id, background: toHex(getComputedStyle(section.closest('.pdf-page')!).backgroundColor) ?? toHex(getComputedStyle(document.body).backgroundColor) ?? '#000000', items };
  });
}
