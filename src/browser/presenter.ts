/**
 * The presenter's side of the deck: the speaker view (key S), loaded only when it is wanted; pacing
 * in it; and a help overlay (key ?) that lists every key a speaker or a clicker uses.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import { ATTR, QUERY, SELECTOR } from '../core/contract.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { isSpeakerViewMessage, speakerViewSetState, type DeckPosition } from './reveal-internals.ts';
import { isOwnWindow } from './window-guard.ts';

const KEY_S = 83;

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
  for (const slide of slides) total += Number(slide.getAttribute(ATTR.timing) ?? 0) || 0;
  return total;
}

function describeKeys(deck: RevealApi): void {
  for (const [keys, action] of KEY_HELP) deck.registerKeyboardShortcut(keys, action);
}

/**
 * reveal's notes plugin is the speaker view, and with its markdown parser it is a quarter of the
 * deck's script. A reader never opens it, so it loads on first use: the S key, `?notes` in the URL,
 * or a speaker view left open while this window reloads (it calls every second to reconnect, and the
 * plugin answers once loaded). In the speaker view's own preview frames it is never needed.
 */
function installSpeakerView(deck: RevealApi, life: Lifetime): void {
  if (deck.isSpeakerNotes()) return;
  let loading: Promise<NotesPlugin> | undefined;
  const load = () =>
    (loading ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes();
      // After initialize(), registering runs the plugin's init at once: it takes over the S key and
      // opens the view itself when the URL asks for it.
      deck.registerPlugin(plugin);
      return plugin;
    }));
  const failed = (error: unknown) => console.error('The speaker view could not be loaded:', error);

  deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: 'Speaker notes view' }, () => {
    load().then((plugin) => plugin.open(), failed);
  });
  life.add(() => deck.removeKeyBinding(KEY_S));
  if (new RegExp(`[?&]${QUERY.notes}\\b`, 'i').test(location.search)) deck.on('ready', () => void load().catch(failed), { signal: life.signal });
  const onMessage = (event: MessageEvent) => {
    // Only a speaker view this window opened (one left open across a reload) counts.
    if (!isOwnWindow(event.source) || !isSpeakerViewMessage(event.data)) return;
    window.removeEventListener('message', onMessage);
    load().catch(failed);
  };
  window.addEventListener('message', onMessage, { signal: life.signal });
}

/** How long after the deck leaves a slide a speaker view's report of that slide is taken for an echo. */
const ECHO_WINDOW_MS = 1500;

const positionKey = (p: DeckPosition) => `${p.indexh}.${p.indexv ?? 0}.${p.indexf ?? -1}`;

/**
 * reveal's speaker view sends the deck the state of its own preview whenever the preview reports a
 * change (the notes plugin, debounced by 500 ms). When the deck moves on faster than a slow preview
 * follows, the preview's late report names a slide the deck has just left, and the speaker view
 * sends the deck back to it: a clicker's next slide bounces back. A setState from the speaker view
 * naming a position the deck left, by its own input, in the last 1.5 s is such an echo and is
 * dropped; what the speaker does in the speaker view itself still drives the deck.
 */
function ignoreStaleEchoes(deck: RevealApi, { signal }: Lifetime): void {
  const position = (): string => {
    const { h, v, f } = deck.getIndices();
    return positionKey({ indexh: h, indexv: v ?? 0, indexf: f ?? -1 });
  };
  let current = '';
  let followingSpeaker = false;
  const left = new Map<string, number>();
  const moved = () => {
    const now = position();
    if (now === current) return;
    // A move the speaker view asked for is no position the deck left of its own accord.
    if (!followingSpeaker && current) left.set(current, performance.now());
    followingSpeaker = false;
    current = now;
  };
  deck.on('ready', () => (current = position()), { signal });
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(type, moved, { signal });
  window.addEventListener(
    'message',
    (event) => {
      const target = isOwnWindow(event.source) ? speakerViewSetState(event.data) : undefined;
      if (!target) return;
      const key = positionKey(target);
      const leftAt = left.get(key);
      if (key !== current && leftAt !== undefined && performance.now() - leftAt < ECHO_WINDOW_MS) {
        event.stopImmediatePropagation();
        return;
      }
      followingSpeaker = key !== current;
    },
    { capture: true, signal },
  );
}

export function presenter(): RevealPlugin {
  return definePlugin('presenter', (deck, life) => {
    installSpeakerView(deck, life);
    if (!deck.isSpeakerNotes()) ignoreStaleEchoes(deck, life);

    // The speaker view paces the talk only when totalTime (or defaultTiming) is set. Every slide has
    // its own data-timing, so their sum is the talk's length and each slide keeps its planned share.
    // reveal applies configuration once it starts, after every plugin's init.
    const totalTime = plannedSeconds(document.querySelectorAll<HTMLElement>(`${SELECTOR.slide}[${ATTR.timing}]`));
    if (totalTime > 0) deck.configure({ totalTime });

    deck.on('ready', () => describeKeys(deck), { signal: life.signal });
    // reveal's configure() writes its own descriptions back, so ours go in again just before the
    // overlay is built from them (reveal opens it on ? and on F1).
    const describeBeforeHelp = (event: KeyboardEvent) => {
      if (event.key === '?' || event.key === 'F1') describeKeys(deck);
    };
    document.addEventListener('keydown', describeBeforeHelp, { capture: true, signal: life.signal });
  });
}
