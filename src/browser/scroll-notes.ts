/**
 * The scroll view read as a document: every slide open to assistive technology, every fragment shown
 * (a reader has no speaker to step through them) and each slide's notes beneath it, with a Sources
 * slide's list repeated at reading size.
 *
 * reveal builds the pages, then lays out the slides' contents, then the pages. The fragments are shown
 * and the notes down to the slide being read go in between, so the document is laid out and measured
 * once. The notes further down follow one page per idle moment: they move nothing above them, and on a
 * phone, where the deck opens in this view, laying out forty slides' notes at once added about 200 ms
 * of blocking time (Lighthouse's mobile profile). Leaving the view, reveal puts back its copy of the
 * slides, as they were.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { CLASS, REVEAL_SELECTOR, SELECTOR, SLIDE_FILLED_EVENT } from '../core/contract.ts';
import { whenIdle } from './idle.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { scrollViewOf, type ScrollPage } from './reveal-internals.ts';

/**
 * How many pages' notes go in per idle moment, and how long they wait for one at most (ms). One
 * page's notes, laid out and measured, take a few milliseconds; four at a time made a task long
 * enough on a slow phone to delay a tap.
 */
const NOTES_PER_IDLE_STEP = 1;
const NOTES_IDLE_TIMEOUT_MS = 500;

export function scrollNotes(): RevealPlugin {
  return definePlugin('scroll-notes', addNotesToPages);
}

function addNotesToPages(reveal: RevealApi, life: Lifetime): void {
  // The slide being read as the view is entered, and whether its pages still wait for their notes.
  let reading: HTMLElement | null = null;
  let waiting = false;
  let notesLater: ScrollPage[] = [];
  // Each entry into the view starts a new run of idle steps; a step of an older run stops.
  let run = 0;

  const addNotesLater = () => {
    const thisRun = ++run;
    const next = () => notesLater.length > 0 && whenIdle(step, NOTES_IDLE_TIMEOUT_MS, 0);
    const step = () => {
      if (thisRun !== run || !view?.active) return;
      notesLater.splice(0, NOTES_PER_IDLE_STEP).forEach(addNotes);
      // Measure the pages again; the reader stays where they are (scroll-pages.ts keeps them).
      view.measure();
      next();
    };
    next();
  };

  const view = scrollViewOf(reveal, {
    entering: () => {
      reading = reveal.getCurrentSlide() ?? null;
      waiting = true;
    },
    pagesBuilt: () => {
      waiting = false;
      notesLater = readAsDocument(reveal.getSlidesElement(), reading);
    },
    built: () => {
      if (!waiting) return;
      // This reveal.js did not lay out the slides' contents on the way: add everything now.
      waiting = false;
      readAsDocument(reveal.getSlidesElement(), 'all');
      reveal.layout();
    },
    entered: addNotesLater,
    leaving: () => {
      run++;
      notesLater = [];
    },
  });
  if (view) life.add(() => view.release());
  life.add(() => run++);

  // A deferred slide's content came (deferred-slides.ts) while the view is open: read as the rest,
  // its notes beneath it at once (its page, off screen, is not laid out until it comes near), and
  // the pages measured again once for all that came in one go, in a task of its own: measuring lays
  // the document out.
  let measureDue = false;
  document.addEventListener(
    SLIDE_FILLED_EVENT,
    (event) => {
      const slide = event.target as HTMLElement;
      const page = slide.closest<HTMLElement>(REVEAL_SELECTOR.scrollPage);
      if (!view?.active || view.building || !page) return;
      openToReaders({ page, slide });
      addNotes({ page, slide });
      if (measureDue) return;
      measureDue = true;
      setTimeout(() => {
        measureDue = false;
        if (view.active) view.measure();
      });
    },
    { signal: life.signal },
  );
}

/**
 * Every fragment shown and each slide's notes beneath it, on the pages down to the one after
 * `reading` (the first when reveal has no current slide yet, as on a first load; every page when
 * `reading` is 'all'). Returns the pages whose notes are still to add.
 */
function readAsDocument(slides: HTMLElement | null, reading: HTMLElement | null | 'all'): ScrollPage[] {
  if (!slides) return [];
  const pages: ScrollPage[] = [];
  for (const page of slides.querySelectorAll<HTMLElement>(REVEAL_SELECTOR.scrollPage)) {
    const slide = page.querySelector<HTMLElement>('section');
    if (!slide) continue;
    openToReaders({ page, slide });
    pages.push({ page, slide });
  }
  const now = reading === 'all' ? pages.length : Math.max(0, pages.findIndex(({ slide }) => slide === reading)) + 2;
  pages.slice(0, now).forEach(addNotes);
  return pages.slice(now);
}

/** A slide in the document: every fragment shown, and open to assistive technology. */
function openToReaders({ slide }: ScrollPage): void {
  slide.querySelectorAll('.fragment').forEach((fragment) => fragment.classList.remove('fragment', 'visible', 'current-fragment'));
  // reveal's slides view hides every slide but the current one from assistive technology; entered
  // from it (a phone opening, or turning), reveal.js 6.0.2's scroll view leaves that on them all.
  slide.removeAttribute('hidden');
  slide.removeAttribute('aria-hidden');
}

function addNotes({ page, slide }: ScrollPage): void {
  const notes = slide.querySelector<HTMLElement>(`:scope > ${SELECTOR.notes}`);
  if (notes?.textContent?.trim() && !page.querySelector(`:scope > ${SELECTOR.readerNotes}`)) page.append(readerNotes(notes, slide));
}

function readerNotes(notes: HTMLElement, slide: HTMLElement): HTMLElement {
  const block = document.createElement('div');
  block.className = CLASS.readerNotes;
  block.setAttribute('role', 'note');
  const label = document.createElement('p');
  label.className = CLASS.readerNotesLabel;
  label.id = `${slide.id}-reader-notes`;
  label.textContent = 'Notes';
  block.setAttribute('aria-labelledby', label.id);
  block.append(label, ...[...notes.children].map((child) => child.cloneNode(true)));
  // A Sources slide's list is set small to fit; scaled down to a phone it cannot be read or tapped.
  // The notes repeat it at reading size (reader.css shows the copy only on narrow screens).
  const sources = slide.querySelector<HTMLOListElement>(SELECTOR.sourcesList);
  if (sources) {
    const copy = sources.cloneNode(true) as HTMLOListElement;
    copy.className = CLASS.readerSources;
    copy.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
    block.append(copy);
  }
  return block;
}
