/**
 * `npm run pptx`'s work: opens the checked print view (the PDF's session), reads each slide's
 * scene, shoots the parts that cannot be PowerPoint objects at 2x, builds the .pptx and writes it
 * all or nothing.
 */
import type { Page } from '@playwright/test';
import type { ChartColor } from '../../core/model/chart-spec.ts';
import type { Talk as Deck } from '../../core/model/talk.ts';
import { ExportError } from '../export/errors.ts';
import { printQuery } from '../pdf/export.ts';
import { prepareOutput } from '../pdf/output.ts';
import { withPrintView } from '../pdf/session.ts';
import type { ChartTheme } from './chart.ts';
import { buildPptx, type PptxReport } from './document.ts';
import { PICTURE_ATTRIBUTE, readScenes } from './scene.ts';

/** Pictures are shot at twice the slide's pixels: crisp on a projector and in print. */
const PICTURE_SCALE = 2;

export interface PptxOptions {
  /** Absolute path of the .pptx to write. */
  readonly out: string;
}

export interface PptxResult {
  readonly path: string;
  readonly bytes: number;
  readonly ms: number;
  readonly report: PptxReport;
}

export async function exportPptx(deck: Deck, options: PptxOptions, progress: (stage: string) => void = () => {}): Promise<PptxResult> {
  const start = performance.now();
  const output = prepareOutput(options.out, 'the PowerPoint');
  try {
    return await withPrintView(
      deck,
      { query: printQuery({ notes: false, fragments: false }), deviceScaleFactor: PICTURE_SCALE },
      async ({ page, browser, rendered, problems }) => {
        progress(`Reading ${rendered.length} slides...`);
        const scenes = await readScenes(page);
        const theme = await chartTheme(page);
        const wanted = scenes.flatMap((scene) => scene.items.flatMap((item) => (item.type === 'picture' ? [item.index] : [])));
        progress(`Taking ${wanted.length} pictures at ${PICTURE_SCALE}x...`);
        const pictures = new Map<number, Uint8Array>();
        for (const index of wanted) pictures.set(index, await page.locator(`[${PICTURE_ATTRIBUTE}="${index}"]`).screenshot({ type: 'png', animations: 'disabled' }));
        if (problems.length > 0) throw new ExportError(problems);
        progress('Building the PowerPoint...');
        const creator = `npm run pptx (pptxgenjs, from the print view in Chromium ${browser.version()})`;
        const { bytes, report } = await buildPptx({ deck, rendered, scenes, pictures, theme, creator });
        output.commit(bytes);
        return { path: output.path, bytes: bytes.length, ms: Math.round(performance.now() - start), report };
      },
      progress,
    );
  } finally {
    output.discard();
  }
}

const CHART_COLORS: readonly ChartColor[] = ['accent', 'positive', 'negative', 'neutral', 'muted', 'highlight'];

/** The chart colours and type from the page's design tokens (src/styles/tokens.css), as the deck's charts read them. */
async function chartTheme(page: Page): Promise<ChartTheme> {
  const names = [...CHART_COLORS.map((c) => `--color-chart-${c}`), '--color-text', '--color-text-muted', '--color-chart-grid', '--font-body'];
  const tokens = await page.evaluate((list) => {
    const style = getComputedStyle(document.documentElement);
    return Object.fromEntries(list.map((name) => [name, style.getPropertyValue(name).trim()]));
  }, names);
  const missing = names.filter((name) => !tokens[name]);
  if (missing.length > 0) throw new ExportError(missing.map((name) => `the design token ${name} is not set (src/styles/tokens.css)`));
  return {
    colors: Object.fromEntries(CHART_COLORS.map((c) => [c, tokens[`--color-chart-${c}`]!])) as Record<ChartColor, string>,
    text: tokens['--color-text']!,
    muted: tokens['--color-text-muted']!,
    grid: tokens['--color-chart-grid']!,
    font: tokens['--font-body']!.split(',')[0]!.trim().replace(/^["']|["']$/g, ''),
  };
}
