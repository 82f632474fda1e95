/** Rich text to HTML: facts become marked spans (and are cited), links get safe attributes. */
import { factText } from '../registry.ts';
import type { Rich } from '../types.ts';
import type { Citations } from './citations.ts';
import { html, type Html } from './html.ts';

export function renderRich(rich: Rich, citations: Citations): Html {
  return html`${rich.map((part) => {
    if (typeof part === 'string') return part;
    switch (part.kind) {
      case 'fact':
        citations.useFact(part.id);
        return html`<span class="fact" data-fact="${part.id}">${factText(part.id, part.style)}</span>`;
      case 'em':
        return html`<em>${part.text}</em>`;
      case 'link':
        return renderLink(part.text, part.href);
    }
  })}`;
}

/** Links out open in a new tab without handing the deck to the target; links in stay in the deck. */
export function renderLink(text: string, href: string): Html {
  if (href.startsWith('#')) return html`<a href="${href}">${text}</a>`;
  if (!href.startsWith('https://')) throw new Error(`Link "${text}" must use https:// or #slide-id, got "${href}"`);
  return html`<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}
