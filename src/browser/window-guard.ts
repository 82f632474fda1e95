/**
 * The deck talks only to its own windows. reveal's postMessage API accepts messages from any window:
 * a page that frames the deck or opened it could move slides, pause it, switch the keyboard off, or
 * pose as the speaker view.
 * Here every message from another window is dropped before they see it, and a deck framed by a page
 * of another origin does not start (the server's frame-ancestors header says the same, but static
 * hosts cannot send headers).
 */

/** True when `other` is a window of this page's origin (reading its location throws otherwise). */
function sameOrigin(other: Window): boolean {
  try {
    return other.location.origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * Framed by a page of another origin. A file opened from disk is exempt: only another local file can
 * frame it (a web page cannot), and the speaker view's previews of a file count as other origins.
 */
export function framedByAnotherOrigin(): boolean {
  if (window.top === window.self || location.protocol === 'file:') return false;
  return !sameOrigin(window.parent) || (window.top !== null && !sameOrigin(window.top));
}

/**
 * The windows this page answers: itself; a window it opened (the speaker view: its opener is this
 * window) and the window that opened it (the deck, to its speaker view), of this origin or, from
 * disk, local; and the frame's parent when that is of this origin or, from disk, local (the speaker
 * view driving its previews). From disk every page has an origin of its own, and only a local page
 * can open or frame a local file (a web page cannot), so there the relation alone is enough.
 */
export function isOwnWindow(source: MessageEventSource | null): boolean {
  if (source === window) return true;
  if (!source || !('postMessage' in source) || !('opener' in source)) return false;
  const other = source as Window;
  const local = location.protocol === 'file:';
  if (other === window.parent && window.parent !== window) return local || !framedByAnotherOrigin();
  if (other.opener === window || (window.opener !== null && other === window.opener)) return local || sameOrigin(other);
  return false;
}

/**
 * Drops every message from another window. A capturing listener on the window runs before the
 * bubbling ones reveal and the presenter plugin add, whatever the order they were added in.
 */
export function acceptOwnMessagesOnly(): void {
  window.addEventListener(
    'message',
    (event) => {
      if (!isOwnWindow(event.source)) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

/** In a foreign frame: the slides stay hidden, with a link that opens the deck on its own. */
export function refuseForeignFrame(root: HTMLElement): void {
  document.documentElement.dataset.deckRefused = 'framed';
  root.style.setProperty('display', 'none', 'important');
  const notice = document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.className = 'deck-refused';
  notice.append('This deck does not run inside another site. ');
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = 'Open it on its own';
  notice.append(link, '.');
  document.body.prepend(notice);
}
