/** The deck's reveal.js configuration: only what differs from reveal's defaults, each with its reason. */
import type { RevealConfig, RevealPlugin } from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import { SLIDE_SIZE } from '../core/contract.ts';
import { NO_AUTOMATIC_SCROLL_VIEW } from './reveal-internals.ts';

export interface DeckOptions {
  readonly reducedMotion: boolean;
  /** The deck's own plugins, in the order they start; reveal's search and zoom follow them. */
  readonly plugins: readonly RevealPlugin[];
}

export function revealConfig({ reducedMotion, plugins }: DeckOptions): RevealConfig {
  const transition = reducedMotion ? 'none' : 'slide';
  return {
    // The authoring size: every slide is laid out at 1280x720 and scaled to the screen.
    width: SLIDE_SIZE.width,
    height: SLIDE_SIZE.height,
    // Slides fill the frame; each layout places its own content.
    center: false,
    // Deep links by slide id: #/cost-debate.
    hash: true,
    slideNumber: 'c/t',
    progress: true,
    controls: true,
    // A clicker's PageDown should walk every slide in order, including vertical ones.
    navigationMode: 'linear',
    transition,
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    // One PDF page per slide unless the exporter asks for fragment steps.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    // The scroll view comes on by the screen's size, the URL or the reader's choice (view-choice.ts),
    // never by reveal's own width check, which would undo a choice.
    ...NO_AUTOMATIC_SCROLL_VIEW,
    // Pages as tall as their slide, with the notes beneath; no snapping, which would fight reading.
    scrollLayout: 'compact',
    scrollSnap: false,
    // The browser's own scrollbar (drawn over the page on phones), not reveal's bar with a marker per
    // slide: building and updating that bar was the largest single cost of opening this view on a
    // phone (Lighthouse mobile performance, as medians of five runs: 90 and 91 with it, 95 without).
    scrollProgress: false,
    // The speaker view (reveal's notes plugin) loads when first asked for: presenter.ts.
    plugins: [...plugins, Search, Zoom],
  };
}
