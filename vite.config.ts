import { defineConfig } from 'vitest/config';
import { deck as talk } from './slides/index.ts';
import { deckConfig } from './src/node/deck-config.ts';

/**
 * The talk this project builds, named here and nowhere else: its entry (slides/index.ts, imported
 * above) and its browser entry. The build, the dev server and every command (scripts/, which import
 * `talk` from this file) take it from here; the engine in src/ never imports slides/.
 */
export { talk };

export default defineConfig({
  ...deckConfig({ talk, browser: 'slides/browser.ts', outDir: process.env.DECK_OUT_DIR ?? 'dist' }),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
