/**
 * When charts are drawn, in every view of the deck. Chart.js loads only when a chart is first needed:
 * - presenting: a slide's charts are created the first time it is shown, each in its own task, and
 *   the next slide's in idle time after that, so advancing to a chart waits on nothing;
 * - scroll view: charts are created as their slide nears the viewport;
 * - after scroll view is switched off (reveal's `sync`), the replaced slides' charts are created again;
 * - print view: every chart, including the blank copies made for fragment steps, then
 *   html[data-charts-ready] tells the PDF exporter; each is painted again on `beforeprint`, so that
 *   the PDF holds it as vectors;
 * - the speaker view's preview frames: only the shown slide, without animation or pointer events;
 * - a new palette (theme-switch.ts): every drawn chart again in its colours, at once.
 * Backing stores follow the on-screen size: device pixel ratio times reveal's scale (at least 2 in print).
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { ATTR, CHART_DATA_EVENT, READY, READY_VALUE, REVEAL_SELECTOR, SELECTOR, SLIDE_FILLED_EVENT, THEME_CHANGE_EVENT } from '../../core/contract.ts';
import { isArticle } from '../article.ts';
import { whenIdle } from '../idle.ts';
import { definePlugin, type Lifetime } from '../lifetime.ts';
import { scrollViewOf } from '../reveal-internals.ts';
import type { SlideEvent } from '../reveal-augment.d.ts';
import { chartPixelRatio, type DrawEnvironment } from './config.ts';

type Drawer = typeof import('./draw.ts');

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The charts plugin. A slide kind that changes a figure's data-chart fires CHART_DATA_EVENT on it. */
export function charts(): RevealPlugin {
  return definePlugin('charts', drawCharts);
}

/** Wires the charts into reveal's lifecycle. */
function drawCharts(deck: RevealApi, life: Lifetime): void {
  const { signal } = life;
  const printing = () => deck.isPrintView();
  const previewFrame = deck.isSpeakerNotes();
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const environment = (): DrawEnvironment => ({
    // The phone article does not scale its slides (article.ts): a chart there is its own size.
    pixelRatio: chartPixelRatio(window.devicePixelRatio, isArticle() ? 1 : deck.getScale(), printing()),
    animate: !printing() && !previewFrame && !reducedMotion.matches,
    interactive: !printing() && !previewFrame,
  });

  let drawer: Promise<Drawer> | undefined;
  const load = () => (drawer ??= import('./draw.ts'));
  const loaded = (use: (draw: Drawer) => void) => void drawer?.then(use);

  /** Draws the charts in `scope` that are not drawn yet, one per task, so no slide change waits on all of them. */
  const drawIn = async (scope: ParentNode | null | undefined): Promise<void> => {
    const figures = scope ? [...scope.querySelectorAll<HTMLElement>(SELECTOR.chart)] : [];
    if (figures.length === 0) return;
    const draw = await load();
    await document.fonts.ready;
    for (const figure of figures) {
      await nextTask();
      if (figure.isConnected && !draw.isDrawn(figure)) draw.drawFigure(figure, environment());
    }
  };

  // The print view draws every chart: Chart.js is fetched while reveal lays the pages out.
  if (printing()) void load();

  const idle = (run: () => void) => whenIdle(run, 3000, 1000);

  /**
   * Draws a shown slide's charts, then, while the speaker talks, the next slide's, so that advancing
   * to it waits on nothing. Not in the speaker view's previews, which stay light.
   */
  const showSlide = (slide: HTMLElement | null | undefined) => {
    if (printing()) return;
    void drawIn(slide).then(() => {
      if (previewFrame || deck.isScrollView() || !slide) return;
      const slides = deck.getSlides();
      const next = slides[slides.indexOf(slide) + 1];
      if (next?.querySelector(SELECTOR.chart)) idle(() => void drawIn(next));
    });
  };

  // Scroll view shows many slides at once: draw each chart as it nears the viewport.
  const nearViewport = new IntersectionObserver(
    (entries) => {
      if (!deck.isScrollView()) return;
      for (const entry of entries) if (entry.isIntersecting) void drawIn(entry.target.parentElement);
    },
    { rootMargin: '50% 0px' },
  );
  life.add(() => nearViewport.disconnect());
  // A page of the scroll view is not laid out until it nears the screen (content-visibility in
  // reader.css and article.css), so a chart whose figure came near first had no size to be drawn at:
  // it is drawn as its page is laid out.
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      if (deck.isScrollView() && !(event as Event & { skipped?: boolean }).skipped && event.target instanceof Element) void drawIn(event.target);
    },
    { capture: true, signal },
  );
  const observeFigures = () => {
    nearViewport.disconnect();
    if (!previewFrame) document.querySelectorAll(SELECTOR.chart).forEach((figure) => nearViewport.observe(figure));
  };

  deck.on(
    'ready',
    (event) => {
      observeFigures();
      showSlide((event as SlideEvent).currentSlide);
      // Fetch Chart.js while the speaker talks, so the first chart slide does not wait for it.
      if (!previewFrame && !printing()) idle(() => void load());
    },
    { signal },
  );
  deck.on('slidechanged', (event) => showSlide((event as SlideEvent).currentSlide), { signal });

  // A deferred slide's content came (deferred-slides.ts): its figures are watched in the scroll
  // view, and drawn at once when it is the slide shown, which waited for it on a slow connection.
  document.addEventListener(
    SLIDE_FILLED_EVENT,
    (event) => {
      const slide = event.target as HTMLElement;
      if (printing()) return;
      if (!deck.isScrollView()) {
        if (slide === deck.getCurrentSlide()) showSlide(slide);
      } else if (!previewFrame) slide.querySelectorAll(SELECTOR.chart).forEach((figure) => nearViewport.observe(figure));
    },
    { signal },
  );

  // Scroll view leaving puts back a copy of the slides: the old charts are gone with their canvases.
  // The copy carries the old figures' data-chart-state, so that is cleared where no chart exists.
  // reveal points at the new current slide only after `sync`, so the present one is looked up after it.
  const sync = () => {
    const figures = [...document.querySelectorAll<HTMLElement>(SELECTOR.chart)];
    const forgetStale = (isDrawn: (figure: HTMLElement) => boolean) => figures.filter((f) => !isDrawn(f)).forEach((f) => f.removeAttribute(ATTR.chartState));
    if (drawer) loaded((draw) => (draw.dropDetached(), forgetStale(draw.isDrawn)));
    else forgetStale(() => false);
    observeFigures();
    setTimeout(() => showSlide(document.querySelector<HTMLElement>(REVEAL_SELECTOR.presentSlide)));
  };
  deck.on('sync', sync, { signal });

  const matchPixelRatio = () => loaded((draw) => draw.setPixelRatio(environment().pixelRatio));
  deck.on('resize', matchPixelRatio, { signal });
  // Entering or leaving the phone article changes the scale its charts are shown at (1 there), after
  // reveal's resize has been heard.
  const view = scrollViewOf(deck, { entered: matchPixelRatio, left: matchPixelRatio });
  if (view) life.add(() => view.release());
  // Moving the window to another screen, or browser zoom, changes the device pixel ratio.
  const watchDevicePixelRatio = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
      'change',
      () => {
        matchPixelRatio();
        watchDevicePixelRatio();
      },
      { once: true, signal },
    );
  };
  watchDevicePixelRatio();

  // Print view lays every slide out as a page and copies pages for fragment steps, canvases blank.
  // Repainted as the page prints, the charts go into the PDF as vectors (sharp at any zoom, their
  // labels text) rather than as 2x pictures, which Chromium is slow to compress.
  const drawForPrint = async () => {
    await drawIn(document);
    if (drawer) {
      const draw = await drawer;
      addEventListener('beforeprint', () => draw.repaintAll(), { signal });
    }
    document.documentElement.setAttribute(READY.charts, READY_VALUE);
  };
  deck.on('pdf-ready', () => void drawForPrint(), { signal });

  // New data on a figure (the talk's cost model): shown on its chart once Chart.js is loaded; a chart
  // not drawn yet is drawn with it.
  document.addEventListener(
    CHART_DATA_EVENT,
    (event) => {
      if (event.target instanceof HTMLElement) {
        const figure = event.target;
        loaded((draw) => draw.redrawFigure(figure, environment()));
      }
    },
    { signal },
  );

  // The palette changed: charts paint their colours themselves, so each drawn one is drawn again.
  document.addEventListener(
    THEME_CHANGE_EVENT,
    () => loaded((draw) => document.querySelectorAll<HTMLElement>(SELECTOR.chart).forEach((figure) => draw.redrawFigure(figure, { ...environment(), animate: false }))),
    { signal },
  );
}
