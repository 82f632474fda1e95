/**
 * Where the scroll view's pages start and stop being the current slide, and where the keyboard's
 * "next" and "previous" scroll to. Pure arithmetic on measured offsets, so it is unit-tested in Node.
 *
 * reveal.js assumes every page in the scroll view is equally tall. With each slide's notes beneath
 * it, pages differ, so the deck measures them and uses these stops instead.
 */

/** The share of a screen one "next" scrolls at most, so a line read last stays in view. */
export const READING_STEP = 0.85;

/** How far before the next page's stop a page stops being current (px): ranges must not touch. */
const RANGE_GAP = 0.01;

/** At the end of the document, each page is current for at least this much scrolling (px). */
export const MIN_END_SHARE = 24;

/**
 * The scroll offset at which each page becomes the current one: where its top reaches the top of
 * the viewport. Pages near the end that can never reach the top (the document ends first) share
 * the last stretch of scrolling evenly, so each still becomes current, the last at the very bottom.
 *
 * @param tops each page's top, in scroll-content pixels, in order
 * @param maxScroll the largest scroll offset (content height minus viewport height)
 */
export function pageStops(tops: readonly number[], maxScroll: number): number[] {
  const max = Math.max(0, Math.floor(maxScroll));
  const stops = tops.map((top, i) => (i === 0 ? 0 : Math.round(top)));
  let lastReachable = 0;
  for (let i = 0; i < stops.length; i++) if (stops[i]! <= max) lastReachable = i;
  const unreachable = stops.length - 1 - lastReachable;
  const from = stops[lastReachable] ?? 0;
  for (let r = 1; r <= unreachable; r++) stops[lastReachable + r] = Math.round(from + ((max - from) * r) / unreachable);
  // A page whose top is the very end (or close to it) would share its stop with the next: move it back.
  for (let i = stops.length - 2; i >= 1; i--) stops[i] = Math.max(0, Math.min(stops[i]!, stops[i + 1]! - MIN_END_SHARE));
  return stops;
}

/** The index of the page that is current at a scroll offset: the last one whose stop is reached. */
export function pageAt(stops: readonly number[], scrollTop: number): number {
  let current = 0;
  for (let i = 0; i < stops.length; i++) if (stops[i]! <= scrollTop + 0.5) current = i;
  return current;
}

/**
 * reveal's trigger ranges (fractions of `maxScroll`) that make page i current from its stop to just
 * before the next one. reveal treats both ends as inclusive and leaves a page that is already
 * active alone, so ranges that touched would let the page above stay current at the next stop.
 */
export function triggerRanges(stops: readonly number[], maxScroll: number): [number, number][] {
  const max = Math.max(1, maxScroll);
  return stops.map((stop, i) => [i === 0 ? 0 : stop / max, i === stops.length - 1 ? 1 : (stops[i + 1]! - RANGE_GAP) / max]);
}

/** "Next": the next page's start, unless that is more than a screen away; then one screen on. */
export function nextScrollTop(stops: readonly number[], scrollTop: number, viewportHeight: number, maxScroll: number): number {
  const next = stops.find((stop) => stop > scrollTop + 1) ?? maxScroll;
  return Math.min(next, Math.round(scrollTop + viewportHeight * READING_STEP), Math.max(0, maxScroll));
}

/** "Previous": the previous page's start, unless that is more than a screen away; then one screen back. */
export function previousScrollTop(stops: readonly number[], scrollTop: number, viewportHeight: number): number {
  const previous = [...stops].reverse().find((stop) => stop < scrollTop - 1) ?? 0;
  return Math.max(previous, Math.round(scrollTop - viewportHeight * READING_STEP), 0);
}

/** Where the reader is: the page at the top of the screen, how far into it (px), and that as a share of the page. */
export interface ReadingPlace {
  readonly page: number;
  readonly into: number;
  readonly share: number;
}

/**
 * The reader's place at a scroll offset, in a layout whose pages start at `tops` (scroll-content
 * pixels, in order) and whose content is `contentHeight` tall.
 */
export function placeAt(tops: readonly number[], scrollTop: number, contentHeight: number): ReadingPlace {
  const page = pageAt(tops, scrollTop);
  const start = tops[page] ?? 0;
  const length = (tops[page + 1] ?? contentHeight) - start;
  const into = Math.max(0, scrollTop - start);
  return { page, into, share: length > 0 ? Math.min(1, into / length) : 0 };
}

/**
 * The scroll offset that keeps a reader's place once the pages have moved to `tops`. Pages that changed
 * height (laid out at last, notes going in) leave the text on screen where it was: the same distance
 * into the same page. A reflow at a new width changes every line's place: the same share of the page.
 */
export function scrollTopFor(place: ReadingPlace, tops: readonly number[], contentHeight: number, reflowed: boolean): number {
  const start = tops[place.page] ?? 0;
  if (!reflowed) return Math.round(start + place.into);
  const length = (tops[place.page + 1] ?? contentHeight) - start;
  return Math.round(start + place.share * Math.max(0, length));
}
