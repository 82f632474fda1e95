/**
 * One window's socket to the live relay, kept up on its own: it says hello with its role, and when
 * the socket drops (the relay restarted, the Wi-Fi went, the phone slept) it reconnects with growing
 * pauses and says hello again; the relay's welcome then carries where the talk is now. When the page
 * comes back to the screen or the network returns, it checks the socket at once instead of waiting.
 * The deck and the phone remote both use it.
 */
import { LIVE } from '../../core/contract.ts';
import { CLOSE, parseRelayMessage, type ClientMessage, type RelayMessage } from '../../core/live-protocol.ts';
import type { LiveState } from './status.ts';

export type SocketState =
  /** Opening, or opening again after a drop. */
  | 'connecting'
  /** The relay has welcomed this window. */
  | 'live'
  /** Dropped; the next try is under way or waiting. */
  | 'lost'
  /** The relay refused this window's key: trying again cannot help. */
  | 'refused'
  /** No relay here (a static host): the first tries all failed, and no more are made. */
  | 'absent';

/** The page's live status (status.ts) for a socket's state: a refused key is a lost link, no relay is none. */
export function liveStateOf(state: SocketState): LiveState {
  return state === 'refused' ? 'lost' : state === 'absent' ? 'off' : state;
}

export interface LiveSocketOptions {
  readonly hello: Extract<ClientMessage, { type: 'hello' }>;
  onMessage(message: RelayMessage): void;
  /** `reason`: the relay's words, when it refused the key. */
  onState(state: SocketState, reason?: string): void;
}

export interface LiveSocket {
  /** Sends when connected; a message while the socket is down is dropped (the welcome resyncs). */
  send(message: ClientMessage): void;
  close(): void;
}

/** Pauses between tries: 0.5 s doubling up to 5 s, each shortened by up to half at random so a room of phones does not retry in step. */
const FIRST_PAUSE_MS = 500;
const LONGEST_PAUSE_MS = 5000;
/** A relay that never answered after this many tries is taken for none at all. */
const TRIES_BEFORE_ABSENT = 3;
/** An open socket that does not answer a sync within this time is taken for dead (a laptop lid, a lost Wi-Fi). */
const SYNC_DEADLINE_MS = 3000;
/** While open, how often the socket is checked with a sync. */
const CHECK_EVERY_MS = 15_000;

/** The relay's address beside this page: ws://host/<base>live. */
export function relayUrl(page: string = location.href): string {
  const url = new URL(LIVE.socketPath, page);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.href;
}

/** Whether a relay can be there at all: a page from disk (file://) has no server behind it. */
export function relayPossible(): boolean {
  return location.protocol === 'http:' || location.protocol === 'https:';
}

export function openLiveSocket(options: LiveSocketOptions): LiveSocket {
  let socket: WebSocket | undefined;
  /** Tries since the last welcome. */
  let tries = 0;
  let everWelcomed = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const setState = (state: SocketState, reason?: string) => options.onState(state, reason);

  const schedule = () => {
    if (stopped) return;
    if (!everWelcomed && tries >= TRIES_BEFORE_ABSENT) {
      stopped = true;
      return setState('absent');
    }
    const pause = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.max(0, tries - 1)) * (0.5 + Math.random() / 2);
    retry = setTimeout(connect, pause);
  };

  const connect = () => {
    clearTimeout(retry);
    retry = undefined;
    if (stopped) return;
    setState(everWelcomed ? 'lost' : 'connecting');
    tries++;
    const current = new WebSocket(relayUrl());
    socket = current;
    current.onopen = () => current.send(JSON.stringify(options.hello));
    current.onmessage = (event: MessageEvent) => {
      clearTimeout(deadline);
      const message = typeof event.data === 'string' ? parseRelayMessage(event.data) : undefined;
      if (!message) return;
      if (message.type === 'welcome') {
        tries = 0;
        everWelcomed = true;
        setState('live');
      }
      options.onMessage(message);
    };
    current.onclose = (event: CloseEvent) => {
      if (socket !== current) return;
      socket = undefined;
      clearTimeout(deadline);
      if (event.code === CLOSE.badKey) {
        stopped = true;
        return setState('refused', event.reason);
      }
      if (everWelcomed) setState('lost');
      schedule();
    };
  };

  /** Is the socket still there? Asks the relay; no answer in time means it is not, and a new one opens. */
  const check = () => {
    if (stopped) return;
    if (!socket) return connect();
    if (socket.readyState !== WebSocket.OPEN) return;
    const asked = socket;
    asked.send(JSON.stringify({ type: 'sync' } satisfies ClientMessage));
    clearTimeout(deadline);
    deadline = setTimeout(() => {
      if (socket !== asked) return;
      socket = undefined;
      asked.onclose = null;
      asked.close();
      setState('lost');
      connect();
    }, SYNC_DEADLINE_MS);
  };

  const onVisible = () => document.visibilityState === 'visible' && check();
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('online', check);
  window.addEventListener('pageshow', check);
  const checking = setInterval(() => document.visibilityState === 'visible' && check(), CHECK_EVERY_MS);
  connect();

  return {
    send: (message) => {
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    close: () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(deadline);
      clearInterval(checking);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', check);
      window.removeEventListener('pageshow', check);
      socket?.close();
    },
  };
}
