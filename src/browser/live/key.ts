/**
 * The key of a role on the live relay arrives in the address's fragment (#live=...), which no
 * request, log or Referer carries. It is taken out of the address at once, before reveal reads the
 * fragment as a slide and before the address shows on a projected screen, and kept for this tab
 * only (sessionStorage), so a reload stays connected.
 */
import { LIVE } from '../../core/contract.ts';

const STORE = 'deck-live-key';

export function takeLiveKey(): string | undefined {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const key = fragment.get(LIVE.keyFragment);
  if (key !== null) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    try {
      sessionStorage.setItem(STORE, key);
    } catch {
      // Storage refused (a private window's quota): the key still works until the page reloads.
    }
    return key;
  }
  return storedLiveKey();
}

/** The key this tab was given, without touching the address (the speaker view's upload needs the presenter's). */
export function storedLiveKey(): string | undefined {
  try {
    return sessionStorage.getItem(STORE) ?? undefined;
  } catch {
    return undefined;
  }
}
