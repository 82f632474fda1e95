/**
 * `npm run images`'s work: one PNG per slide (slide-01.png, ...) from the checked print view, the
 * same session and checks as the PDF, at 1920x1080 times --scale, written all or nothing.
 */
import type { Talk as Deck } from '../../core/model/talk.ts';
import { ExportError } from '../export/errors.ts';
import { prepareFolder } from '../export/folder-output.ts';
import { printQuery } from '../pdf/export.ts';
import { VIEWPORT, withPrintView } from '../pdf/session.ts';

/** 1920x1080 from the 1280x720 slide: 1.5 device pixels a CSS pixel at --scale 1. */
export const BASE_WIDTH = 1920;

export interface ImagesOptions {
  /** The folder to write into. */
  readonly out: string;
  /** Times 1920x1080. */
  readonly scale: number;
}

export interface ImagesResult {
  readonly folder: string;
  readonly files: readonly string[];
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly ms: number;
}

export const SLIDE_FILE = /^slide-\d+\.png$/;

export function slideFileName(index: number, total: number): string {
  return `slide-${String(index + 1).padStart(Math.max(2, String(total).length), '0')}.png`;
}

export async function exportImages(deck: Deck, options: ImagesOptions, progress: (stage: string) => void = () => {}): Promise<ImagesResult> {
  const start = performance.now();
  const output = prepareFolder(options.out, 'the PNGs', SLIDE_FILE);
  const deviceScaleFactor = (BASE_WIDTH / VIEWPORT.width) * options.scale;
  try {
    return await withPrintView(
      deck,
      { query: printQuery({ notes: false, fragments: false }), deviceScaleFactor },
      async ({ page, pageSlides, problems }) => {
        // Where each print page starts in the document: each is shot as a clip of the slide's size.
        const tops = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')].map((p) => p.getBoundingClientRect().top + window.scrollY));
        // Chromium's own capture, tuned for speed (lighter PNG compression, still lossless): about
        // a fifth of the time of Playwright's screenshot, which waits for stable frames each time.
        const cdp = await page.context().newCDPSession(page);
        const files: string[] = [];
        let bytes = 0;
        for (let i = 0; i < pageSlides.length; i++) {
          progress(`Slide ${i + 1}/${pageSlides.length}...`);
          // Scrolled into the viewport first: capturing beyond it re-lays out the whole long page.
          // reveal makes each print page 719 px tall, one short of the slide, so the clip's last
          // row is the next page's first: the same background.
          await page.evaluate((top) => window.scrollTo(0, top), tops[i]!);
          const clip = { x: 0, y: tops[i]!, ...VIEWPORT, scale: deviceScaleFactor };
          const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, clip });
          const png = Buffer.from(data, 'base64');
          const name = slideFileName(i, pageSlides.length);
          output.add(name, png);
          files.push(name);
          bytes += png.length;
        }
        if (problems.length > 0) throw new ExportError(problems);
        output.commit();
        const width = Math.round(VIEWPORT.width * deviceScaleFactor);
        return { folder: options.out, files, width, height: Math.round(VIEWPORT.height * deviceScaleFactor), bytes, ms: Math.round(performance.now() - start) };
      },
      progress,
    );
  } finally {
    output.discard();
  }
}
