/**
 * The presenter's side of the deck: the speaker view (key S, a window of its own: src/browser/speaker/),
 * kept up to date with where the deck is and driven by it; pacing's plan; and a help overlay (key ?)
 * that lists every key a speaker or a clicker uses.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { ATTR, QUERY } from '../core/contract.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { liveStatus, onLiveStatus } from './live/status.ts';
import { storedLiveKey } from './live/key.ts';
import { deckState, isSpeakerMessage, messageOrigin, SPEAKER_WINDOW, speakerViewUrl, type SpeakerCommand } from './speaker/channel.ts';
import { currentTheme } from './theme-switch.ts';
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

function describeKeys(deck: RevealApi): void {
  for (const [keys, action] of KEY_HELP) deck.registerKeyboardShortcut(keys, action);
}

/**
 * The speaker view is this same page opened with `?view=speaker`, so it works from the single file
 * (file://) as from a server. It says hello every second; this window answers with where it is and
 * from then on tells it every change. A speaker view left open while this window reloads says hello
 * to the new page, which answers: nothing needs reopening.
 */
function connectSpeakerView(deck: RevealApi, life: Lifetime): void {
  const { signal } = life;
  let speaker: Window | undefined;
  /** The speaker view this page knew said bye: it may still be closing. */
  let closing = false;
  const send = () => {
    if (!speaker || speaker.closed) return;
    const { indexh, indexv, indexf, paused } = deck.getState();
    const live = liveStatus();
    const presenterToken = live.role === 'presenter' ? storedLiveKey() : undefined;
    speaker.postMessage(deckState({ position: { indexh, indexv: indexv ?? 0, indexf: indexf ?? -1, paused: !!paused }, theme: currentTheme(), live, presenterToken }), messageOrigin());
  };
  const run: Record<SpeakerCommand, () => void> = {
    next: () => deck.next(),
    prev: () => deck.prev(),
    togglePause: () => deck.togglePause(),
  };
  window.addEventListener(
    'message',
    (event) => {
      if (!isSpeakerMessage(event.data) || !isOwnWindow(event.source)) return;
      const source = event.source as Window;
      // Only a window this one opened: the deck's own frames and opener never drive it this way.
      if (source.opener !== window) return;
      if (event.data.type === 'bye') {
        if (speaker === source) [speaker, closing] = [undefined, true];
        return;
      }
      speaker = source;
      if (event.data.type === 'command') run[event.data.command]();
      send();
    },
    { signal },
  );
  for (const type of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed']) deck.on(type, send, { signal });
  // The theme can change while presenting (the toolbar, the system): the speaker view follows.
  const themeWatch = new MutationObserver(send);
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: [ATTR.theme] });
  life.add(() => themeWatch.disconnect());
  life.add(onLiveStatus(send));

  // An open speaker view is brought forward, not opened again (which would restart its clock); the
  // window's name finds one this page has not heard from yet (just after a reload).
  // A speaker view that said bye can keep its name for a moment as it closes, and an open by that
  // name would find it instead of a new window: the next one opens unnamed and names itself.
  const open = () => {
    if (speaker && !speaker.closed) return speaker.focus();
    speaker = window.open(speakerViewUrl(), closing ? '_blank' : SPEAKER_WINDOW, 'popup,width=1280,height=800') ?? undefined;
    closing = false;
  };
  deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: 'Speaker view: notes, next step, timer, rehearsal' }, open);
  life.add(() => deck.removeKeyBinding(KEY_S));
  if (new RegExp(`[?&]${QUERY.notes}\\b`, 'i').test(location.search)) deck.on('ready', open, { signal });
}

export function presenter(): RevealPlugin {
  return definePlugin('presenter', (deck, life) => {
    // In the speaker view's previews the deck is only shown.
    if (!deck.isSpeakerNotes()) connectSpeakerView(deck, life);

    deck.on('ready', () => describeKeys(deck), { signal: life.signal });
    // reveal's configure() writes its own descriptions back, so ours go in again just before the
    // overlay is built from them (reveal opens it on ? and on F1).
    const describeBeforeHelp = (event: KeyboardEvent) => {
      if (event.key === '?' || event.key === 'F1') describeKeys(deck);
    };
    document.addEventListener('keydown', describeBeforeHelp, { capture: true, signal: life.signal });
  });
}
