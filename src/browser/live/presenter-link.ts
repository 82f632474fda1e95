/**
 * The presenter's deck on the live relay: tells the relay where it is on every step (slide and
 * fragment) and does what the remote asks (next, previous, go to a slide). What the relay says of
 * the room (followers, the addresses to show as QR codes) goes into the page's live status.
 */
import type { RevealApi } from 'reveal.js';
import { RELAY_RATE, type RelayMessage } from '../../core/live-protocol.ts';
import { rateLimit } from '../../core/rate-limit.ts';
import type { Lifetime } from '../lifetime.ts';
import { liveStateOf, openLiveSocket } from './socket.ts';
import { liveStatus, setLiveStatus, type LiveStatus } from './status.ts';

/**
 * Half what the relay takes from a socket (RELAY_RATE), leaving room for the socket's other messages:
 * a speaker's presses go at once, and only a held arrow key runs into it.
 */
const SEND_RATE = { burst: RELAY_RATE.burst / 2, perSecond: RELAY_RATE.perSecond / 2 };

export function linkPresenter(reveal: RevealApi, life: Lifetime, key: string): void {
  const position = () => {
    const { h, v, f } = reveal.getIndices();
    return { type: 'state' as const, h, v: v ?? 0, f: f ?? -1 };
  };
  const update = (change: Partial<LiveStatus>) => setLiveStatus({ ...liveStatus(), role: 'presenter', ...change });
  const onMessage = (message: RelayMessage) => {
    switch (message.type) {
      case 'welcome':
        update({ followers: message.followers, ...(message.addresses && { remoteUrl: message.addresses.remote, followUrl: message.addresses.follow, remoteQr: message.addresses.remoteQr, followQr: message.addresses.followQr }) });
        // After a drop the relay may have restarted with no position: this deck's is the truth.
        return socket.send(position());
      case 'peers':
        return update({ followers: message.followers });
      case 'command':
        if (message.action === 'next') return reveal.next();
        if (message.action === 'prev') return reveal.prev();
        return reveal.slide(message.h ?? 0, message.v ?? 0);
      case 'state':
      case 'refused':
        return;
    }
  };
  const socket = openLiveSocket({
    hello: { type: 'hello', role: 'presenter', key },
    onMessage,
    onState: (state, reason) => update({ state: liveStateOf(state), ...(reason !== undefined && { problem: reason }) }),
  });
  // Every step is sent at once while within SEND_RATE; past it, the last position waits for the next
  // turn, so the relay never drops the final step and leaves the room a slide behind.
  const allowed = rateLimit(SEND_RATE, () => performance.now());
  let pending: ReturnType<typeof setTimeout> | undefined;
  const tell = () => {
    clearTimeout(pending);
    if (allowed()) socket.send(position());
    else pending = setTimeout(tell, 1000 / SEND_RATE.perSecond);
  };
  life.add(() => clearTimeout(pending));
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'ready']) reveal.on(event, tell, { signal: life.signal });
  life.add(() => socket.close());
}
