/** A slide's speaker notes as plain text for PowerPoint's notes pane: facts formatted as on the slide, links with their address. */
import type { Rich } from '../../core/model/rich.ts';
import type { SlideBase } from '../../core/model/talk.ts';
import type { Registry } from '../../core/registry.ts';

function plain(rich: Rich, registry: Registry): string {
  return rich
    .map((part) => {
      if (typeof part === 'string') return part;
      switch (part.kind) {
        case 'fact':
          return registry.factText(part.id, part.style);
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
export function notesText(slide: SlideBase, registry: Registry): string {
  return slide.notes.map((note) => plain(note, registry)).filter(Boolean).join('\n\n');
}
