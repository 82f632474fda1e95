import { defineConfig } from 'vitest/config';
import { deck as talk } from './slides/index.ts';
import { deck } from './src/node/deck-plugin.ts';
import { preloadFonts } from './src/node/font-preload.ts';
import { ogImage } from './src/node/og-image.ts';
import { singleFileDeck } from './src/node/single-file.ts';

/**
 * The talk this project builds, named here and nowhere else: its entry (slides/index.ts, imported
 * above) and its browser entry. The build, the dev server and every command (scripts/, which import
 * `talk` from this file) take it from here; the engine in src/ never imports slides/.
 */
export { talk };
const TALK_BROWSER_ENTRY = 'slides/browser.ts';

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path and from any static host.
  base: './',
  // singleFileDeck: the build also writes dist/<talk-name>.html, the whole deck in one file.
  // ogImage: after the bundle is written, a PNG of the title slide for link previews (og:image).
  // preloadFonts: the body text (regular, italic, semibold) and the headings; code's font loads
  // only where a code slide needs it.
  plugins: [
    ...deck({ talk, browser: TALK_BROWSER_ENTRY }),
    preloadFonts(['inter-latin-400-normal', 'inter-latin-400-italic', 'inter-latin-600-normal', 'space-grotesk-latin-700-normal']),
    singleFileDeck(talk),
    ogImage(talk),
  ],
  build: {
    target: 'es2022',
    outDir: process.env.DECK_OUT_DIR ?? 'dist',
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
