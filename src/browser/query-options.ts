/**
 * Settings from the address, checked before reveal reads them. reveal takes every `key=value` in
 * the query as an option and lets it override the deck's own, unchecked: `?transition=a%20b` throws
 * in its start-up, `?keyboard=false` silences a clicker, `?url=...` points the speaker view's
 * previews at another site. Only the options below, with a value of their kind, stay in the address;
 * every other setting reveal would read is taken out of it (history.replaceState) before reveal starts.
 */

type Value = string | number | boolean | null;
type Check = (value: Value) => boolean;

const oneOf =
  (...allowed: readonly Value[]): Check =>
  (value) =>
    allowed.includes(value);
const flag: Check = (value) => typeof value === 'boolean';
const numberIn =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const either =
  (...checks: readonly Check[]): Check =>
  (value) =>
    checks.some((check) => check(value));

const TRANSITIONS = oneOf('none', 'fade', 'slide', 'convex', 'concave', 'zoom');

/**
 * What a link may set: the speaker view's previews (src/browser/speaker/channel.ts), the print view (the PDF export),
 * the reader's views, and looks that cannot stop the deck. Keys and values as reveal reads them.
 */
export const QUERY_OPTIONS: Readonly<Record<string, Check>> = {
  // The speaker view's previews: ?receiver&progress=false&history=false&transition=none&autoSlide=0...
  progress: flag,
  history: flag,
  controls: flag,
  transition: TRANSITIONS,
  backgroundTransition: TRANSITIONS,
  transitionSpeed: oneOf('default', 'fast', 'slow'),
  // 0 (off) or a pace a person can follow; 1 ms would race through the talk.
  autoSlide: either(oneOf(0), numberIn(1000, 3_600_000)),
  postMessageEvents: flag,
  scrollActivationWidth: either(oneOf(false), numberIn(0, 100_000)),
  // The print view and the PDF export: ?print-pdf&margin=0&pdfSeparateFragments=false.
  margin: numberIn(0, 0.5),
  pdfSeparateFragments: flag,
  pdfMaxPagesPerSlide: numberIn(1, 100),
  showNotes: either(flag, oneOf('separate-page')),
  // The reader: ?view=scroll, ?view=slides (src/browser/view-choice.ts); ?view=speaker, the speaker view's window.
  view: oneOf('scroll', 'print', 'slides', 'speaker'),
  slideNumber: either(flag, oneOf('h.v', 'h/v', 'c', 'c/t')),
  navigationMode: oneOf('default', 'linear', 'grid'),
  center: flag,
  fragments: flag,
};

/**
 * The deck's own settings in the address, which reveal does not know but would read as options all
 * the same: the handout's (src/browser/handout.ts), ?print-pdf&handout&perPage=3&paper=letter&theme=dark.
 */
const DECK_QUERY_OPTIONS: Readonly<Record<string, Check>> = {
  perPage: oneOf(1, 2, 3, 6),
  paper: oneOf('a4', 'letter'),
  theme: oneOf('light', 'dark'),
};

const ACCEPTED: Readonly<Record<string, Check>> = { ...QUERY_OPTIONS, ...DECK_QUERY_OPTIONS };

/** reveal's own query parser (reveal.js 6, utils getQueryHash), so this reads what reveal reads. */
const REVEAL_QUERY_OPTION = /[A-Z0-9]+?=([\w.%-]*)/gi;

function deserialise(raw: string): Value {
  if (raw === 'null') return null;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return /^-?[\d.]+$/.test(raw) ? parseFloat(raw) : raw;
}

/** As reveal decodes a value (`unescape`, which never throws), so the check sees what reveal would. */
function decoded(raw: string): string {
  return unescape(raw);
}

export interface CheckedQuery {
  /** The query with only the accepted settings (and everything reveal does not read) left. */
  readonly search: string;
  /** The settings taken out, as they were written. */
  readonly refused: readonly string[];
}

export function checkQuery(search: string): CheckedQuery {
  const refused: string[] = [];
  const kept = search.replace(REVEAL_QUERY_OPTION, (setting: string) => {
    const key = setting.slice(0, setting.indexOf('='));
    const raw = decoded(setting.slice(key.length + 1));
    const check = Object.hasOwn(ACCEPTED, key) ? ACCEPTED[key] : undefined;
    if (check?.(deserialise(raw))) return setting;
    refused.push(setting);
    return '';
  });
  if (refused.length === 0) return { search, refused };
  const tidy = kept.replace(/&{2,}/g, '&').replace(/^\?&/, '?').replace(/&$/, '');
  return { search: tidy === '?' ? '' : tidy, refused };
}

/** Takes refused settings out of this page's address before reveal reads it; says which. */
export function applyQueryChecks(): void {
  const { search, refused } = checkQuery(location.search);
  if (refused.length === 0) return;
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  console.warn(`Settings in the address ignored (unknown, or not a valid value): ${refused.join(', ')}`);
}
