/**
 * The browser entry: starts reveal.js on the prerendered slides with the deck's plugins, one concern
 * each. Content and layout live elsewhere; this file only orders the start-up.
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
import '../styles/toolbar.css';
import '../styles/search-box.css';
import '../styles/presenter.css';

import Reveal from 'reveal.js';
import { READY, READY_VALUE, SELECTOR } from '../core/contract.ts';
import { charts } from './charts/lifecycle.ts';
import { costModel } from './charts/cost-model.ts';
import { notesPanel } from './notes-panel.ts';
import { presenter } from './presenter.ts';
import { printView } from './print.ts';
import { revealConfig } from './reveal-config.ts';
import { revealFixes } from './reveal-fixes.ts';
import { scrollNotes } from './scroll-notes.ts';
import { scrollPages } from './scroll-pages.ts';
import { searchBox } from './search-box.ts';
import { toolbar } from './toolbar.ts';
import { viewChoice } from './view-choice.ts';

const root = document.querySelector<HTMLElement>(SELECTOR.deck);
if (!root) throw new Error('The page has no .reveal element: index.html is not the deck template.');

const chartsPlugin = charts();
const view = viewChoice();

// Each plugin is one concern; they start in this order, before reveal lays anything out.
const plugins = [
  // First: its resize guard must hear the window before reveal does.
  revealFixes(),
  printView(),
  presenter(),
  // Before the charts, so a cost model's restored inputs are in its chart's data when it is drawn.
  costModel((figure) => chartsPlugin.redraw(figure)),
  chartsPlugin,
  view,
  // The scroll view's pages are measured, then the notes go beneath them; the toolbar follows both.
  scrollPages(),
  scrollNotes(),
  notesPanel(),
  searchBox(),
  toolbar({ chooseScrollView: (on) => view.choose(on) }),
];

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
const deck = new Reveal(root, revealConfig({ reducedMotion, plugins }));

declare global {
  interface Window {
    /** The running deck, for tests and tools: DeckTape looks for `window.Reveal`. */
    Reveal: typeof deck;
  }
}
window.Reveal = deck;

await deck.initialize();
document.documentElement.setAttribute(READY.deck, READY_VALUE);
