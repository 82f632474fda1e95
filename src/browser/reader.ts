/**
 * Reading the deck without a speaker. This module owns:
 * - when the scroll view is on: by itself on phone-sized screens, on demand with `?view=scroll`, the
 *   toolbar's toggle or the R key; never in print view or in the speaker view's preview frames;
 * - the scroll view as a document: each slide with its notes beneath it and all its bullets shown,
 *   pages measured so that the current slide, deep links and the keyboard land where they should;
 * - notes for readers in the slides view (reveal's notes panel), on a toggle;
 * - the small toolbar in the corner: search, overview, notes and scroll view.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { SearchPlugin } from 'reveal.js/plugin/search';
import { whenIdle } from './idle.ts';
import { nextScrollTop, pageAt, pageStops, previousScrollTop, triggerRanges } from './scroll-geometry.ts';

/** Phones, upright or on their side: slides this small are easier read as a page. */
const PHONE_SIZED = '(max-width: 500px), (max-height: 500px) and (max-width: 1000px)';
/** How long the toolbar stays after the pointer last moved, in the slides view. */
const TOOLBAR_IDLE_MS = 3000;
const KEY_R = 82;

/**
 * The parts of reveal.js 6.0.2's internal ScrollView (js/controllers/scrollview.js) that the deck
 * corrects. reveal hands its internals to plugins; `installReader` checks the shape before use.
 */
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
}

const SCROLL_VIEW_METHODS = ['activate', 'deactivate', 'setTriggerRanges', 'syncScrollPosition', 'scrollToSlide', 'next', 'prev'] as const;

/** reveal's SlideContent controller: `layout` fits stretched media, just before reveal lays out the pages. */
interface SlideContentInternals {
  layout(scope: HTMLElement): void;
}

function isScrollViewInternals(value: unknown): value is ScrollViewInternals {
  const candidate = value as Record<string, unknown> | null | undefined;
  return !!candidate && SCROLL_VIEW_METHODS.every((name) => typeof candidate[name] === 'function');
}

function isSlideContentInternals(value: unknown): value is SlideContentInternals {
  return typeof (value as Record<string, unknown> | null | undefined)?.['layout'] === 'function';
}

export function installReader(deck: RevealApi): void {
  const query = new URLSearchParams(location.search);
  const askedView = query.get('view');
  const printing = askedView === 'print' || /print-pdf/i.test(location.search);
  const previewFrame = deck.isSpeakerNotes();
  const phone = matchMedia(PHONE_SIZED);
  // Until the reader picks a view (in the URL or with the toggle), the view follows the screen.
  let followScreen = askedView === null && !printing && !previewFrame;

  // Before initialize(), configure() only records options; the constructor's and the URL's still win.
  deck.configure({
    // reveal's own width check would undo a manual toggle (reveal.js#3688); it is off when this is
    // not a number, and this module decides instead.
    scrollActivationWidth: undefined,
    // Pages as tall as their slide, with the notes beneath; no snapping, which would fight reading.
    scrollLayout: 'compact',
    scrollSnap: false,
    // The browser's own scrollbar (drawn over the page on phones), not reveal's bar with a marker per
    // slide: building and updating that bar was the largest single cost of opening this view on a
    // phone (Lighthouse mobile performance, as medians of five runs: 90 and 91 with it, 95 without).
    scrollProgress: false,
    ...(followScreen && phone.matches ? { view: 'scroll' as const } : {}),
  });

  deck.registerPlugin({
    id: 'reader-scroll-view',
    init: (internals) => {
      const { scroll, slideContent } = internals as unknown as { scroll?: unknown; slideContent?: unknown };
      if (isScrollViewInternals(scroll) && isSlideContentInternals(slideContent)) correctScrollView(scroll, slideContent, deck, (active) => toolbar?.update(active));
      else console.error('reader: reveal.js has no scroll view internals of the expected shape; update src/browser/reader.ts for this reveal.js version.');
      // reveal lays the deck out again once the page's last font has arrived. The scroll view measures
      // itself whenever its pages change size, so there that second pass over every page would only
      // keep a phone busy; the slides view keeps it.
      window.removeEventListener('load', deck.layout);
      window.addEventListener('load', () => deck.isScrollView() || deck.layout());
    },
  } satisfies RevealPlugin);

  let toolbar: Toolbar | undefined;

  const setScrollView = (on: boolean, chosen: boolean) => {
    if (on === deck.isScrollView()) return;
    if (chosen) {
      followScreen = false;
      rememberView(on, phone.matches);
    }
    deck.toggleScrollView(on);
  };

  if (!previewFrame && !printing) {
    deck.addKeyBinding({ keyCode: KEY_R, key: 'R', description: 'Scroll view on or off' }, () => setScrollView(!deck.isScrollView(), true));
  }

  phone.addEventListener('change', () => {
    if (followScreen) setScrollView(phone.matches, false);
  });

  deck.on('ready', () => {
    // The speaker view's previews load this page's URL; they always show slides.
    if (previewFrame && deck.isScrollView()) deck.toggleScrollView(false);
    labelNotesPanel(deck);
    if (previewFrame || printing) return;
    toolbar = createToolbar(deck, (on) => setScrollView(on, true));
    toolbar.update(deck.isScrollView());
  });

  // reveal does not write the URL while scrolling; the reader's place should survive a reload or a share.
  let writeHash: ReturnType<typeof setTimeout> | undefined;
  deck.on('slidechanged', () => {
    if (!deck.isScrollView()) return;
    clearTimeout(writeHash);
    writeHash = setTimeout(() => {
      const id = deck.getCurrentSlide()?.id;
      if (id && deck.isScrollView() && location.hash !== `#/${id}`) history.replaceState(history.state, '', `#/${id}`);
    }, 250);
  });
}

/** A chosen view goes into the URL, so a reload or a shared link opens the same one. */
function rememberView(scroll: boolean, phoneSized: boolean): void {
  const url = new URL(location.href);
  if (scroll) url.searchParams.set('view', 'scroll');
  else if (phoneSized) url.searchParams.set('view', 'slides');
  else url.searchParams.delete('view');
  history.replaceState(history.state, '', url);
}

/**
 * Makes reveal's scroll view a readable document (S1-S9 in the research notes):
 * - on entering: each slide's notes are put beneath it and its fragments shown, then the pages are
 *   measured and the slide that was current is scrolled to the top;
 * - pages differ in height, so the scroll offsets at which each becomes current are measured
 *   (scroll-geometry.ts) instead of assumed equal; deep links land on their slide (reveal.js#3815);
 * - next/previous go to the next slide's top, or one screen on when its notes are longer;
 * - a resize (turning a phone) keeps the reader on the slide they were reading;
 * - on leaving, reveal puts back its copy of the slides (so the notes and fragments are as before);
 *   what lived in the slides is set up again by its owner on reveal's `sync` (charts do).
 */
function correctScrollView(scroll: ScrollViewInternals, slideContent: SlideContentInternals, deck: RevealApi, changed: (active: boolean) => void): void {
  const original = {
    activate: scroll.activate.bind(scroll),
    deactivate: scroll.deactivate.bind(scroll),
    setTriggerRanges: scroll.setTriggerRanges.bind(scroll),
    syncScrollPosition: scroll.syncScrollPosition.bind(scroll),
    scrollToSlide: scroll.scrollToSlide.bind(scroll),
    next: scroll.next.bind(scroll),
    prev: scroll.prev.bind(scroll),
  };
  let stops: number[] = [];
  let pageSlides: HTMLElement[] = [];
  // While the view is being rebuilt, reveal must not pick a current slide from a half-built page.
  let rebuilding = false;

  const viewport = () => scroll.viewportElement;
  const maxScroll = () => viewport().scrollHeight - viewport().offsetHeight;

  // The slides' height when the pages were last measured: a change means they must be measured again.
  let measuredHeight = 0;

  scroll.setTriggerRanges = () => {
    original.setTriggerRanges();
    const triggers = scroll.slideTriggers ?? [];
    const pages = triggers.map((trigger) => trigger.page.pageElement);
    if (triggers.length === 0 || !pages.every((page): page is HTMLElement => !!page)) {
      stops = [];
      pageSlides = [];
      return;
    }
    const view = viewport();
    const anchor = scroll.active && !rebuilding && stops.length === pages.length ? readingPosition(view.scrollTop) : undefined;
    const origin = view.getBoundingClientRect().top - view.scrollTop;
    const max = maxScroll();
    stops = pageStops(
      pages.map((page) => page.getBoundingClientRect().top - origin),
      max,
    );
    // Layout is fresh from measuring the pages: reading this costs nothing now.
    measuredHeight = deck.getSlidesElement()?.getBoundingClientRect().height ?? 0;
    pageSlides = triggers.map((trigger) => trigger.page.slideElement);
    triggerRanges(stops, max).forEach((range, i) => (triggers[i]!.range = range));
    if (anchor) {
      const kept = Math.round(stops[anchor.index]! + anchor.share * pageLength(anchor.index, max));
      if (Math.abs(kept - view.scrollTop) > 1) view.scrollTop = kept;
    }
  };

  const pageLength = (index: number, max: number) => Math.max(0, (stops[index + 1] ?? max) - stops[index]!);
  const readingPosition = (scrollTop: number) => {
    const index = pageAt(stops, scrollTop);
    const length = pageLength(index, maxScroll());
    return { index, share: length > 0 ? Math.min(1, (scrollTop - stops[index]!) / length) : 0 };
  };

  scroll.syncScrollPosition = () => {
    if (!rebuilding) original.syncScrollPosition();
  };

  scroll.scrollToSlide = (slide) => {
    const index = pageSlides.indexOf(slide);
    if (!scroll.active || index < 0) original.scrollToSlide(slide);
    else viewport().scrollTop = stops[index]!;
  };

  scroll.next = () => {
    if (stops.length === 0) return original.next();
    const view = viewport();
    view.scrollTop = nextScrollTop(stops, view.scrollTop, view.offsetHeight, maxScroll());
  };

  scroll.prev = () => {
    if (stops.length === 0) return original.prev();
    const view = viewport();
    view.scrollTop = previousScrollTop(stops, view.scrollTop, view.offsetHeight);
  };

  // Anything that changes a page's height (web fonts arriving, a rotated phone) moves where the
  // pages start: measure again, keeping the reader on the slide they were reading.
  const remeasure = new ResizeObserver(([entry]) => {
    const height = entry?.contentRect.height ?? 0;
    if (!scroll.active || rebuilding || Math.abs(height - measuredHeight) < 1) return;
    measuredHeight = height;
    requestAnimationFrame(() => scroll.active && deck.layout());
  });

  // reveal builds the pages, then lays out the slides' contents, then the pages. The fragments are
  // shown and the notes down to the slide being read go in between, so the document is laid out and
  // measured once. The notes further down follow one page at a time while the page is idle: they
  // move nothing above them, and on a phone, where the deck opens in this view, laying out forty
  // slides' notes at once added about 200 ms of blocking time (Lighthouse's mobile profile).
  let readingAt: HTMLElement | null | undefined;
  let notesLater: Page[] = [];
  let notesRun = 0;
  const layoutContent = slideContent.layout.bind(slideContent);
  slideContent.layout = (scope) => {
    if (readingAt !== undefined) {
      notesLater = readAsDocument(deck.getSlidesElement(), readingAt);
      readingAt = undefined;
    }
    layoutContent(scope);
  };

  const addNotesLater = () => {
    const run = ++notesRun;
    const next = () => notesLater.length > 0 && whenIdle(step, NOTES_IDLE_TIMEOUT_MS, 0);
    const step = () => {
      if (run !== notesRun || !scroll.active) return;
      notesLater.splice(0, NOTES_PER_IDLE_STEP).forEach(addNotes);
      // Measure the pages again; the reader stays where they are (setTriggerRanges keeps them).
      scroll.setTriggerRanges();
      next();
    };
    next();
  };

  scroll.activate = () => {
    if (scroll.active) return;
    // reveal's activation passes through the first slide on its way; remember where the reader was.
    const reading = deck.getCurrentSlide() ?? null;
    rebuilding = true;
    readingAt = reading;
    try {
      original.activate();
      if (readingAt !== undefined) {
        // This reveal.js did not lay out the slides' contents on the way: add everything now.
        readingAt = undefined;
        readAsDocument(deck.getSlidesElement(), 'all');
        deck.layout();
      }
      // Without a slide being read (the deck is starting) the new page is at its top already.
      if (reading) scroll.scrollToSlide(reading);
    } finally {
      rebuilding = false;
    }
    // Which page is current is read from the scroll position, which needs the page laid out; at the
    // next frame the browser lays it out anyway, so the deck's start does not wait for it.
    requestAnimationFrame(() => scroll.active && scroll.syncScrollPosition());
    const slides = deck.getSlidesElement();
    if (slides) remeasure.observe(slides);
    addNotesLater();
    changed(true);
  };

  scroll.deactivate = () => {
    if (!scroll.active) return;
    remeasure.disconnect();
    notesRun++;
    notesLater = [];
    original.deactivate();
    stops = [];
    pageSlides = [];
    changed(false);
  };
}

/** A page of the scroll view and the slide on it. */
interface Page {
  readonly page: HTMLElement;
  readonly slide: HTMLElement;
}

/**
 * How many pages' notes go in per idle moment, and how long they wait for one at most (ms). One
 * page's notes, laid out and measured, take a few milliseconds; four at a time made a task long
 * enough on a slow phone to delay a tap.
 */
const NOTES_PER_IDLE_STEP = 1;
const NOTES_IDLE_TIMEOUT_MS = 500;

/**
 * Every fragment shown (a reader has no speaker to step through them) and each slide's notes beneath
 * it, on the pages down to the one after `reading` (the first when reveal has no current slide yet,
 * as on a first load; every page when `reading` is 'all'). Returns the pages whose notes are still to add.
 */
function readAsDocument(slides: HTMLElement | null, reading: HTMLElement | null | 'all'): Page[] {
  if (!slides) return [];
  const pages: Page[] = [];
  for (const page of slides.querySelectorAll<HTMLElement>('.scroll-page')) {
    const slide = page.querySelector<HTMLElement>('section');
    if (!slide) continue;
    slide.querySelectorAll('.fragment').forEach((fragment) => fragment.classList.remove('fragment', 'visible', 'current-fragment'));
    pages.push({ page, slide });
  }
  const now = reading === 'all' ? pages.length : Math.max(0, pages.findIndex(({ slide }) => slide === reading)) + 2;
  pages.slice(0, now).forEach(addNotes);
  return pages.slice(now);
}

function addNotes({ page, slide }: Page): void {
  const notes = slide.querySelector<HTMLElement>(':scope > aside.notes');
  if (notes?.textContent?.trim() && !page.querySelector(':scope > .reader-notes')) page.append(readerNotes(notes, slide));
}

function readerNotes(notes: HTMLElement, slide: HTMLElement): HTMLElement {
  const block = document.createElement('div');
  block.className = 'reader-notes';
  block.setAttribute('role', 'note');
  const label = document.createElement('p');
  label.className = 'reader-notes-label';
  label.id = `${slide.id}-reader-notes`;
  label.textContent = 'Notes';
  block.setAttribute('aria-labelledby', label.id);
  block.append(label, ...[...notes.children].map((child) => child.cloneNode(true)));
  // A Sources slide's list is set small to fit; scaled down to a phone it cannot be read or tapped.
  // The notes repeat it at reading size (reader.css shows the copy only on narrow screens).
  const sources = slide.querySelector<HTMLOListElement>('ol.sources-list');
  if (sources) {
    const copy = sources.cloneNode(true) as HTMLOListElement;
    copy.className = 'reader-sources';
    copy.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
    block.append(copy);
  }
  return block;
}

/** reveal's notes panel is a focusable box with no name; give it one. */
function labelNotesPanel(deck: RevealApi): void {
  const panel = deck.getRevealElement()?.querySelector('.speaker-notes');
  panel?.setAttribute('role', 'region');
  panel?.setAttribute('aria-label', 'Notes for this slide');
}

interface Toolbar {
  update(scrollView: boolean): void;
}

type IconName = 'search' | 'overview' | 'notes' | 'scroll';

/** 24x24 outline icons, drawn with the current text colour. */
const ICONS: Record<IconName, readonly string[]> = {
  search: ['M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M15.5 15.5L20 20'],
  overview: ['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'],
  notes: ['M4 5h16v10H4z', 'M7 18h10', 'M7 21h7'],
  scroll: ['M5 3h14v7H5z', 'M5 14h14v7H5z', 'M8 12h8'],
};

function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name]) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

function toolbarButton(name: IconName, label: string, hint: string, onPress: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `reader-button reader-button-${name}`;
  button.setAttribute('aria-label', label);
  button.title = hint;
  button.append(icon(name));
  button.addEventListener('click', onPress);
  return button;
}

/**
 * The toolbar: real buttons with names, in the top right corner, clear of reveal's arrows and slide
 * number. In the slides view it fades when the pointer rests, so it stays out of a projected talk;
 * moving the pointer or pressing Tab brings it back.
 */
function createToolbar(deck: RevealApi, setScrollView: (on: boolean) => void): Toolbar {
  const bar = document.createElement('div');
  bar.className = 'reader-toolbar';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Reading options');

  const search = toolbarButton('search', 'Search the slides', 'Search (Ctrl+Shift+F)', () => {
    const plugin = deck.getPlugin('search') as SearchPlugin | undefined;
    plugin?.toggle();
    labelSearchBox(deck);
  });
  const overview = toolbarButton('overview', 'Overview of all slides', 'Overview (O)', () => deck.toggleOverview());
  const notes = toolbarButton('notes', 'Notes for readers', 'Notes for readers', () => {
    if (deck.isScrollView()) return;
    deck.configure({ showNotes: !deck.getConfig().showNotes });
    // reveal narrows the deck for the panel after its own layout pass; scale the slide to the room left.
    deck.layout();
    update(false);
  });
  const scroll = toolbarButton('scroll', 'Scroll view', 'Scroll view (R)', () => setScrollView(!deck.isScrollView()));
  bar.append(search, overview, notes, scroll);

  // Space and Enter press the focused button; they must not also advance the slide.
  bar.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  });
  document.addEventListener('focusin', (event) => {
    if ((event.target as Element | null)?.matches?.('.searchinput')) labelSearchBox(deck);
  });

  const main = document.querySelector('main') ?? document.body;
  main.prepend(bar);

  let idle: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    bar.dataset.idle = 'false';
    clearTimeout(idle);
    idle = setTimeout(() => (bar.dataset.idle = 'true'), TOOLBAR_IDLE_MS);
  };
  document.addEventListener('pointermove', wake, { passive: true });
  document.addEventListener('pointerdown', wake, { passive: true });
  // Tab wakes it before the focus moves, so the focus can land on it; a clicker's keys do not.
  document.addEventListener('keydown', (event) => event.key === 'Tab' && wake(), { capture: true });
  wake();

  const update = (scrollView: boolean) => {
    scroll.setAttribute('aria-pressed', String(scrollView));
    notes.setAttribute('aria-pressed', String(!!deck.getConfig().showNotes));
    overview.setAttribute('aria-pressed', String(deck.isOverview()));
    notes.hidden = scrollView;
    overview.hidden = scrollView;
    // The scroll view scrolls reveal's viewport, whose scrollbar a desktop system draws inside the
    // window's right edge: the toolbar keeps clear of it (phones draw theirs over the page: 0).
    const scroller = deck.getViewportElement();
    const scrollbar = scrollView && scroller ? scroller.offsetWidth - scroller.clientWidth : 0;
    bar.style.setProperty('--reader-scrollbar', `${Math.max(0, scrollbar)}px`);
  };
  deck.on('overviewshown', () => update(deck.isScrollView()));
  deck.on('overviewhidden', () => update(deck.isScrollView()));
  return { update };
}

/** The search plugin's box has a placeholder but no name. */
function labelSearchBox(deck: RevealApi): void {
  deck.getRevealElement()?.querySelector('.searchinput')?.setAttribute('aria-label', 'Search the slides');
}
