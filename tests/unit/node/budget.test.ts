import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoad, JS_BUDGET_GZIP, kib } from '../../../scripts/measure/payload.ts';
import { COMPILE_HINT } from '../../../src/node/compile-hints.ts';

const outDir = mkdtempSync(join(tmpdir(), 'deck-budget-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the production build (what the first slide waits for)', () => {
  beforeAll(async () => {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  }, 90_000);

  it('ships at most 150 KiB of gzipped JavaScript before the first slide shows', () => {
    const { js } = firstLoad(outDir);
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzip, `first-load JS is ${kib(js.gzip)} gzip: ${js.files.join(', ')}`).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });

  it('leaves the speaker view out of the first load, in a chunk of its own, and reveal’s stock one out of the build', () => {
    const { js } = firstLoad(outDir);
    const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
    const speakerView = (file: string) => read(file).includes('Pause for questions');
    expect(js.files.filter(speakerView), 'first-load scripts holding the speaker view').toEqual([]);
    const chunks = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js'));
    expect(chunks.filter((file) => speakerView(`assets/${file}`))).toHaveLength(1);
    expect(chunks.filter((file) => read(`assets/${file}`).includes('speaker-controls-notes')), 'reveal’s notes plugin').toEqual([]);
  });

  it('has the chunks loaded on demand (Chart.js, the speaker view) compiled as they stream in, and not the first load', () => {
    const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
    const hinted = readdirSync(join(outDir, 'assets'))
      .filter((file) => file.endsWith('.js') && read(`assets/${file}`).startsWith(COMPILE_HINT))
      .map((file) => `assets/${file}`);
    expect(hinted.filter((file) => read(file).includes('Pause for questions')), 'the speaker view').toHaveLength(1);
    // Chart.js's own method, kept by the minifier as a property name.
    expect(hinted.filter((file) => read(file).includes('_updateLayout')), 'the chart drawer with Chart.js').toHaveLength(1);
    expect(firstLoad(outDir).js.files.filter((file) => hinted.includes(file)), 'first-load scripts').toEqual([]);
  });

  it('preloads the fonts of the first screen, each a file the build has, and not the code font or the italic', () => {
    const { fonts } = firstLoad(outDir);
    expect(fonts.files.map((file) => file.replace(/-[\w-]{8}\.woff2$/, '')).sort()).toEqual(
      ['assets/inter-latin-400-normal', 'assets/inter-latin-600-normal', 'assets/space-grotesk-latin-700-normal'],
    );
    for (const file of fonts.files) expect(existsSync(join(outDir, file)), file).toBe(true);
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    // A font preload without crossorigin is fetched twice: once by the preload, once by the page's CSS.
    expect(page.match(/<link rel="preload"[^>]+as="font"[^>]*>/g)?.every((link) => / crossorigin[\s>]/.test(link))).toBe(true);
  });
});
