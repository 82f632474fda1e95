/** The deck's reveal.js configuration: only what differs from reveal's defaults, each with its reason. */
import type { RevealConfig } from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';

/** The authoring size: every slide is laid out at 1280x720 and scaled to the screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export function revealConfig(reducedMotion: boolean): RevealConfig {
  const transition = reducedMotion ? 'none' : 'slide';
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
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
    // The speaker view (reveal's notes plugin) loads when first asked for: presenter.ts.
    plugins: [Search, Zoom],
  };
}
