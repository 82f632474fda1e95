/**
 * The deferred slides (src/core/render/page.ts): the page holds the first slides whole and, for each
 * slide after them, its <section> with its headline only; their content comes in a block of JSON, in
 * the page or in a file beside it. This puts it in:
 * - at once, for the slide the address opens and its neighbours, before reveal starts on them;
 * - at once, for everything, where every slide is needed: the print view (PDF, handout), the
 *   overview, the search box, the speaker view's outline;
 * - as a slide comes near, presenting or reading;
 * - the rest a few slides per idle moment once the deck is ready, nearest first, so a long talk's
 *   start does not pay for slides far from the one shown. html[data-slides-ready] says all are in.
 *
 * Each slide put in fires SLIDE_FILLED_EVENT on its section, for what works on a slide's content
 * (its charts, its notes beneath it in the scroll view).
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { ATTR, DEFERRED_UNAVAILABLE, EVERY_SLIDE_EVENT, READY, READY_VALUE, REVEAL_SELECTOR, SELECTOR, SLIDE_FILLED_EVENT } from '../core/contract.ts';
import { afterPaint, whenIdle } from './idle.ts';
import { Lifetime } from './lifetime.ts';
import type { SlideEvent } from './reveal-augment.d.ts';
import { scrollViewOf } from './reveal-internals.ts';

/** Slides around the shown one that are put in with it: the one before, and the two after. */
const NEAR = { before: 1, after: 2 } as const;
/**
 * An idle moment's share of the rest: slides go in until this much time has gone (ms), so a tap
 * or a key that comes meanwhile waits no longer than that, on a slow phone too (Lighthouse, which
 * runs the page at full speed and counts each task four times as long, sees no long task either).
 */
const IDLE_SLICE_MS = 4;
const IDLE_TIMEOUT_MS = 1000;
/** How long a start waits for the slide it opens on, or the speaker view for its outline (ms). */
const START_WAIT_MS = 3000;

type Contents = ReadonlyMap<string, string>;

export interface DeferredSlides {
  /** Reads or fetches the deferred content, once; rejects, saying why, when it cannot be had. */
  load(): Promise<void>;
  /**
   * Puts in the content of those of `slides` still deferred, once it is loaded, in their order, and
   * stops once performance.now() reaches `until`; returns the slides put in.
   */
  fill(slides: Iterable<HTMLElement>, until?: number): HTMLElement[];
  /** The slides still waiting for their content. */
  waiting(): HTMLElement[];
}

/** The deferred slides under `slides` (reveal's .slides element, or the page's before reveal runs). */
export function deferredSlides(slides: ParentNode): DeferredSlides {
  let contents: Contents | null = null;
  let loading: Promise<void> | null = null;
  const waiting = () => [...slides.querySelectorAll<HTMLElement>(SELECTOR.deferredSlide)];
  return {
    load: () => {
      if (!loading) {
        loading = readContents().then((read) => void (contents = read));
        // Each caller hears a failure; a caller that stopped waiting (within) leaves none unheard.
        loading.catch(() => undefined);
      }
      return loading;
    },
    waiting,
    fill(candidates, until = Infinity) {
      if (!contents) return [];
      const filled: HTMLElement[] = [];
      for (const slide of candidates) {
        if (performance.now() >= until) break;
        const content = slide.hasAttribute(ATTR.deferred) ? contents.get(slide.id) : undefined;
        if (content === undefined) continue;
        // The build's own markup, as the page's first slides are; parsed inert, as a document of its own.
        slide.replaceChildren(...new DOMParser().parseFromString(content, 'text/html').body.childNodes);
        slide.removeAttribute(ATTR.deferred);
        filled.push(slide);
      }
      filled.forEach((slide) => slide.dispatchEvent(new CustomEvent(SLIDE_FILLED_EVENT, { bubbles: true })));
      return filled;
    },
  };
}

/** The content, from the page's script block itself or from the file it names. */
async function readContents(): Promise<Contents> {
  const block = document.querySelector<HTMLScriptElement>(SELECTOR.deferredSlides);
  if (!block) throw new Error('The page has deferred slides but no script block with their content; build the deck again.');
  const address = block.getAttribute(ATTR.deferredSource);
  let json: unknown;
  if (address === null) json = JSON.parse(block.text);
  else {
    const url = new URL(address, document.baseURI);
    const response = await fetch(url).catch((error: unknown) => {
      throw new Error(`The rest of the slides could not be fetched from ${url.href} (${(error as Error).message}): check the connection and reload.`);
    });
    if (!response.ok) throw new Error(`The rest of the slides could not be fetched from ${url.href} (HTTP ${response.status}): the site lacks the file; publish the whole build folder.`);
    json = await response.json();
  }
  if (typeof json !== 'object' || json === null) throw new Error('The deferred slides are not an object of slide ids to content; build the deck again.');
  return new Map(Object.entries(json).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The slide the address opens (reveal's #/id or #/index), before reveal has read it. */
export function slideInAddress(slides: readonly HTMLElement[]): HTMLElement | undefined {
  const name = /^#\/([^/?]+)/.exec(location.hash)?.[1];
  if (name === undefined) return slides[0];
  const id = decodeURIComponent(name);
  return slides.find((slide) => slide.id === id) ?? (/^\d+$/.test(id) ? slides[Number(id)] : undefined);
}

function around(slides: readonly HTMLElement[], slide: HTMLElement | undefined): HTMLElement[] {
  const at = slide ? slides.indexOf(slide) : -1;
  return at < 0 ? [] : slides.slice(Math.max(0, at - NEAR.before), at + NEAR.after + 1);
}

/** Slides nearest `slide` first: the order the rest go in while the page is idle. */
function byDistance(slides: readonly HTMLElement[], all: readonly HTMLElement[], slide: HTMLElement | undefined): HTMLElement[] {
  const index = new Map(all.map((each, i) => [each, i]));
  const at = (slide && index.get(slide)) ?? 0;
  const distance = (each: HTMLElement) => Math.abs((index.get(each) ?? 0) - at);
  return [...slides].sort((a, b) => distance(a) - distance(b));
}

/**
 * A content that cannot be had: said in the console, in words that say what to do, and on each slide
 * still waiting (theme.css shows it beneath its headline).
 */
const complain = (error: unknown) => {
  console.error((error as Error).message);
  document.querySelectorAll(SELECTOR.deferredSlide).forEach((slide) => slide.setAttribute(ATTR.deferred, DEFERRED_UNAVAILABLE));
};

/** Resolves when `work` does or `ms` have gone, whichever is first; rejects as `work` does. */
function within(work: Promise<void>, ms: number): Promise<void> {
  return Promise.race([work, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/**
 * Every deferred slide under `slides` put in, outside reveal (the speaker view's outline), waiting
 * no longer than a deck's start does; those that come later go in as they come.
 */
export async function putInEverySlide(slides: ParentNode): Promise<void> {
  const store = deferredSlides(slides);
  if (store.waiting().length === 0) return;
  await within(store.load().then(() => void store.fill(store.waiting()), complain), START_WAIT_MS);
}

/** Runs `run` once the page has loaded (fonts, styles) and painted a frame since. */
function afterFirstPaint(run: () => void): void {
  if (document.readyState === 'complete') afterPaint(run);
  else addEventListener('load', () => afterPaint(run), { once: true });
}

function markAllIn(): void {
  document.documentElement.setAttribute(READY.slides, READY_VALUE);
}

export function deferredSlidesPlugin(): RevealPlugin {
  let life: Lifetime | undefined;
  return {
    id: 'deferred-slides',
    init: (reveal) => {
      life = new Lifetime();
      return putIn(reveal, life);
    },
    destroy: () => {
      life?.end();
      life = undefined;
    },
  };
}

/** Wires the deferred slides into reveal; the promise, when there is one, holds reveal's start. */
function putIn(reveal: RevealApi, life: Lifetime): Promise<void> | undefined {
  const slidesElement = reveal.getSlidesElement();
  if (!slidesElement) return;
  const store = deferredSlides(slidesElement);
  if (store.waiting().length === 0) {
    markAllIn();
    return;
  }
  const { signal } = life;
  let ended = false;
  life.add(() => (ended = true));
  const all = () => reveal.getSlides();

  /** Puts slides in: their fragments numbered for reveal, which does that only at its start. */
  const fill = (slides: Iterable<HTMLElement>, until?: number) => {
    const filled = store.fill(slides, until);
    if (!reveal.isScrollView() && !reveal.isPrintView()) {
      // The shown slide, reached before its content (a jump, on a slow connection): reveal showed
      // its notes and numbered its fragments without it.
      const shown = reveal.getCurrentSlide();
      filled.forEach((slide) => (slide === shown ? reveal.syncSlide(slide) : slide.querySelector('.fragment') && reveal.syncFragments(slide)));
    }
    // Only a slide put in can have been the last one waiting.
    if (filled.length > 0 && store.waiting().length === 0) markAllIn();
    return filled;
  };
  // Every slide in reveal's slides first: the phone article's far ones join it (late-pages.ts).
  const everySlide = () => document.dispatchEvent(new Event(EVERY_SLIDE_EVENT));
  const fillAll = () => {
    everySlide();
    void store.load().then(() => fill(store.waiting()), complain);
  };

  // The print view lays every slide out as reveal starts.
  if (reveal.isPrintView()) return store.load().then(() => void fill(store.waiting()), complain);

  // The rest, nearest the slide shown first, in the order worked out as the run starts.
  let fillingRest = false;
  const fillRestWhenIdle = () => {
    if (fillingRest) return;
    fillingRest = true;
    let rest = byDistance(store.waiting(), all(), reveal.getCurrentSlide());
    const step = () => {
      if (ended) return;
      const filled = fill(rest, performance.now() + IDLE_SLICE_MS);
      const last = filled.at(-1);
      if (last) rest = rest.slice(rest.indexOf(last) + 1);
      // Those put in meanwhile (near a slide shown) drop out; the view left may have brought more back.
      rest = rest.filter((slide) => slide.isConnected && slide.hasAttribute(ATTR.deferred));
      if (rest.length === 0) rest = store.waiting();
      if (rest.length > 0) whenIdle(step, IDLE_TIMEOUT_MS, 0);
      else fillingRest = false;
    };
    whenIdle(step, IDLE_TIMEOUT_MS, 0);
  };

  // The slides near the shown one at once, the rest in idle moments.
  const catchUp = () =>
    void store.load().then(() => {
      if (ended) return;
      everySlide();
      fill(around(all(), reveal.getCurrentSlide()));
      fillRestWhenIdle();
    }, complain);

  // Once the first slide is on screen, in a moment with nothing else to do: asked for sooner, the
  // file would share the network with what the first slide waits for (Lighthouse counts it into the
  // largest paint), and putting slides in would share the main thread with it.
  // A reader who moves before the content was asked for (the page still loading) asks for it now;
  // not the scroll view as it starts, which picks its first page (a slide change) before the first
  // slide is painted.
  let shown = false;
  reveal.on(
    'ready',
    () => {
      afterPaint(() => (shown = true));
      afterFirstPaint(() => whenIdle(catchUp, IDLE_TIMEOUT_MS, 0));
    },
    { signal },
  );
  reveal.on(
    'slidechanged',
    (event) => {
      const near = around(all(), (event as SlideEvent).currentSlide);
      fill(near);
      if (shown) void store.load().then(() => !ended && fill(near), complain);
    },
    { signal },
  );
  // Where every slide shows at once, or is looked through.
  reveal.on('overviewshown', fillAll, { signal });
  document.addEventListener('focusin', (event) => (event.target as Element | null)?.matches?.(REVEAL_SELECTOR.searchInput) && fillAll(), { signal });
  // Leaving the scroll view, reveal puts back the slides as they were when it was entered: those
  // that were deferred then wait again, and the page no longer says every slide is in.
  const view = scrollViewOf(reveal, {
    left: () => {
      if (store.waiting().length === 0) return;
      document.documentElement.removeAttribute(READY.slides);
      catchUp();
    },
  });
  if (view) life.add(() => view.release());

  // The slide the address opens waits for its content before reveal shows it, for a while: on a
  // connection that hangs, the deck starts on its headline, and the content goes in when it comes.
  const opened = slideInAddress(all());
  if (opened?.hasAttribute(ATTR.deferred)) return within(store.load(), START_WAIT_MS).then(() => void fill(around(all(), opened)), complain);
  return undefined;
}
