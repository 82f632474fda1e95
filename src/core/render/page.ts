/** Fills `index.html` with the prerendered deck and the page's metadata. Used by the Vite plugin. */
import type { Talk } from '../model/talk.ts';
import { Html, html } from './html.ts';
import { renderDeck } from './render-deck.ts';
import { ATTR, QUERY, THEME, THEME_COLOR, THEME_STORAGE_KEY } from '../contract.ts';

const SLIDES_MARK = '<!--deck:slides-->';
const HEAD_MARK = '<!--deck:head-->';

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

/** The page with every slide in it, before any script runs. */
export function renderPage(template: string, deck: Talk): string {
  for (const mark of [SLIDES_MARK, HEAD_MARK]) {
    if (!template.includes(mark)) throw new Error(`index.html lacks the ${mark} placeholder`);
  }
  return template
    .replace(HEAD_MARK, () => renderHead(deck))
    .replace(SLIDES_MARK, () => renderDeck(deck).html.markup)
    .replace(/<html lang="[^"]*"/, `<html lang="${deck.meta.lang}"`);
}
