/** A slide's speaker notes as plain text for PowerPoint's notes pane: facts formatted as on the slide, links with their address. */
import { factText } from '../../core/registry.ts';
import type { Rich, Slide } from '../../core/types.ts';

function plain(rich: Rich): string {
  return rich
    .map((part) => {
      if (typeof part === 'string') return part;
      switch (part.kind) {
        case 'fact':
          return factText(part.id, part.style);
        case 'em':
          return part.text;
        case 'link':
          // The notes pane shows no link targets, so the address is written out.
          return part.href.startsWith('#') ? part.text : `${part.text} (${part.href})`;
      }
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One paragraph per note, a blank line between; empty when the slide has none. */
export function notesText(slide: Slide): string {
  return slide.notes.map(plain).filter(Boolean).join('\n\n');
}
