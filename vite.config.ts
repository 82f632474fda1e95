import type { UserConfig } from 'vite';
import type { InlineConfig as VitestConfig } from 'vitest/node';
import { talkAtLength } from './src/node/long-talk.ts';
import { deck } from './slides/index.ts';

/**
 * The talk this project builds, named here and nowhere else: its entry (slides/index.ts, imported
 * above) and its browser entry. The build, the dev server and every command (scripts/, which import
 * `talk` from this file) take it from here; the engine in src/ never imports slides/. With
 * `DECK_SLIDES=N` set, it is the talk's slides repeated to N, for the benchmark (`npm run bench`).
 */
export const talk = talkAtLength(deck);

/**
 * The build's configuration is loaded only when Vite or Vitest asks for it, so a command that needs
 * just the talk (npm run pdf, serve) does not load Vite and its plugins (about 1.5 s here).
 */
export default async (): Promise<UserConfig & { test: VitestConfig }> => {
  const { deckConfig } = await import('./src/node/deck-config.ts');
  return {
    ...deckConfig({ talk, browser: 'slides/browser.ts', outDir: process.env.DECK_OUT_DIR ?? 'dist' }),
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
    },
  };
};
