/**
 * The deck's Vite plugin: the one door through which a talk enters the engine. It renders every
 * slide into index.html at build time, so the page holds the whole talk before any script runs, and
 * resolves `virtual:talk/browser` (imported by src/browser/main.ts) to the talk's own browser entry.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LIVE } from '../core/contract.ts';
import type { Talk } from '../core/model/talk.ts';
import { renderPage } from '../core/render/page.ts';
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
  const prerender: Plugin = {
    name: 'deck:prerender',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === BROWSER_ID ? resolve(root, browser) : undefined),
    // The dev server restarts when a module the config imports changes (the talk is one), so each
    // request renders the talk as it is now.
    transformIndexHtml: (template, context) => (context.path.endsWith(`/${LIVE.remotePage}`) ? template : renderPage(template, talk)),
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
