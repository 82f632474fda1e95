/**
 * A long talk's phone article opens on its first pages; the others join it once the first slide is
 * painted. reveal's start sets up every slide it finds (a background each, classes, the slide
 * numbers) and its scroll view then builds a page around each one, styled again and again as the
 * deck opens: at 200 slides on a phone slowed four times, about 200 ms before the first slide showed,
 * for slides that were only headlines far down the article. So the deferred slides after the first
 * screen (page.ts: their headlines, their content still to come) wait in a hidden box beside reveal's
 * slides, where reveal does not look, and join the article as pages of their own, in order:
 * - a few per task from the task after the article's first frame (all of them in one took 100 ms at
 *   200 slides, at full speed), reveal laying the view out once the last is in;
 * - all at once when something needs every slide (EVERY_SLIDE_EVENT: the rest of the content
 *   arriving, the search box), or the article is left (reveal then puts them back with the others);
 * - as slides, when the article did not open after all (the phone turned as the deck started).
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { ATTR, EVERY_SLIDE_EVENT, SELECTOR } from '../core/contract.ts';
import { slideInAddress } from './deferred-slides.ts';
import { afterPaint } from './idle.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { scrollViewOf } from './reveal-internals.ts';
import { opensOnPhone } from './view-choice.ts';

/** Slides after the one the address opens that open with it: the article's first screen and more. */
const OPEN_AFTER = 3;
/** Pages that join the article in one task. */
const PAGES_PER_TASK = 24;

export function latePages(): RevealPlugin {
  return definePlugin('late-pages', holdBackFarSlides);
}

function holdBackFarSlides(reveal: RevealApi, life: Lifetime): void {
  const container = reveal.getSlidesElement();
  if (!container || !opensOnPhone(reveal)) return;
  const slides = [...container.querySelectorAll<HTMLElement>(':scope > section')];
  const opened = slideInAddress(slides);
  const from = Math.max(slides.findIndex((slide) => slide.matches(SELECTOR.deferredSlide)), slides.indexOf(opened ?? slides[0]!) + OPEN_AFTER + 1);
  const late = from > 0 ? slides.slice(from) : [];
  // Only headlines wait: a slide with its content (the single file, one near the address) opens with the rest.
  if (late.length === 0 || !late.every((slide) => slide.hasAttribute(ATTR.deferred))) return;
  // Without a scroll view of the expected shape (another reveal.js), nothing could put them back.
  const view = scrollViewOf(reveal, {
    // After the first frame: the first slide is painted, and nothing else is waited for.
    entered: () => afterPaint(inTurns),
    leaving: () => putBack(),
  });
  if (!view) return;
  life.add(() => view.release());

  const box = document.createElement('div');
  box.hidden = true;
  box.append(...late);
  container.after(box);

  // The slides still waiting in the box, in order.
  let waiting = late;
  const putBack = (count = waiting.length) => {
    if (waiting.length === 0) return;
    const next = waiting.slice(0, count);
    waiting = waiting.slice(count);
    if (waiting.length === 0) box.remove();
    if (!view.active) {
      container.append(...next);
      if (waiting.length === 0) reveal.sync();
      return;
    }
    view.addPages(next);
    if (waiting.length === 0) reveal.layout();
  };
  const inTurns = () => {
    putBack(PAGES_PER_TASK);
    if (waiting.length > 0) setTimeout(inTurns);
  };
  document.addEventListener(EVERY_SLIDE_EVENT, () => putBack(), { signal: life.signal });
  reveal.on('ready', () => !reveal.isScrollView() && putBack(), { signal: life.signal });
  // A deck taken down while they wait leaves them where reveal's slides are.
  life.add(() => {
    box.remove();
    container.append(...waiting);
  });
}
