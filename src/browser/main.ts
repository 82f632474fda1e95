/**
 * The browser entry: starts reveal.js on the prerendered slides and wires each feature into its
 * lifecycle. Content and layout live elsewhere; this file only orders the start-up.
 */
import '../styles/fonts.css';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../styles/tokens.css';
import '../styles/theme.css';
import '../styles/code.css';
import '../styles/static.css';
import '../styles/charts.css';
import '../styles/print.css';
import '../styles/reader.css';
import '../styles/presenter.css';
import '../styles/refused.css';

import Reveal from 'reveal.js';
import { installCharts } from './charts/lifecycle.ts';
import { installPresenter } from './presenter.ts';
import { installPrint } from './print.ts';
import { applyQueryChecks } from './query-options.ts';
import { installReader } from './reader.ts';
import { revealConfig } from './reveal-config.ts';
import { installRevealFixes } from './reveal-fixes.ts';
import { acceptOwnMessagesOnly, framedByAnotherOrigin, refuseForeignFrame } from './window-guard.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (!root) throw new Error('The page has no .reveal element: index.html is not the deck template.');
// Before reveal and its plugins listen for messages, and before anything runs in a foreign frame.
acceptOwnMessagesOnly();
if (framedByAnotherOrigin()) {
  refuseForeignFrame(root);
  throw new Error('The deck is framed by a page of another site, so it does not start.');
}
// Before anything reads the address: reveal takes its options from it.
applyQueryChecks();

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

await deck.initialize();
document.documentElement.dataset.deckReady = 'true';
