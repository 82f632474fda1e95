/**
 * The single file opened from disk admits no script but its own: a script file put beside it on
 * the stick (or anywhere on the disk) does not run in it, though file: is one origin to a policy.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { singleFileName } from '../../src/core/file-name.ts';
import { DIST_DIR } from '../../src/node/build.ts';
import { deck } from '../../slides/index.ts';
import { READY, readySelector } from '../../src/core/contract.ts';

test("a local script beside the single file is refused: its policy has no 'self' for scripts", async ({ page }) => {
  const stick = mkdtempSync(join(tmpdir(), 'deck-stick-'));
  try {
    const file = join(stick, singleFileName(deck.meta.title));
    copyFileSync(join(DIST_DIR, singleFileName(deck.meta.title)), file);
    writeFileSync(join(stick, 'planted.js'), 'document.documentElement.dataset.planted = "ran";');
    const refused = page.waitForEvent('console', (message) => /Content Security Policy/.test(message.text()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector(readySelector(READY.deck));
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'sha256-/);
    expect(policy).not.toMatch(/script-src[^;]*'self'/);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = './planted.js';
      document.head.append(script);
    });
    await refused;
    expect(await page.evaluate(() => document.documentElement.dataset.planted)).toBeUndefined();
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});
