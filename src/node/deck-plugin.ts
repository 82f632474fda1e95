/**
 * The deck's Vite plugin: the one door through which a talk enters the engine. It renders every
 * slide into index.html at build time, so the page holds the talk before any script runs (its first
 * slides whole, the rest deferred: src/core/render/page.ts), and
 * resolves `virtual:talk/browser` (imported by src/browser/main.ts) to the talk's own browser entry.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LIVE } from '../core/contract.ts';
import type { Talk } from '../core/model/talk.ts';
import { DEFERRED_FILE_MARK, renderPage, type Deferral } from '../core/render/page.ts';
import { contentSecurityPolicy, inlineScriptHashes } from './csp.ts';
import { SINGLE_FILE_MODE } from './single-file.ts';

export interface DeckOptions {
  /** The talk, as its entry module exports it. */
  readonly talk: Talk;
  /** The talk's browser entry (its kinds' code and styles), relative to the project root. */
  readonly browser: string;
}

const BROWSER_ID = 'virtual:talk/browser';

export function deck({ talk, browser }: DeckOptions): Plugin[] {
  let root = process.cwd();
  // The built site fetches its deferred slides from a file of their own, the dev server carries
  // them in the page, and the single file has every slide whole (page.ts).
  let deferral: Deferral = 'page';
  let deferred: string | null = null;
  const prerender: Plugin = {
    name: 'deck:prerender',
    configResolved(config) {
      root = config.root;
      deferral = config.command !== 'build' ? 'page' : config.mode === SINGLE_FILE_MODE ? 'none' : 'file';
    },
    resolveId: (id) => (id === BROWSER_ID ? resolve(root, browser) : undefined),
    // The dev server restarts when a module the config imports changes (the talk is one), so each
    // request renders the talk as it is now.
    transformIndexHtml: (template, context) => {
      if (context.path.endsWith(`/${LIVE.remotePage}`)) return template;
      const rendered = renderPage(template, talk, deferral);
      deferred = rendered.deferred;
      return rendered.page;
    },
    // The deferred slides' file, named by its content like the rest of the bundle, and the page
    // pointed at it.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (deferral !== 'file' || deferred === null) return;
        const index = bundle['index.html'];
        if (index?.type !== 'asset') this.error('deck: Vite produced no index.html to point at the deferred slides.');
        const file = this.getFileName(this.emitFile({ type: 'asset', name: 'slides.json', source: deferred }));
        const page = String(index.source);
        if (!page.includes(DEFERRED_FILE_MARK)) this.error('deck: index.html lost the mark where the deferred slides\' file is named.');
        index.source = page.replace(DEFERRED_FILE_MARK, `./${file}`);
      },
    },
  };
  // The phone remote (npm run present) is a page of its own beside the deck, with its own small
  // script; it needs the live server, so the single file, opened from disk, leaves it out.
  const remotePage: Plugin = {
    name: 'deck:remote-page',
    apply: (_config, env) => env.command === 'build' && env.mode !== SINGLE_FILE_MODE,
    config: (config) => {
      const projectRoot = resolve(config.root ?? process.cwd());
      const remote = resolve(projectRoot, LIVE.remotePage);
      if (!existsSync(remote)) return;
      return { build: { rolldownOptions: { input: { index: resolve(projectRoot, 'index.html'), remote } } } };
    },
  };
  // The built page carries its Content-Security-Policy (the dev server's live reload needs none),
  // admitting the page's own inline script (the early palette, src/core/render/page.ts) by its hash.
  const csp: Plugin = {
    name: 'deck:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (page) => page.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(page))}">`),
    },
  };
  return [prerender, remotePage, csp];
}
