/** Rich text to HTML: facts become marked spans (and are cited), links get safe attributes. */
import type { Registry } from '../registry.ts';
import type { Rich } from '../model/rich.ts';
import type { Citations } from './citations.ts';
import { html, type Html } from './html.ts';
import { ATTR } from '../contract.ts';

/** A fact as the slide shows it: a span the figure checks and the tooltips can find. */
export function renderFact(id: string, registry: Registry, citations: Citations, style: 'full' | 'short' = 'full'): Html {
  citations.useFact(id);
  return html`<span class="fact" ${ATTR.fact}="${id}">${registry.factText(id, style)}</span>`;
}

export function renderRich(rich: Rich, registry: Registry, citations: Citations): Html {
  return html`${rich.map((part) => {
    if (typeof part === 'string') return part;
    switch (part.kind) {
      case 'fact':
        return renderFact(part.id, registry, citations, part.style);
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

/**
 * A source line, "Sources: a; b", each entry linked where it has an address: the slide's own at its
 * foot and a chart's in its caption. The label counts the sources cited, `count`.
 */
export function renderCiteLine(count: number, entries: readonly (readonly [text: string, url: string | undefined])[]): Html {
  return html`<p class="cite"><span class="cite-label">${count > 1 ? 'Sources' : 'Source'}:</span> ${entries.map(([text, url], i) => html`${i > 0 ? '; ' : ''}${url ? renderLink(text, url) : text}`)}</p>`;
}
