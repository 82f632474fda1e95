/**
 * The Vite configuration of a deck, for a talk it is handed: the project's vite.config.ts builds
 * the talk in slides/ with it, the engine's tests build their fixture talk with it.
 */
import type { UserConfig } from 'vite';
import type { Talk } from '../core/model/talk.ts';
import { compileHints } from './compile-hints.ts';
import { deck } from './deck-plugin.ts';
import { preloadFonts } from './font-preload.ts';
import { ogImage } from './og-image.ts';
import { singleFileDeck } from './single-file.ts';
import { stagedDeckBuild } from './staged-build.ts';

export interface DeckConfig {
  readonly talk: Talk;
  /** The talk's browser entry (its kinds' code and styles), relative to the project root. */
  readonly browser: string;
  /** Where the build goes, relative to the project root. */
  readonly outDir: string;
}

export function deckConfig({ talk, browser, outDir }: DeckConfig): UserConfig {
  return {
    // Relative asset URLs: the build works from any sub-path and from any static host.
    base: './',
    // singleFileDeck: the build also writes <outDir>/<talk-name>.html, the whole deck in one file.
    // ogImage: after the bundle is written, a PNG of the title slide for link previews (og:image).
    // preloadFonts: the fonts of the first screen, the body text (regular, semibold) and the headings;
    // the others (code's, the italic) load where a slide needs them (tests/e2e/deck.spec.ts checks).
    // stagedDeckBuild: the build writes beside outDir and replaces it only when it is complete.
    // compileHints: the chunks loaded on demand (Chart.js) are compiled as they stream in.
    plugins: [
      stagedDeckBuild(talk),
      ...deck({ talk, browser }),
      compileHints(),
      preloadFonts(['inter-latin-400-normal', 'inter-latin-600-normal', 'space-grotesk-latin-700-normal']),
      singleFileDeck(talk),
      ogImage(talk),
    ],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: true,
      // Rolldown warns when plugins take long; the link-preview shot and the single-file build do by
      // design (a browser, a second build), and a warning on every build would hide the real ones.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
    server: { host: '127.0.0.1', port: 5173 },
  };
}
