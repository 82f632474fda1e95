/**
 * The deck talks only to its own windows. reveal's postMessage API and its notes plugin accept
 * messages from any window: a page that frames the deck or opened it could move slides, pause it,
 * switch the keyboard off, read the notes, or become the "speaker view" so that S opens nothing.
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
 * window), of this origin; and the frame's parent when that is of this origin or, from disk, local
 * (the speaker view driving its previews).
 */
export function isOwnWindow(source: MessageEventSource | null): boolean {
  if (source === window) return true;
  if (!source || !('postMessage' in source) || !('opener' in source)) return false;
  const other = source as Window;
  if (other === window.parent && window.parent !== window) return location.protocol === 'file:' || !framedByAnotherOrigin();
  return other.opener === window && sameOrigin(other);
}

/**
 * Drops every message from another window. A capturing listener on the window runs before the
 * bubbling ones reveal and its notes plugin add, whatever the order they were added in.
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
