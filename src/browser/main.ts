/**
 * The browser entry: starts reveal.js on the prerendered slides and wires each feature into its
 * lifecycle. Content and layout live elsewhere; this file only orders the start-up.
 */
import '../styles/fonts.css';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../styles/tokens.css';
import '../styles/theme.css';
import '../styles/static.css';
import '../styles/print.css';
import '../styles/reader.css';
import '../styles/presenter.css';

// Each slide kind's styles sit beside its module in src/kinds/.
import.meta.glob('../kinds/*.css', { eager: true });

import Reveal from 'reveal.js';
// The talk's own browser code and styles (its slide kinds), named once in vite.config.ts.
import { plugins as talkPlugins } from 'virtual:talk/browser';
import { installCharts } from './charts/lifecycle.ts';
import { installPresenter } from './presenter.ts';
import { installPrint } from './print.ts';
import { installReader } from './reader.ts';
import { revealConfig } from './reveal-config.ts';
import { installRevealFixes } from './reveal-fixes.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('The page has no .reveal element: index.html is not the deck template.');

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
const deck = new Reveal(root, revealConfig(reducedMotion));

declare global {
  interface Window {
    /** The running deck, for tests and tools: DeckTape looks for `window.Reveal`. */
    Reveal: typeof deck;
  }
}
window.Reveal = deck;

installRevealFixes(deck);
installPrint(deck);
installPresenter(deck);
installCharts(deck);
installReader(deck);
talkPlugins.forEach((plugin) => deck.registerPlugin(plugin));

await deck.initialize();
document.documentElement.dataset.deckReady = 'true';
