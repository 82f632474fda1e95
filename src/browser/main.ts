/**
 * The browser entry: starts reveal.js on the prerendered slides with the deck's plugins, one concern
 * each. Content and layout live elsewhere; this file only orders the start-up.
 */
import '../styles/fonts.css';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../styles/tokens.css';
import '../styles/theme.css';
import '../styles/static.css';
import '../styles/print.css';
import '../styles/reader.css';
import '../styles/article.css';
import '../styles/toolbar.css';
import '../styles/search-box.css';
import '../styles/presenter.css';
import '../styles/refused.css';
import '../styles/live.css';

// Each slide kind's styles sit beside its module in src/kinds/.
import.meta.glob('../kinds/*.css', { eager: true });

import Reveal, { type RevealApi } from 'reveal.js';
// The talk's own plugins and styles (its slide kinds), from the browser entry vite.config.ts names.
import { plugins as talkPlugins } from 'virtual:talk/browser';
import { READY, READY_VALUE, SELECTOR } from '../core/contract.ts';
import { article } from './article.ts';
import { charts } from './charts/lifecycle.ts';
import { controlsLabel } from './controls-label.ts';
import { deferredSlidesPlugin, putInEverySlide } from './deferred-slides.ts';
import { latePages } from './late-pages.ts';
import { deckLive } from './live/deck-live.ts';
import { takeLiveKey } from './live/key.ts';
import { notesPanel } from './notes-panel.ts';
import { presenter } from './presenter.ts';
import { printView } from './print.ts';
import { applyQueryChecks } from './query-options.ts';
import { revealConfig } from './reveal-config.ts';
import { revealFixes } from './reveal-fixes.ts';
import { scrollNotes } from './scroll-notes.ts';
import { scrollPages } from './scroll-pages.ts';
import { searchBox } from './search-box.ts';
import { startUp } from './start-up.ts';
import { themeSwitch } from './theme-switch.ts';
import { toolbar } from './toolbar.ts';
import { viewChoice } from './view-choice.ts';
import { isSpeakerWindow } from './speaker/channel.ts';
import { acceptOwnMessagesOnly, framedByAnotherOrigin, refuseForeignFrame } from './window-guard.ts';

const root = document.querySelector<HTMLElement>(SELECTOR.deck);
if (!root) throw new Error('The page has no .reveal element: index.html is not the deck template.');
if (framedByAnotherOrigin()) {
  refuseForeignFrame(root);
  throw new Error('The deck is framed by a page of another site, so it does not start.');
}

declare global {
  interface Window {
    /** The running deck, for tests and tools: DeckTape looks for `window.Reveal`. */
    Reveal: RevealApi;
  }
}

if (isSpeakerWindow()) {
  // The speaker view: the same page, which reads its slides and shows them to the speaker instead
  // (its code loads only here). It listens to its deck and its own previews only, by itself.
  const { startSpeakerView } = await import('./speaker/speaker-view.ts');
  // Its outline reads every slide's notes and steps.
  await putInEverySlide(root);
  startSpeakerView(root);
} else {
  // Before reveal and its plugins listen for messages.
  acceptOwnMessagesOnly();
  // Before anything reads the address: reveal takes its options from it, and its fragment for a slide.
  applyQueryChecks();
  const liveKey = takeLiveKey();

  const start = startUp();
  const view = viewChoice(start.afterStart);
  const theme = themeSwitch();

  // Each plugin is one concern; they start in this order, before reveal lays anything out.
  const plugins = [
    // First: its resize guard must hear the window before reveal does.
    revealFixes(),
    // Before what works on a slide's content: the slide reveal opens on waits for it here, and the
    // slides near the shown one are put in before the charts hear that it changed.
    deferredSlidesPlugin(),
    printView(),
    presenter(),
    theme,
    charts(),
    view,
    // A phone's article of a long talk opens on its first pages, the far ones join after its first frame.
    latePages(),
    // Before the pages are built and measured: at a phone's width they are laid out as an article.
    article(),
    // The scroll view's pages are measured, then the notes go beneath them; the toolbar follows both.
    scrollPages(),
    scrollNotes(),
    notesPanel(),
    searchBox(),
    controlsLabel(),
    toolbar({ chooseScrollView: (on) => view.choose(on), toggleTheme: () => theme.toggle() }),
    // The live relay, when this window is the presenter's or a follower's: it moves the deck once ready.
    deckLive(liveKey),
    // The talk's own, after the engine's: a kind that changes a chart's data asks the charts to redraw.
    ...talkPlugins,
    // Last: reveal starts in a task after the plugins' init, and a phone's scroll view in one after that.
    start,
  ];

  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(root, revealConfig({ reducedMotion, plugins }));
  window.Reveal = deck;

  await deck.initialize();
}
document.documentElement.setAttribute(READY.deck, READY_VALUE);
