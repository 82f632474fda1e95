/**
 * The scroll view's pages as a document to read. With each slide's notes beneath it, pages differ in
 * height, where reveal assumes them equal (reveal-internals.ts, reveal.js#3815); so:
 * - the scroll offsets at which each page becomes the current one are measured (scroll-geometry.ts),
 *   so the current slide, deep links and slide changes land on the right page;
 * - next and previous go to the next page's top, or one screen on when its notes are longer;
 * - whatever changes a page's height (fonts arriving, a phone turning, notes going in, a page of the
 *   phone article laid out as it nears the screen) measures the pages again, keeping the reader on
 *   the slide they were reading;
 * - the address follows the slide being read, so a reload or a share opens it again.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { REVEAL_SELECTOR } from '../core/contract.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { scrollViewOf, type ScrollPage, type ScrollView } from './reveal-internals.ts';
import { nextScrollTop, pageAt, pageStops, previousScrollTop, triggerRanges } from './scroll-geometry.ts';

/** How long the address waits for the reader to settle on a slide (ms). */
const HASH_DELAY_MS = 250;

export function scrollPages(): RevealPlugin {
  return definePlugin('scroll-pages', (reveal, life) => {
    measurePages(reveal, life);
    writeAddress(reveal, life);
  });
}

function measurePages(reveal: RevealApi, life: Lifetime): void {
  // Where each page becomes current (scroll offsets), and the slide on each.
  let stops: number[] = [];
  let pageSlides: HTMLElement[] = [];
  // The slide being read as the view is entered: reveal's activation passes through the first slide.
  let reading: HTMLElement | null = null;
  // The slides' height when the pages were last measured: a change means they must be measured again.
  let measuredHeight = 0;
  // The slide just scrolled to (a deep link, a search, a jump): while pages around it settle their
  // heights, it stays at the top; the reader's own scrolling, or a step, lets it go.
  let target: HTMLElement | null = null;

  const remeasure = new ResizeObserver(([entry]) => {
    const height = entry?.contentRect.height ?? 0;
    if (!view.active || view.building || Math.abs(height - measuredHeight) < 1) return;
    measuredHeight = height;
    requestAnimationFrame(() => view.active && reveal.layout());
  });

  // A page's own height changes without the slides' box changing: in the phone article (article.ts)
  // pages flow, and one not laid out yet (reader.css: content-visibility) counts as an estimate until it
  // nears the screen. One measure per frame, however many pages changed.
  let measuring = false;
  const pageResized = new ResizeObserver(() => {
    if (!view.active || view.building || measuring) return;
    measuring = true;
    requestAnimationFrame(() => {
      measuring = false;
      if (!view.active) return;
      view.measure();
      // The pages moved under a still scroll position, which reveal reads only as the page scrolls.
      view.syncCurrentSlide();
    });
  });

  const maxScroll = () => view.viewport.scrollHeight - view.viewport.offsetHeight;
  const pageLength = (index: number, max: number) => Math.max(0, (stops[index + 1] ?? max) - stops[index]!);
  const readingPosition = (scrollTop: number) => {
    const index = pageAt(stops, scrollTop);
    const length = pageLength(index, maxScroll());
    return { index, share: length > 0 ? Math.min(1, (scrollTop - stops[index]!) / length) : 0 };
  };

  const measure = (pages: readonly ScrollPage[]) => {
    if (pages.length === 0) {
      stops = [];
      pageSlides = [];
      return undefined;
    }
    const viewport = view.viewport;
    const targetIndex = target ? pages.findIndex(({ slide }) => slide === target) : -1;
    const anchor =
      targetIndex >= 0
        ? { index: targetIndex, share: 0 }
        : view.active && !view.building && stops.length === pages.length
          ? readingPosition(viewport.scrollTop)
          : undefined;
    const origin = viewport.getBoundingClientRect().top - viewport.scrollTop;
    const max = maxScroll();
    stops = pageStops(
      pages.map(({ page }) => page.getBoundingClientRect().top - origin),
      max,
    );
    // Layout is fresh from measuring the pages: reading this costs nothing now.
    measuredHeight = reveal.getSlidesElement()?.getBoundingClientRect().height ?? 0;
    pageSlides = pages.map(({ slide }) => slide);
    if (anchor) {
      const kept = Math.round(stops[anchor.index]! + anchor.share * pageLength(anchor.index, max));
      if (Math.abs(kept - viewport.scrollTop) > 1) viewport.scrollTop = kept;
    }
    return triggerRanges(stops, max);
  };

  const scrollTo = (slide: HTMLElement) => {
    const index = pageSlides.indexOf(slide);
    if (!view.active || index < 0) return false;
    target = slide;
    view.viewport.scrollTop = stops[index]!;
    return true;
  };
  const letGo = () => void (target = null);

  const step = (direction: 1 | -1) => {
    letGo();
    if (stops.length === 0) return false;
    const viewport = view.viewport;
    viewport.scrollTop =
      direction === 1 ? nextScrollTop(stops, viewport.scrollTop, viewport.offsetHeight, maxScroll()) : previousScrollTop(stops, viewport.scrollTop, viewport.offsetHeight);
    return true;
  };

  const hooks = {
    entering: () => void (reading = reveal.getCurrentSlide() ?? null),
    ranges: measure,
    scrollTo,
    step,
    entered: () => {
      // Without a slide being read (the deck is starting) the new page is at its top already.
      if (reading) scrollTo(reading);
      // Which page is current is read from the scroll position, which needs the page laid out; at the
      // next frame the browser lays it out anyway, so the deck's start does not wait for it.
      requestAnimationFrame(() => view.active && view.syncCurrentSlide());
      const slides = reveal.getSlidesElement();
      if (slides) remeasure.observe(slides);
      // Any key (Tab from the body or the toolbar too) and focus moving into a page are the reader's own.
      for (const type of ['wheel', 'touchstart', 'pointerdown', 'focusin'] as const) view.viewport.addEventListener(type, letGo, { passive: true, signal: life.signal });
      document.addEventListener('keydown', letGo, { passive: true, signal: life.signal });
      pageResized.disconnect();
      pageSlides.forEach((slide) => {
        const page = slide.closest<HTMLElement>(REVEAL_SELECTOR.scrollPage);
        if (page) pageResized.observe(page);
      });
    },
    leaving: () => {
      remeasure.disconnect();
      pageResized.disconnect();
    },
    left: () => {
      stops = [];
      pageSlides = [];
      target = null;
    },
  };
  const found: ScrollView | undefined = scrollViewOf(reveal, hooks);
  if (!found) return;
  const view = found;
  life.add(() => {
    remeasure.disconnect();
    pageResized.disconnect();
    view.release();
  });
}

/** reveal does not write the URL while scrolling; the reader's place should survive a reload or a share. */
function writeAddress(reveal: RevealApi, life: Lifetime): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const id = reveal.getCurrentSlide()?.id;
    if (id && reveal.isScrollView() && location.hash !== `#/${id}`) history.replaceState(history.state, '', `#/${id}`);
  };
  reveal.on(
    'slidechanged',
    () => {
      if (!reveal.isScrollView()) return;
      clearTimeout(pending);
      pending = setTimeout(write, HASH_DELAY_MS);
    },
    { signal: life.signal },
  );
  life.add(() => clearTimeout(pending));
}
