import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoad, JS_BUDGET_GZIP, kib } from '../../src/node/payload.ts';

const outDir = mkdtempSync(join(tmpdir(), 'deck-budget-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the production build (payload budget)', () => {
  it('ships at most 150 KiB of gzipped JavaScript before the first slide shows', async () => {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const { js } = firstLoad(outDir);
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzip, `first-load JS is ${kib(js.gzip)} gzip: ${js.files.join(', ')}`).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  }, 60_000);
});
