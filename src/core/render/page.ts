/** Fills `index.html` with the prerendered deck and the page's metadata. Used by the Vite plugin. */
import type { Talk } from '../model/talk.ts';
import { Html, html } from './html.ts';
import { renderDeck } from './render-deck.ts';
import { singleFileName } from '../file-name.ts';
import { ATTR, CLASS, DEFERRED_SLIDES_ID, QUERY, THEME, THEME_COLOR, THEME_STORAGE_KEY } from '../contract.ts';

const SLIDES_MARK = '<!--deck:slides-->';
const HEAD_MARK = '<!--deck:head-->';
const BODY_END = '</body>';

/** The link-preview image: a PNG of the title slide, made after the bundle is written (src/node/og-image.ts). */
export const SHARE_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const;

/** The preview card without an image; the build swaps it for `renderShareImage` once the PNG exists. */
const textCard = html`<meta name="twitter:card" content="summary">`;
export const TEXT_CARD = textCard.markup;

/** Where the deck is published, with a trailing slash, or '' when that is not known yet. */
function publicBase(deck: Pick<Talk, 'meta'>): string {
  const url = deck.meta.publicUrl.trim();
  return url && !url.endsWith('/') ? `${url}/` : url;
}

/**
 * The preview image's tags. Link-preview crawlers want an absolute URL: it is one when the deck's
 * public address (package.json "homepage") is set, and relative to the page otherwise.
 */
export function renderShareImage(deck: Pick<Talk, 'meta'>): string {
  const { title } = deck.meta;
  const image = `${publicBase(deck)}${SHARE_IMAGE.file}`;
  const alt = `Title slide: ${title}`;
  return html`<meta property="og:image" content="${image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${SHARE_IMAGE.width}">
<meta property="og:image:height" content="${SHARE_IMAGE.height}">
<meta property="og:image:alt" content="${alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${image}">
<meta name="twitter:image:alt" content="${alt}">`.markup;
}

/**
 * The palette, set before the first paint so a light room never sees the dark page flash: the
 * address's ?theme=, else the reader's last choice, else none (dark). A classic inline script in the
 * head, before the stylesheets; the page's Content-Security-Policy admits it by its hash
 * (src/node/csp.ts). src/browser/theme-switch.ts takes over once the deck runs.
 */
export function earlyThemeScript(): Html {
  const [attr, param, key, light, dark] = [ATTR.theme, QUERY.theme, THEME_STORAGE_KEY, THEME.light, THEME.dark].map((name) => JSON.stringify(name));
  const known = (v: string) => `(${v}===${light}||${v}===${dark})`;
  const code = `(()=>{let t=new URLSearchParams(location.search).get(${param});try{if(!${known('t')})t=localStorage.getItem(${key})}catch{}if(${known('t')})document.documentElement.setAttribute(${attr},t)})()`;
  return new Html(`<script>${code}</script>`);
}

export function renderHead(deck: Pick<Talk, 'meta'>): string {
  const { title, description, keywords, author } = deck.meta;
  return html`${earlyThemeScript()}
<title>${title}</title>
<meta name="description" content="${description}">
<meta name="author" content="${author}">
<meta name="keywords" content="${keywords.join(', ')}">
<meta name="theme-color" content="${THEME_COLOR.background}">
<meta property="og:type" content="website">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
${publicBase(deck) && html`<meta property="og:url" content="${publicBase(deck)}">`}
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
${textCard}`.markup;
}

/**
 * How many slides the page holds whole. Each slide after them is deferred: the page holds its
 * <section> with its headline only, and its content comes in a script block of JSON, in the page or
 * in a file of its own (src/browser/deferred-slides.ts puts it in). A phone's first paint waits for
 * the whole page to arrive and be parsed, and at 200 slides the page was 164 KB compressed, where
 * the first eight slides are about 8 KB.
 */
export const SLIDES_IN_PAGE = 8;

/**
 * What becomes of the slides after the first SLIDES_IN_PAGE:
 * - 'file': deferred to a file beside the page, fetched once the deck has started (the built site).
 *   The page names DEFERRED_FILE_MARK, which the build replaces with the file's address once it is
 *   named (src/node/deck-plugin.ts);
 * - 'page': deferred to a script block in the page (the dev server);
 * - 'none': every slide whole in the page (the single file: opened from disk, it has nothing to
 *   wait for, and without JavaScript it is the whole talk as one document, which the site's page
 *   points to for a reader without JavaScript).
 */
export type Deferral = 'file' | 'page' | 'none';
export const DEFERRED_FILE_MARK = 'deck:deferred-slides-file';

export interface RenderedPage {
  readonly page: string;
  /** The deferred slides' content, as JSON: each slide's id to what its <section> holds; null when none is deferred. */
  readonly deferred: string | null;
}

/** JSON inside a <script> block: a `<` never starts a tag (`</script>`) or a comment there. */
function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** Where the deferred slides' content is: the script block deferred-slides.ts reads. */
function deferredBlock(json: string, deferral: Exclude<Deferral, 'none'>): string {
  return deferral === 'page'
    ? `<script type="application/json" id="${DEFERRED_SLIDES_ID}">${scriptSafeJson(json)}</script>`
    : `<script type="application/json" id="${DEFERRED_SLIDES_ID}" ${ATTR.deferredSource}="${DEFERRED_FILE_MARK}"></script>`;
}

/** For a reader without JavaScript, who sees the deferred slides' headlines only: where the whole talk is. */
function withoutScriptNote(deck: Talk, whole: number, total: number): Html {
  return html`<noscript><p class="${CLASS.deferredNote}">Without JavaScript this page shows the first ${String(whole)} of ${String(total)} slides whole and the headline of each of the others. <a href="./${singleFileName(deck.meta.title)}">The whole talk as one page</a> reads without it.</p></noscript>`;
}

/** The page, before any script runs: the first slides whole, the rest deferred as `deferral` says. */
export function renderPage(template: string, deck: Talk, deferral: Deferral = 'page'): RenderedPage {
  for (const mark of [SLIDES_MARK, HEAD_MARK, BODY_END]) {
    if (!template.includes(mark)) throw new Error(`index.html lacks the ${mark} placeholder`);
  }
  const { slides } = renderDeck(deck);
  const inPage = deferral === 'none' ? slides.length : SLIDES_IN_PAGE;
  const later = slides.slice(inPage);
  const deferred = later.length > 0 ? JSON.stringify(Object.fromEntries(later.map((s) => [s.slide.id, s.content.markup]))) : null;
  const note = deferred === null ? '' : withoutScriptNote(deck, inPage, slides.length).markup;
  const block = deferred === null || deferral === 'none' ? '' : `${deferredBlock(deferred, deferral)}\n  `;
  const page = template
    .replace(HEAD_MARK, () => renderHead(deck))
    .replace(SLIDES_MARK, () => note + slides.map((s, i) => (i < inPage ? s.html : s.shell).markup).join(''))
    .replace(BODY_END, () => `${block}${BODY_END}`)
    .replace(/<html lang="[^"]*"/, `<html lang="${deck.meta.lang}"`);
  return { page, deferred };
}
