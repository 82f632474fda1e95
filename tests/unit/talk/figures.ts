/** The figure rule, shared by unit tests: visible text may carry digits only inside fact spans and names. */
import { TERMS } from '../../../slides/terms.ts';

// Longest names first, so "DeepSeek-V3" is removed before "V3".
const NAMES = [...TERMS].sort((a, b) => b.length - a.length);

/** Digits left in visible slide HTML once facts, citations, notes, code, names and markup are removed. */
export function unsourcedFigures(slideHtml: string): string[] {
  let text = slideHtml
    .replace(/<aside class="notes"[^>]*>[\s\S]*?<\/aside>/g, ' ')
    .replace(/<p class="cite">[\s\S]*?<\/p>/g, ' ')
    .replace(/<pre class="code">[\s\S]*?<\/pre>/g, ' ')
    .replace(/<table class="chart-table">[\s\S]*?<\/table>/g, ' ')
    .replace(/<ol class="sources-list"[^>]*>[\s\S]*?<\/ol>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    // A quote and its caption (date, place) are verbatim from slides/quotes.ts, each with its sources;
    // the speaker's stake after them is our text and is checked like any other.
    .replace(/<figure class="quote">[\s\S]*?(?=<span class="interest">)/g, ' ')
    .replace(/<span class="(?:timeline-date )?fact"[^>]*>[^<]*<\/span>/g, ' ')
    // The page counter the renderer adds to a slide split over pages, e.g. "Sources (2/3)".
    .replace(/ \(\d+\/\d+\)(?=<\/h[1-3]>)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  for (const name of NAMES) text = text.split(name).join(' ');
  return text.match(/[^\s]*\d[^\s]*/g) ?? [];
}
