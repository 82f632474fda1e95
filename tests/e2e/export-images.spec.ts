/**
 * `npm run images`, run as a user runs it: one PNG per slide at 1920x1080 (or --scale times that),
 * charts drawn, each picture the slide it names; an earlier set replaced whole or kept whole.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { RENDERED } from './support/deck.ts';
import { brokenBuild, runExport, type Run } from './support/export-cli.ts';

const SLIDES = RENDERED.slides;
const names = SLIDES.map((_, i) => `slide-${String(i + 1).padStart(2, '0')}.png`);
const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string) => new RegExp(`${name}:\\s*#([0-9a-f]{6})`, 'i').exec(tokens)![1]!;
const rgb = (hex: string) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Width and height from the PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Shares of a PNG's pixels near a colour, in a region (fractions of the picture), decoded by the browser. */
function colourShare(page: Page, file: string, color: number[], region = { x: 0, y: 0, w: 1, h: 1 }): Promise<number> {
  const src = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  return page.evaluate(
    async ({ src, color, region }) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(region.x * image.width, region.y * image.height, region.w * image.width, region.h * image.height);
      let near = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - color[0]!) + Math.abs(data[i + 1]! - color[1]!) + Math.abs(data[i + 2]! - color[2]!) < 30) near += 1;
      return near / (data.length / 4);
    },
    { src, color, region },
  );
}

let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'deck-images-e2e-'));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test.describe('npm run images', () => {
  let out: string;
  let run: Run;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    out = join(scratch, 'png');
    run = await runExport('export-images.ts', ['--out', out]);
  });

  test('writes slide-01.png ... one per slide, 1920x1080, and nothing else', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote ${SLIDES.length} PNGs (slide-01.png to ${names.at(-1)}), 1920x1080`);
    expect(readdirSync(out).sort()).toEqual(names);
    for (const name of names) expect(pngSize(join(out, name)), name).toEqual({ width: 1920, height: 1080 });
  });

  test('draws the charts, and every picture is a whole slide in the theme', async ({ page }) => {
    const background = rgb(token('--color-bg'));
    const palette = ['accent', 'positive', 'negative', 'neutral', 'highlight'].map((name) => rgb(token(`--color-chart-${name}`)));
    for (const [i, r] of SLIDES.entries()) {
      const file = join(out, names[i]!);
      // The slide's background fills the picture, to its last row.
      expect(await colourShare(page, file, background, { x: 0, y: 0.98, w: 1, h: 0.02 }), `${names[i]} bottom edge`).toBeGreaterThan(0.5);
      if (r.slide.kind !== 'chart') continue;
      // The chart's frame holds bars (or a line and its points) in the chart palette, not the bare
      // background; a line inks far fewer pixels than bars do.
      let painted = 0;
      for (const color of palette) painted += await colourShare(page, file, color, { x: 0.05, y: 0.15, w: 0.9, h: 0.65 });
      const least = r.html.markup.includes('chart-line') ? 0.005 : 0.03;
      expect(painted, `${names[i]} ("${r.slide.id}") shows its chart`).toBeGreaterThan(least);
    }
  });

  test('--scale sizes the pictures, and a second run replaces the set whole', async () => {
    test.setTimeout(180_000);
    writeFileSync(join(out, 'slide-99.png'), 'from a longer deck');
    writeFileSync(join(out, 'notes.txt'), 'not ours');
    const small = await runExport('export-images.ts', ['--out', out, '--scale', '0.5']);
    expect(small.code, small.stderr).toBe(0);
    expect(pngSize(join(out, 'slide-01.png'))).toEqual({ width: 960, height: 540 });
    expect(readdirSync(out).sort()).toEqual([...names, 'notes.txt'].sort());
  });

  test('a failed export keeps the earlier pictures as they were', async () => {
    const before = readFileSync(join(out, 'slide-01.png'));
    const broken = brokenBuild(scratch);
    const failed = await runExport('export-images.ts', ['--out', out], { DECK_OUT_DIR: broken });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('PNG export failed: the page reported');
    expect(failed.stderr).toContain('No PNG was written.');
    expect(readFileSync(join(out, 'slide-01.png')).equals(before)).toBe(true);
    expect(readdirSync(out).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

test.describe('npm run images: flags', () => {
  for (const [args, message] of [
    [['--scale', '9'], /--scale takes a number from 0.25 to 4, not "9"/],
    [['--scale', 'big'], /--scale takes a number/],
    [['--png'], /Unknown option --png/],
  ] as const) {
    test(`${args.join(' ')} exits 2 with the usage`, async () => {
      const bad = await runExport('export-images.ts', args);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(message);
      expect(bad.stderr).toContain('Usage: npm run images');
    });
  }

  test('an unwritable --out is refused before any work', async () => {
    const bad = await runExport('export-images.ts', ['--out', '/proc/nope/png']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Cannot write the PNGs to /proc/nope/png: the folder /proc/nope does not exist');
    expect(bad.ms).toBeLessThan(8_000);
  });
});
