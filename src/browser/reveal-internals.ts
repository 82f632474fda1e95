/**
 * The one module that relies on reveal.js 6.0.2 beyond its public API. reveal hands each plugin's
 * init its internal instance, which carries its controllers (js/controllers/*.js): `scroll`,
 * `slideContent`, `backgrounds`. Each function here checks the shape of what it changes, says what
 * reveal does and which reveal.js issue it works around, and gives back a way to undo it. The feature
 * plugins call these functions and touch nothing of reveal's but its public API.
 */
import type { RevealApi, RevealConfig } from 'reveal.js';

type Internals = Record<string, unknown>;

const internalsOf = (reveal: RevealApi) => reveal as unknown as Internals;

function hasMethods<T>(value: unknown, names: readonly string[]): value is T {
  const candidate = value as Internals | null | undefined;
  return !!candidate && names.every((name) => typeof candidate[name] === 'function');
}

function outdated(what: string): void {
  console.error(`reveal.js has no ${what} of the expected shape; update src/browser/reveal-internals.ts for this reveal.js version.`);
}

/**
 * reveal.js#3688: with `scrollActivationWidth` a number, reveal's layout turns the scroll view off
 * again on any screen wider than it, so toggling the view by hand does nothing. A value that is not a
 * number switches the check off (the workaround the issue names; the shipped types say number, and
 * allow it to be left out).
 */
export const NO_AUTOMATIC_SCROLL_VIEW: Pick<RevealConfig, 'scrollActivationWidth'> = { scrollActivationWidth: undefined };

/**
 * The bubbled resize event: reveal's `layout()` announces a new slide scale with a 'resize' event on
 * the .reveal element that bubbles (its dispatchEvent's default), so the window hears it and reveal's
 * own window 'resize' listener lays everything out a second time. (reveal.js#2514 is the same path,
 * layout, bubbled 'resize', onWindowResize, layout, which there never ended; in 6.0.2 it costs one
 * more full layout after each change of scale, and in the scroll view a layout rebuilds and measures
 * every page.) Registered before reveal's listener (so before reveal starts), this stops that event,
 * and the window's own events that resize nothing (a phone settling its viewport); reveal's event
 * still reaches deck.on('resize') listeners on its way up.
 */
export function stopNeedlessResizes(): () => void {
  const sizeOf = () => `${innerWidth}x${innerHeight}@${devicePixelRatio}`;
  let lastSize = sizeOf();
  const guard = (event: Event) => {
    if (event.target !== window) return event.stopImmediatePropagation();
    const size = sizeOf();
    if (size === lastSize) event.stopImmediatePropagation();
    lastSize = size;
  };
  window.addEventListener('resize', guard);
  return () => window.removeEventListener('resize', guard);
}

/**
 * reveal lays the deck out again once the page's last font has arrived (a window 'load' listener that
 * is its `layout`, the same function as the API's). Where `needed` says no, that pass is skipped.
 */
export function layoutOnLoadOnlyIf(reveal: RevealApi, needed: () => boolean): () => void {
  const layoutIfNeeded = () => needed() && reveal.layout();
  window.removeEventListener('load', reveal.layout);
  window.addEventListener('load', layoutIfNeeded);
  return () => window.removeEventListener('load', layoutIfNeeded);
}

/** The part of reveal's Backgrounds controller (js/controllers/backgrounds.js) the deck changes. */
interface BackgroundsInternals {
  getContrastClass(slide: HTMLElement): string | null;
}

/** Whether a slide asks for a background of its own (data-background, -color, -image, ...). */
function hasOwnBackground(slide: HTMLElement): boolean {
  return [...slide.attributes].some((attribute) => attribute.name.startsWith('data-background'));
}

/**
 * To pick light or dark controls, reveal reads the computed colour of each slide's background, one
 * style pass per slide. A slide without a background of its own has a transparent one, in which
 * reveal finds no contrast: the answer is known without asking. (No reveal.js issue: a shortcut.)
 */
export function skipContrastOfPlainSlides(reveal: RevealApi): () => void {
  const backgrounds = internalsOf(reveal)['backgrounds'];
  if (!hasMethods<BackgroundsInternals>(backgrounds, ['getContrastClass'])) {
    outdated('backgrounds controller');
    return () => undefined;
  }
  return replace(backgrounds, 'getContrastClass', (contrastOf) => (slide) => (hasOwnBackground(slide) ? contrastOf(slide) : null));
}

/** reveal's ScrollView controller (js/controllers/scrollview.js): the parts the deck corrects. */
interface ScrollViewInternals {
  active: boolean;
  activate(): void;
  deactivate(): void;
  setTriggerRanges(): void;
  syncScrollPosition(): void;
  scrollToSlide(slide: HTMLElement): void;
  next(): void;
  prev(): void;
  slideTriggers?: { page: { pageElement?: HTMLElement; slideElement: HTMLElement }; range: [number, number] }[];
  readonly viewportElement: HTMLElement;
  /** The slides' markup as the view was entered, which reveal puts back on leaving it. */
  slideHTMLBeforeActivation: string | null;
}

const SCROLL_VIEW_METHODS = ['activate', 'deactivate', 'setTriggerRanges', 'syncScrollPosition', 'scrollToSlide', 'next', 'prev'] as const;

/** reveal's SlideContent controller: `layout` fits stretched media, just before reveal lays out the pages. */
interface SlideContentInternals {
  layout(scope: HTMLElement): void;
}

/** A page of the scroll view and the slide on it. */
export interface ScrollPage {
  readonly page: HTMLElement;
  readonly slide: HTMLElement;
}

/**
 * What a feature adds to reveal's scroll view. Every hook is optional; features' hooks run in the
 * order they were added. Entering runs entering, pagesBuilt, built, then entered; leaving runs
 * leaving, then left.
 */
export interface ScrollViewHooks {
  /** reveal is about to build the view; the slide being read is still the current one. */
  entering?(): void;
  /**
   * reveal has put every slide in a page and is about to lay out their contents, then the pages:
   * what goes into a page now is laid out and measured with it, in the same pass.
   */
  pagesBuilt?(): void;
  /** reveal's activation is done. Still building: reveal picks no current slide yet. */
  built?(): void;
  /** The view is on. */
  entered?(): void;
  /**
   * reveal has given each page its share of the scrolling (0 to 1) during which it is current, all
   * equal: return ranges to use instead, one per page, or nothing to keep them.
   */
  ranges?(pages: readonly ScrollPage[]): readonly (readonly [number, number])[] | undefined;
  /** Scrolls to a slide's page (a deep link, a slide change); false leaves it to reveal. */
  scrollTo?(slide: HTMLElement): boolean;
  /** The keyboard's "next" (1) or "previous" (-1); false leaves it to reveal. */
  step?(direction: 1 | -1): boolean;
  /** reveal is about to put back its copy of the slides, as they were before the view. */
  leaving?(): void;
  left?(): void;
}

/** What a feature may ask of the scroll view. */
export interface ScrollView {
  readonly active: boolean;
  /** True while reveal builds the view: it must not pick a current slide from a half-built page. */
  readonly building: boolean;
  /** The element that scrolls. */
  readonly viewport: HTMLElement;
  /** Has reveal measure its pages again (and the features' `ranges` run). */
  measure(): void;
  /** Has reveal pick the current slide from the scroll position. */
  syncCurrentSlide(): void;
  /**
   * Adds slides after the last page, each on a page of its own built as reveal's activation builds
   * them; they count once reveal lays the view out (`layout()`), and on leaving the view reveal puts
   * them back with the others. (No reveal.js issue: reveal builds every slide's page at once, with
   * no way to add one later.)
   */
  addPages(slides: readonly HTMLElement[]): void;
  /** Takes this feature's hooks out; the last one out puts reveal's methods back. */
  release(): void;
}

interface Patched {
  readonly hooks: ScrollViewHooks[];
  readonly isBuilding: () => boolean;
  readonly restore: () => void;
}

const patchedScrollViews = new WeakMap<ScrollViewInternals, Patched>();

/**
 * Adds a feature's hooks to reveal's scroll view; the first call patches seven of its methods and
 * one of SlideContent's, for all features:
 * - activate, deactivate: the entering and leaving hooks around reveal's own;
 * - slideContent.layout: reveal calls it in activate between building the pages and laying them out;
 * - syncScrollPosition: skipped while building (reveal's activation passes through the first slide);
 * - setTriggerRanges: reveal assumes every page is equally tall, so with pages of different heights
 *   the current slide, and with it the URL, is off by one page or more down the document, and a deep
 *   link or slide() lands a page early (reveal.js#3815): the features' `ranges` replace its own;
 * - scrollToSlide, next, prev: scroll by the same measure (reveal's scroll by equal shares).
 * Returns undefined (and reveal's scroll view stays as it is) when reveal's shape is not the expected.
 */
export function scrollViewOf(reveal: RevealApi, hooks: ScrollViewHooks): ScrollView | undefined {
  const { scroll, slideContent } = internalsOf(reveal);
  if (!hasMethods<ScrollViewInternals>(scroll, SCROLL_VIEW_METHODS) || !hasMethods<SlideContentInternals>(slideContent, ['layout'])) {
    outdated('scroll view');
    return undefined;
  }
  let patched = patchedScrollViews.get(scroll);
  if (!patched) patchedScrollViews.set(scroll, (patched = patchScrollView(scroll, slideContent)));
  const { hooks: all, isBuilding, restore } = patched;
  all.push(hooks);
  return {
    get active() {
      return scroll.active;
    },
    get building() {
      return isBuilding();
    },
    get viewport() {
      return scroll.viewportElement;
    },
    measure: () => scroll.setTriggerRanges(),
    syncCurrentSlide: () => scroll.syncScrollPosition(),
    addPages: (slides) => addPages(reveal, scroll, slides),
    release: () => {
      if (all.includes(hooks)) all.splice(all.indexOf(hooks), 1);
      if (all.length > 0 || patchedScrollViews.get(scroll) !== patched) return;
      patchedScrollViews.delete(scroll);
      restore();
    },
  };
}

/** A page of reveal's scroll view (js/controllers/scrollview.js, activate): page, sticky box, content box, slide. */
function addPages(reveal: RevealApi, scroll: ScrollViewInternals, slides: readonly HTMLElement[]): void {
  const container = reveal.getSlidesElement();
  if (!container || !scroll.active || slides.length === 0) return;
  // reveal keeps the markup of the slides as they were, not wrapped in pages, to put back on leaving.
  scroll.slideHTMLBeforeActivation = (scroll.slideHTMLBeforeActivation ?? '') + slides.map((slide) => slide.outerHTML).join('');
  // One page a slide, no stacks; each with the background reveal gave its own (the viewport's,
  // read from a page: reading the viewport's style would have the browser work out the page's).
  const built = container.querySelectorAll<HTMLElement>(':scope > .scroll-page');
  const background = built[0]?.style.background;
  const first = built.length;
  const div = (className: string, ...children: HTMLElement[]) => {
    const element = document.createElement('div');
    element.className = className;
    element.append(...children);
    return element;
  };
  const pages = slides.map((slide, offset) => {
    slide.classList.remove('past', 'future');
    slide.removeAttribute('inert');
    slide.setAttribute('data-index-h', String(first + offset));
    slide.setAttribute('data-index-v', '0');
    const page = div('scroll-page', div('scroll-page-sticky', div('scroll-page-content', slide)));
    if (background) page.style.background = background;
    return page;
  });
  container.append(...pages);
}

/** Replaces an object's method with one made from the original (bound to it); returns the undo. */
function replace<T extends object, K extends keyof T>(target: T, name: K, make: (original: T[K]) => T[K]): () => void {
  const own = Object.hasOwn(target, name);
  const before = target[name];
  target[name] = make(typeof before === 'function' ? (before.bind(target) as T[K]) : before);
  return () => {
    if (own) target[name] = before;
    else delete target[name];
  };
}

function patchScrollView(scroll: ScrollViewInternals, slideContent: SlideContentInternals): Patched {
  const hooks: ScrollViewHooks[] = [];
  const each = (run: (feature: ScrollViewHooks) => void) => [...hooks].forEach(run);
  const claimed = (run: (feature: ScrollViewHooks) => boolean | undefined) => hooks.some((feature) => run(feature) === true);
  let building = false;
  let pagesBuilt = false;

  const undo = [
    replace(slideContent, 'layout', (layout) => (scope) => {
      if (building && !pagesBuilt) {
        pagesBuilt = true;
        each((feature) => feature.pagesBuilt?.());
      }
      layout(scope);
    }),
    replace(scroll, 'activate', (activate) => () => {
      if (scroll.active) return;
      building = true;
      pagesBuilt = false;
      try {
        each((feature) => feature.entering?.());
        activate();
        each((feature) => feature.built?.());
      } finally {
        building = false;
      }
      each((feature) => feature.entered?.());
    }),
    replace(scroll, 'deactivate', (deactivate) => () => {
      if (!scroll.active) return;
      each((feature) => feature.leaving?.());
      deactivate();
      each((feature) => feature.left?.());
    }),
    replace(scroll, 'syncScrollPosition', (sync) => () => building || sync()),
    replace(scroll, 'setTriggerRanges', (setTriggerRanges) => () => {
      setTriggerRanges();
      const triggers = scroll.slideTriggers ?? [];
      const complete = triggers.every((trigger) => !!trigger.page.pageElement);
      const pages = complete ? triggers.map(({ page }) => ({ page: page.pageElement!, slide: page.slideElement })) : [];
      each((feature) => feature.ranges?.(pages)?.forEach((range, i) => triggers[i] && (triggers[i].range = [range[0], range[1]])));
    }),
    replace(scroll, 'scrollToSlide', (scrollToSlide) => (slide) => claimed((feature) => feature.scrollTo?.(slide)) || scrollToSlide(slide)),
    replace(scroll, 'next', (next) => () => claimed((feature) => feature.step?.(1)) || next()),
    replace(scroll, 'prev', (prev) => () => claimed((feature) => feature.step?.(-1)) || prev()),
  ];
  return { hooks, isBuilding: () => building, restore: () => undo.reverse().forEach((step) => step()) };
}
