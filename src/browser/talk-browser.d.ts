/** The talk's browser entry, resolved by the deck's Vite plugin to the module vite.config.ts names. */
declare module 'virtual:talk/browser' {
  import type { RevealPlugin } from 'reveal.js';
  /** reveal.js plugins for the talk's own slide kinds, registered after the engine's. */
  export const plugins: readonly RevealPlugin[];
}
