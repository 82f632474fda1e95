/**
 * The link-preview image: after the bundle is written, the built title slide is shot at 1200x630 in
 * Chromium into og-image.png, and index.html gets its og:image and twitter:image tags. Without a
 * Chromium the build still succeeds: it says why there is no image and leaves the tags out.
 */
import { renameSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Plugin } from 'vite';
import { renderShareImage, SHARE_IMAGE, TEXT_CARD } from '../core/render/page.ts';
import type { Talk } from '../core/model/talk.ts';
import { BrowserNotFoundError, CHROMIUM_ARGS, resolveChromium } from './browser.ts';
import { startStaticServer } from './static-server.ts';
import { READY, readySelector } from '../../src/core/contract.ts';

/** The slide alone: no arrows, progress bar, slide number or toolbar, and no transition to wait for. */
const SHOT_QUERY = '?view=slides&controls=false&progress=false&slideNumber=false&transition=none';
const HIDE_CHROME = '.reader-toolbar, .aria-status { display: none !important; }';

/** Shoots the built deck's first slide (the title) in `outDir` and writes og-image.png there, whole or not at all. */
export async function shootTitleSlide(outDir: string, executablePath: string): Promise<string> {
  const server = await startStaticServer({ root: outDir });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}${SHOT_QUERY}`);
    await page.waitForSelector(readySelector(READY.deck), { timeout: 20_000 });
    await page.addStyleTag({ content: HIDE_CHROME });
    await page.evaluate(() => document.fonts.ready);
    const target = join(outDir, SHARE_IMAGE.file);
    const partial = `${target}.partial`;
    writeFileSync(partial, await page.screenshot({ type: 'png' }));
    renameSync(partial, target);
    return target;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** index.html with the image's tags in place of the text-only card. */
export function withShareImage(page: string, deck: Pick<Talk, 'meta'>): string {
  if (!page.includes(TEXT_CARD)) throw new Error(`the page has no ${TEXT_CARD} to replace; renderHead in src/core/render/page.ts must write it`);
  return page.replace(TEXT_CARD, () => renderShareImage(deck));
}

export function ogImage(talk: Pick<Talk, 'meta'>): Plugin {
  let outDir = '';
  return {
    name: 'deck:og-image',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      // Only a build that writes the deck's index.html: a single-file copy (named after the talk)
      // is for offline use, where nothing previews links.
      if (!('index.html' in bundle)) return;
      let executablePath: string;
      try {
        executablePath = resolveChromium();
      } catch (error) {
        if (!(error instanceof BrowserNotFoundError)) throw error;
        this.warn(`No link-preview image (og:image): ${error.message.split('\n')[0]} The deck is built without one; install a Chromium to get it.`);
        return;
      }
      const index = join(outDir, 'index.html');
      try {
        await shootTitleSlide(outDir, executablePath);
      } catch (error) {
        rmSync(join(outDir, `${SHARE_IMAGE.file}.partial`), { force: true });
        this.warn(`No link-preview image (og:image): Chromium could not shoot the title slide (${(error as Error).message.split('\n')[0]}). The deck is built without one.`);
        return;
      }
      const partial = `${index}.partial`;
      writeFileSync(partial, withShareImage(readFileSync(index, 'utf8'), talk));
      renameSync(partial, index);
    },
  };
}
