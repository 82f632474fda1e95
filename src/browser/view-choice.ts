/**
 * Which view the deck shows: slides, or the scroll view for reading.
 * - by itself, the scroll view on phone-sized screens, following the screen as it turns or resizes;
 * - on demand: `?view=scroll` or `?view=slides` in the URL, the toolbar's toggle, or the R key;
 * - a choice goes into the URL, so a reload or a shared link opens the same view, and from then on
 *   the view no longer follows the screen;
 * - never the scroll view in print view or in the speaker view's preview frames.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { CLASS, QUERY, VIEW } from '../core/contract.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { scrollViewOf } from './reveal-internals.ts';

/** Phones, upright or on their side: slides this small are easier read as a page. */
const PHONE_SIZED = '(max-width: 500px), (max-height: 500px) and (max-width: 1000px)';
const KEY_R = 82;

export interface ViewChoicePlugin extends RevealPlugin {
  /** The reader's choice (the toolbar's toggle): the scroll view on or off, remembered in the URL. */
  choose(scrollView: boolean): void;
}

/**
 * `afterStart` runs a step in a task of its own once reveal has started (start-up.ts): a phone's
 * scroll view is built there, not in reveal's start, which would make one long task of both.
 */
export function viewChoice(afterStart: (step: () => void) => void): ViewChoicePlugin {
  let setScrollView: (on: boolean, chosen: boolean) => void = () => undefined;
  const plugin = definePlugin('view-choice', (reveal, life) => (setScrollView = followReader(reveal, life, afterStart)));
  return { ...plugin, choose: (on) => setScrollView(on, true) };
}

/** Whether the deck opens in the scroll view because the screen is a phone's (no view asked for). */
export function opensOnPhone(reveal: RevealApi): boolean {
  return followsScreen(reveal) && matchMedia(PHONE_SIZED).matches;
}

/** Until the reader picks a view (in the URL or with the toggle), the view follows the screen. */
function followsScreen(reveal: RevealApi): boolean {
  return new URLSearchParams(location.search).get(QUERY.view) === null && !reveal.isPrintView() && !reveal.isSpeakerNotes();
}

/** Sets up the choice of view; returns the function that switches it (`chosen`: by the reader). */
function followReader(reveal: RevealApi, life: Lifetime, afterStart: (step: () => void) => void): (on: boolean, chosen: boolean) => void {
  const printing = reveal.isPrintView();
  const previewFrame = reveal.isSpeakerNotes();
  const phone = matchMedia(PHONE_SIZED);
  let followScreen = followsScreen(reveal);

  // A phone opens in the scroll view, built in a task after reveal's start. Until reveal has put the
  // slides in their pages the deck is hidden and its slides and their backgrounds are not laid out
  // (reader.css): reveal's start would lay out the first slide at the slides view's size for nothing,
  // and the slides would be styled once before they move into their pages and once after. (Asked for
  // in the URL, the scroll view is built in reveal's start, from its `view` option.)
  if (followScreen && phone.matches) {
    const viewport = reveal.getViewportElement();
    const show = () => viewport?.classList.remove(CLASS.starting);
    viewport?.classList.add(CLASS.starting);
    const pagesWatch = scrollViewOf(reveal, { pagesBuilt: show, entered: show });
    afterStart(() => {
      if (followScreen && phone.matches) setScrollView(true, false);
      // Shown by now, unless the screen turned meanwhile.
      show();
      pagesWatch?.release();
    });
  }

  const setScrollView = (on: boolean, chosen: boolean) => {
    if (on === reveal.isScrollView()) return;
    if (chosen) {
      followScreen = false;
      rememberView(on, phone.matches);
    }
    reveal.toggleScrollView(on);
  };

  if (!previewFrame && !printing) {
    reveal.addKeyBinding({ keyCode: KEY_R, key: 'R', description: 'Scroll view on or off' }, () => setScrollView(!reveal.isScrollView(), true));
    life.add(() => reveal.removeKeyBinding(KEY_R));
  }

  phone.addEventListener('change', () => followScreen && setScrollView(phone.matches, false), { signal: life.signal });

  // The speaker view's previews load this page's URL; they always show slides.
  if (previewFrame) reveal.on('ready', () => reveal.isScrollView() && reveal.toggleScrollView(false), { signal: life.signal });
  return setScrollView;
}

/** A chosen view goes into the URL, so a reload or a shared link opens the same one. */
function rememberView(scroll: boolean, phoneSized: boolean): void {
  const url = new URL(location.href);
  if (scroll) url.searchParams.set(QUERY.view, VIEW.scroll);
  else if (phoneSized) url.searchParams.set(QUERY.view, VIEW.slides);
  else url.searchParams.delete(QUERY.view);
  history.replaceState(history.state, '', url);
}
