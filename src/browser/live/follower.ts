/**
 * A follower's deck (the Follow address, ?follow): it goes where the presenter goes, slide and
 * fragment, in the slides view or, on a phone, the scroll view scrolled to that slide. A follower
 * may browse away with its own keys, swipes or scrolling; from then on it is left where it is, and a
 * button brings it back to the speaker's slide.
 */
import type { RevealApi } from 'reveal.js';
import { CLASS } from '../../core/contract.ts';
import type { DeckPosition, RelayMessage } from '../../core/live-protocol.ts';
import type { Lifetime } from '../lifetime.ts';
import { liveStateOf, openLiveSocket } from './socket.ts';
import { liveStatus, setLiveStatus } from './status.ts';

/** A change of slide this soon after the reader's own input (a key, a tap, a wheel) is the reader's. */
const OWN_INPUT_MS = 1000;

export function follow(reveal: RevealApi, life: Lifetime): void {
  let speaker: DeckPosition | null = null;
  let away = false;
  let lastInput = -Infinity;

  const back = document.createElement('button');
  back.type = 'button';
  back.className = CLASS.followBack;
  back.textContent = 'Back to the speaker';
  back.hidden = true;
  document.body.append(back);
  life.add(() => back.remove());

  const here = (): DeckPosition => {
    const { h, v, f } = reveal.getIndices();
    return { h, v: v ?? 0, f: f ?? -1 };
  };
  const atSpeaker = () => {
    if (!speaker) return true;
    const now = here();
    // The scroll view has no fragment steps: the slide is the place there.
    return now.h === speaker.h && now.v === speaker.v && (reveal.isScrollView() || now.f === speaker.f);
  };
  const setAway = (on: boolean) => {
    away = on;
    back.hidden = !on;
  };
  const goToSpeaker = () => {
    if (speaker && !atSpeaker()) reveal.slide(speaker.h, speaker.v, speaker.f);
  };

  for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
    window.addEventListener(type, () => (lastInput = performance.now()), { capture: true, passive: true, signal: life.signal });
  }
  const onMove = () => {
    if (performance.now() - lastInput > OWN_INPUT_MS) return;
    setAway(!atSpeaker());
  };
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, onMove, { signal: life.signal });
  back.addEventListener('click', () => {
    setAway(false);
    goToSpeaker();
  }, { signal: life.signal });

  const onMessage = (message: RelayMessage) => {
    if (message.type !== 'state' && message.type !== 'welcome') return;
    const next = message.type === 'state' ? message : message.state;
    if (!next) return;
    speaker = { h: next.h, v: next.v, f: next.f };
    if (!away) goToSpeaker();
  };
  const socket = openLiveSocket({
    hello: { type: 'hello', role: 'follower' },
    onMessage,
    onState: (state) => setLiveStatus({ ...liveStatus(), state: liveStateOf(state), role: 'follower' }),
  });
  life.add(() => socket.close());
}
