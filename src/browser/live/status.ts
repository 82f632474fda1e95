/**
 * What the deck knows of the live relay (`npm run present`), in one place: the relay client sets it,
 * the speaker view, the toolbar and the closing slide read it. Without the live server it stays `off`,
 * and nothing that reads it needs more than that.
 */
export type LiveState = 'off' | 'connecting' | 'live' | 'lost';

export interface LiveStatus {
  readonly state: LiveState;
  /** This window's role on the relay, when it has one. */
  readonly role?: 'presenter' | 'remote' | 'follower';
  /** How many followers the relay counts (presenter only). */
  readonly followers?: number;
  /** The addresses `npm run present` printed, for QR codes (presenter only; the remote's carries its token). */
  readonly remoteUrl?: string;
  readonly followUrl?: string;
  /** The same addresses as QR codes, SVG markup drawn by the relay (presenter only). */
  readonly remoteQr?: string;
  readonly followQr?: string;
  /** Why the relay refused this window (its key is from an earlier run), in words to show. */
  readonly problem?: string;
}

let current: LiveStatus = { state: 'off' };
const listeners = new Set<(status: LiveStatus) => void>();

export function liveStatus(): LiveStatus {
  return current;
}

export function setLiveStatus(next: LiveStatus): void {
  current = next;
  for (const listener of listeners) listener(current);
}

/** Calls `listener` on every change until the returned function is called. */
export function onLiveStatus(listener: (status: LiveStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
