/**
 * The live relay's protocol (`npm run present`): JSON text messages over one WebSocket per window.
 * Pure data and checks, so the relay (Node) and the pages (deck, phone remote) share one definition.
 *
 * - Every socket first says `hello` with the role it asks for; the presenter and the remote prove
 *   theirs with the key of this run, a follower needs none.
 * - The presenter tells the relay where it is (`state`: slide h, v and fragment f) on every change;
 *   the relay keeps the last one and passes it to everyone, and to each window that joins later.
 * - The presenter and the remote send `command`s (next, prev, goto), which the relay hands to the
 *   presenter's deck: only the deck knows its fragments, so it alone decides where "next" goes.
 * - A follower sends nothing but `hello` and `sync`; anything else is refused.
 */

export type LiveRole = 'presenter' | 'remote' | 'follower';

/** What the relay takes from one socket (a token bucket, src/core/rate-limit.ts); more is dropped. */
export const RELAY_RATE = { burst: 40, perSecond: 20 } as const;

/** Where the presenter's deck is: reveal's indices (f is -1 before the slide's first fragment). */
export interface DeckPosition {
  readonly h: number;
  readonly v: number;
  readonly f: number;
}

export type LiveAction = 'next' | 'prev' | 'goto';

export type ClientMessage =
  | { readonly type: 'hello'; readonly role: LiveRole; readonly key?: string }
  | ({ readonly type: 'state' } & DeckPosition)
  | { readonly type: 'command'; readonly action: 'next' | 'prev' }
  | { readonly type: 'command'; readonly action: 'goto'; readonly h: number; readonly v: number }
  /** "Tell me where we are": a window that woke up asks before it trusts its socket. */
  | { readonly type: 'sync' };

/** The addresses `npm run present` printed, which the presenter's deck shows as QR codes. */
export interface LiveAddresses {
  readonly remote: string;
  readonly follow: string;
}

/** The addresses with their QR codes, as SVG markup, which the relay draws once per run. */
export interface LiveLinks extends LiveAddresses {
  readonly remoteQr: string;
  readonly followQr: string;
}

export type RelayMessage =
  | {
      readonly type: 'welcome';
      readonly role: LiveRole;
      readonly state: DeckPosition | null;
      readonly presenter: boolean;
      readonly followers: number;
      /** To the presenter only: the remote's address carries its key. */
      readonly addresses?: LiveLinks;
    }
  | ({ readonly type: 'state' } & DeckPosition)
  | { readonly type: 'command'; readonly action: LiveAction; readonly h?: number; readonly v?: number }
  | { readonly type: 'peers'; readonly presenter: boolean; readonly followers: number }
  /** A message the relay did not act on; the socket stays open. */
  | { readonly type: 'refused'; readonly reason: string };

/** Close codes (4000-4999 are the application's): why the relay ended a socket. */
export const CLOSE = {
  /** The key is wrong or from an earlier run: reconnecting cannot help. */
  badKey: 4001,
  /** The first message was not a valid hello, or none came in time. */
  noHello: 4002,
  /** The relay holds as many sockets as it takes. */
  full: 4003,
} as const;

/** What a window is told when its key is refused, in words the phone shows. */
export const BAD_KEY_REASON: Readonly<Record<Exclude<LiveRole, 'follower'>, string>> = {
  remote: "This remote's link is from an earlier run: scan the new code.",
  presenter: "This presenter link is from an earlier run: open the Presenter address npm run present printed.",
};

/** The largest message the relay reads; a position or a command is a few dozen bytes. */
export const MAX_MESSAGE_BYTES = 512;

/** A key as the relay makes them: base64url, 22 to 64 characters. */
const KEY = /^[A-Za-z0-9_-]{22,64}$/;
/** Slide and fragment indices: a talk has far fewer. */
const MAX_INDEX = 9999;

export type Parsed<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): Parsed<never> => ({ ok: false, reason });

function isIndex(value: unknown, min = 0): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_INDEX;
}

/** Exactly these keys, no others (a message with extra fields is someone else's protocol). */
function hasOnly(object: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(object).every((key) => keys.includes(key));
}

/** A message from a window, checked for shape and bounds; anything else says what is wrong. */
export function parseClientMessage(text: string): Parsed<ClientMessage> {
  if (text.length > MAX_MESSAGE_BYTES) return refuse(`a message is at most ${MAX_MESSAGE_BYTES} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('a message is a JSON object');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('a message is a JSON object');
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'hello': {
      if (!hasOnly(message, ['type', 'role', 'key'])) return refuse('hello takes role and key only');
      if (message.role !== 'presenter' && message.role !== 'remote' && message.role !== 'follower') return refuse('hello.role is presenter, remote or follower');
      if (message.key !== undefined && (typeof message.key !== 'string' || !KEY.test(message.key))) return refuse('hello.key is not a key of this relay');
      if (message.role !== 'follower' && message.key === undefined) return refuse(`a ${message.role} says hello with its key`);
      return { ok: true, message: { type: 'hello', role: message.role, ...(message.key === undefined ? {} : { key: message.key }) } };
    }
    case 'state':
      if (!hasOnly(message, ['type', 'h', 'v', 'f'])) return refuse('state takes h, v and f only');
      if (!isIndex(message.h) || !isIndex(message.v) || !isIndex(message.f, -1)) return refuse('state.h, v and f are slide indices');
      return { ok: true, message: { type: 'state', h: message.h, v: message.v, f: message.f } };
    case 'command':
      if (message.action === 'next' || message.action === 'prev') {
        if (!hasOnly(message, ['type', 'action'])) return refuse(`command ${message.action} takes no arguments`);
        return { ok: true, message: { type: 'command', action: message.action } };
      }
      if (message.action === 'goto') {
        if (!hasOnly(message, ['type', 'action', 'h', 'v'])) return refuse('command goto takes h and v only');
        if (!isIndex(message.h) || !isIndex(message.v)) return refuse('command goto takes slide indices h and v');
        return { ok: true, message: { type: 'command', action: 'goto', h: message.h, v: message.v } };
      }
      return refuse('command.action is next, prev or goto');
    case 'sync':
      if (!hasOnly(message, ['type'])) return refuse('sync takes no arguments');
      return { ok: true, message: { type: 'sync' } };
    default:
      return refuse('message.type is hello, state, command or sync');
  }
}

/** Which roles may send a message once they are in: a follower moves no one. */
export function mayRoleSend(role: LiveRole, message: ClientMessage): boolean {
  switch (message.type) {
    case 'hello':
      return false;
    case 'sync':
      return true;
    case 'state':
      return role === 'presenter';
    case 'command':
      return role === 'presenter' || role === 'remote';
  }
}

/** A message from the relay, as the pages read it: the relay is trusted, so only its shape is checked. */
export function parseRelayMessage(text: string): RelayMessage | undefined {
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string' ? (data as RelayMessage) : undefined;
  } catch {
    return undefined;
  }
}
