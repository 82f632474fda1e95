/** Fills `index.html` with the prerendered deck and the page's metadata. Used by the Vite plugin. */
import { deck as talk } from '../../../slides/index.ts';
import type { Deck } from '../types.ts';
import { html } from './html.ts';
import { renderDeck } from './render-deck.ts';

export const SLIDES_MARK = '<!--deck:slides-->';
export const HEAD_MARK = '<!--deck:head-->';

export function renderHead(deck: Deck): string {
  const { title, description, keywords, author } = deck.meta;
  return html`<title>${title}</title>
<meta name="description" content="${description}">
<meta name="author" content="${author}">
<meta name="keywords" content="${keywords.join(', ')}">
<meta name="theme-color" content="#0d1117">
<meta property="og:type" content="website">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">`.markup;
}

/** The page with every slide in it, before any script runs. */
export function renderPage(template: string, deck: Deck = talk): string {
  for (const mark of [SLIDES_MARK, HEAD_MARK]) {
    if (!template.includes(mark)) throw new Error(`index.html lacks the ${mark} placeholder`);
  }
  return template
    .replace(HEAD_MARK, () => renderHead(deck))
    .replace(SLIDES_MARK, () => renderDeck(deck).html.markup)
    .replace(/<html lang="[^"]*"/, `<html lang="${deck.meta.lang}"`);
}
