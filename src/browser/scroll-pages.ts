/**
 * The scroll view's pages as a document to read. With each slide's notes beneath it, pages differ in
 * height, where reveal assumes them equal (reveal-internals.ts, reveal.js#3815); so:
 * - the scroll offsets at which each page becomes the current one are measured (scroll-geometry.ts),
 *   so the current slide, deep links and slide changes land on the right page;
 * - next and previous go to the next page's top, or one screen on when its notes are longer;
 * - whatever changes a page's height (fonts arriving, a phone turning, notes going in, a page of the
 *   phone article laid out as it nears the screen) measures the pages again before the frame is
 *   painted, and keeps the reader's place: the link they tabbed to, or the text at the top, stays where
 *   it was on screen;
 * - the address follows the slide being read, so a reload or a share opens it again.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { REVEAL_SELECTOR } from '../core/contract.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { scrollViewOf, type ScrollPage, type ScrollView, type ScrollViewHooks } from './reveal-internals.ts';
import { nextScrollTop, pageStops, placeAt, previousScrollTop, scrollTopFor, triggerRanges } from './scroll-geometry.ts';

/** How long the address waits for the reader to settle on a slide (ms). */
const HASH_DELAY_MS = 250;

export function scrollPages(): RevealPlugin {
  return definePlugin('scroll-pages', (reveal, life) => {
    measurePages(reveal, life);
    writeAddress(reveal, life);
  });
}

function measurePages(reveal: RevealApi, life: Lifetime): void {
  // The pages; where each starts in the document and where it becomes current (scroll offsets); the
  // document's height and the screen's width: the layout as last measured, which is the one the
  // reader sees until a change of height is put right.
  let pages: readonly ScrollPage[] = [];
  let tops: number[] = [];
  let stops: number[] = [];
  let measured = { height: 0, width: 0, scrollTop: 0 };
  // The focused link or control in a page, and its top in the document, in that layout.
  let focus: { element: Element; top: number } | null = null;
  // From entering the view until its first frame: the slide to show then. reveal's activation passes
  // through the first slide, and a slide asked for meanwhile (a deep link, a key) replaces it.
  let arriving: { slide: HTMLElement | null } | null = null;
  // The slides' height when the pages were last measured: a change means they must be measured again.
  let slidesHeight = 0;

  const remeasure = new ResizeObserver(([entry]) => {
    const height = entry?.contentRect.height ?? 0;
    if (!view.active || view.building || Math.abs(height - slidesHeight) < 1) return;
    slidesHeight = height;
    requestAnimationFrame(() => view.active && reveal.layout());
  });

  // A page's own height changes without the slides' box changing: in the phone article (article.ts)
  // pages flow, and one not laid out yet (article.css: content-visibility) counts as an estimate until it
  // nears the screen, after a jump by Tab or a search too. Observers run after layout and before
  // paint, so the reader's place is kept before the moved pages are ever shown.
  const pageResized = new ResizeObserver(() => {
    if (!view.active || view.building) return;
    view.measure();
    // The pages moved under a still scroll position, which reveal reads only as the page scrolls.
    view.syncCurrentSlide();
  });
  // The pages watched: all of them from the view's first frame, and each that joins it later on.
  let watched = new WeakSet<Element>();
  const watch = (found: readonly ScrollPage[]) => {
    for (const { page } of found) {
      if (watched.has(page)) continue;
      watched.add(page);
      pageResized.observe(page);
    }
  };
  const unwatch = () => {
    pageResized.disconnect();
    watched = new WeakSet();
  };

  const viewport = () => view.viewport;
  // Where the scroll content starts, on screen: a point's top minus this is its place in the document.
  const contentOrigin = () => viewport().getBoundingClientRect().top - viewport().scrollTop;
  const documentTop = (element: Element, origin = contentOrigin()) => element.getBoundingClientRect().top - origin;
  const takeFocus = () => {
    const element = document.activeElement;
    focus = element && element !== document.body && element.closest(REVEAL_SELECTOR.scrollPage) ? { element, top: documentTop(element) } : null;
  };

  /**
   * Where the new layout puts the reader, for the scroll offset that keeps their place: the focused
   * element where it is on screen (Tab scrolled it there), else the same text of the page at the top.
   */
  const keptScrollTop = (newTops: readonly number[], height: number): number => {
    const { clientHeight, clientWidth, offsetHeight } = viewport();
    // A document grown shorter than the scroll offset (a phone turned, the article's pages giving way to
    // slides) has had the offset cut to its end: the reader was where it was last measured.
    const clipped = viewport().scrollTop < measured.scrollTop && viewport().scrollTop >= height - offsetHeight - 1;
    const scrollTop = clipped ? measured.scrollTop : viewport().scrollTop;
    if (focus?.element.isConnected) {
      const onScreen = focus.top - scrollTop;
      if (onScreen >= 0 && onScreen < clientHeight) return Math.round(documentTop(focus.element) - onScreen);
    }
    // At the end of the document (the last pages, which never reach the top) the reader stays at its end.
    if (scrollTop >= measured.height - offsetHeight - 1) return height - offsetHeight;
    return scrollTopFor(placeAt(tops, scrollTop, measured.height), newTops, height, clientWidth !== measured.width);
  };

  /** Measures the pages again and keeps the reader's place in them; returns reveal's trigger ranges. */
  const measure = (found: readonly ScrollPage[]) => {
    if (found.length === 0) {
      pages = [];
      tops = [];
      stops = [];
      return undefined;
    }
    const scroller = viewport();
    // One origin for every page: the scroll offset is the same for all of them until it is set below.
    const origin = contentOrigin();
    const newTops = found.map(({ page }) => documentTop(page, origin));
    const height = scroller.scrollHeight;
    const keepPlace = view.active && !view.building && tops.length === found.length;
    if (keepPlace) {
      const kept = keptScrollTop(newTops, height);
      if (Math.abs(kept - scroller.scrollTop) > 1) scroller.scrollTop = kept;
    }
    pages = found;
    tops = newTops;
    measured = { height, width: scroller.clientWidth, scrollTop: scroller.scrollTop };
    takeFocus();
    // Layout is fresh from measuring the pages: reading this costs nothing now.
    slidesHeight = reveal.getSlidesElement()?.getBoundingClientRect().height ?? 0;
    const max = height - scroller.offsetHeight;
    stops = pageStops(newTops, max);
    if (!arriving) watch(found);
    return triggerRanges(stops, max);
  };

  const scrollTo = (slide: HTMLElement) => {
    if (arriving && view.active) {
      arriving.slide = slide;
      return true;
    }
    const index = pages.findIndex((page) => page.slide === slide);
    if (!view.active || index < 0) return false;
    viewport().scrollTop = stops[index]!;
    return true;
  };

  const step = (direction: 1 | -1) => {
    if (stops.length === 0) return false;
    const scroller = viewport();
    const max = scroller.scrollHeight - scroller.offsetHeight;
    scroller.scrollTop =
      direction === 1 ? nextScrollTop(stops, scroller.scrollTop, scroller.offsetHeight, max) : previousScrollTop(stops, scroller.scrollTop, scroller.offsetHeight);
    return true;
  };

  const hooks: ScrollViewHooks = {
    entering: () => void (arriving = { slide: reveal.getCurrentSlide() ?? null }),
    // Measuring pages needs them laid out. While reveal builds them, and again as it finishes (its last
    // steps restyle every page), a measure or a scroll cost a layout of the whole document each: 60 ms
    // of the start at 200 slides on a slow phone. They wait for the view's first frame, where the
    // browser lays the pages out anyway; reveal's own ranges hold until then, and nothing is painted.
    ranges: (found) => (view.building ? undefined : measure(found)),
    scrollTo,
    step,
    entered: () => {
      requestAnimationFrame(() => {
        if (!view.active || !arriving) return;
        const { slide } = arriving;
        arriving = null;
        unwatch();
        view.measure();
        if (slide) scrollTo(slide);
        // Which page is current is read from the scroll position, now that the pages are laid out.
        view.syncCurrentSlide();
      });
      const slides = reveal.getSlidesElement();
      if (slides) remeasure.observe(slides);
      // Focus moves by Tab, a click or a search: the browser scrolls it into view, and there it stays.
      document.addEventListener('focusin', takeFocus, { signal: life.signal });
    },
    leaving: () => {
      arriving = null;
      remeasure.disconnect();
      unwatch();
    },
    left: () => {
      pages = [];
      tops = [];
      stops = [];
      focus = null;
    },
  };
  const found: ScrollView | undefined = scrollViewOf(reveal, hooks);
  if (!found) return;
  const view = found;
  life.add(() => {
    remeasure.disconnect();
    unwatch();
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
