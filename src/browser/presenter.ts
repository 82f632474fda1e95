/**
 * The presenter's side of the deck: pacing in the speaker view (key S), and a help overlay (key ?)
 * that lists every key a speaker or a clicker uses.
 */
import type { RevealApi } from 'reveal.js';

/**
 * Keys reveal handles but its help overlay does not list, or lists in its own words. The key labels
 * match reveal's own rows ("B  ,  ."), so a row given here replaces reveal's instead of repeating it.
 */
export const KEY_HELP: readonly (readonly [keys: string, action: string])[] = [
  ['PAGE DOWN  ,  PAGE UP', 'Next / previous slide (what a clicker sends)'],
  ['B  ,  .', 'Black screen; press again to come back'],
  ['?', 'This list of keys'],
];

/** Seconds planned for the whole talk: the sum of every slide's `data-timing`. */
export function plannedSeconds(slides: Iterable<HTMLElement>): number {
  let total = 0;
  for (const slide of slides) total += Number(slide.dataset.timing ?? 0) || 0;
  return total;
}

function describeKeys(deck: RevealApi): void {
  for (const [keys, action] of KEY_HELP) deck.registerKeyboardShortcut(keys, action);
}

export function installPresenter(deck: RevealApi): void {
  // The speaker view paces the talk only when totalTime (or defaultTiming) is set. Every slide has
  // its own data-timing, so their sum is the talk's length and each slide keeps its planned share.
  const totalTime = plannedSeconds(document.querySelectorAll<HTMLElement>('.reveal .slides section[data-timing]'));
  if (totalTime > 0) deck.configure({ totalTime });

  deck.on('ready', () => describeKeys(deck));
  // reveal's configure() writes its own descriptions back, so ours go in again just before the
  // overlay is built from them (reveal opens it on ? and on F1).
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === '?' || event.key === 'F1') describeKeys(deck);
    },
    { capture: true },
  );
}
