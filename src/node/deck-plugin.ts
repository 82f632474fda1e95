/**
 * The deck's Vite plugin: the one door through which a talk enters the engine. It renders every
 * slide into index.html at build time, so the page holds the whole talk before any script runs, and
 * resolves `virtual:talk/browser` (imported by src/browser/main.ts) to the talk's own browser entry.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Talk } from '../core/model/talk.ts';
import { renderPage } from '../core/render/page.ts';
import { contentSecurityPolicy, inlineScriptHashes } from './csp.ts';

export interface DeckOptions {
  /** The talk, as its entry module exports it. */
  readonly talk: Talk;
  /** The talk's browser entry (its kinds' code and styles), relative to the project root. */
  readonly browser: string;
}

const BROWSER_ID = 'virtual:talk/browser';

export function deck({ talk, browser }: DeckOptions): Plugin[] {
  let root = process.cwd();
  const prerender: Plugin = {
    name: 'deck:prerender',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === BROWSER_ID ? resolve(root, browser) : undefined),
    // The dev server restarts when a module the config imports changes (the talk is one), so each
    // request renders the talk as it is now.
    transformIndexHtml: (template) => renderPage(template, talk),
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
  return [prerender, csp];
}
