/** Lookups into the registries in `slides/`, and how a source is cited on a slide. */
import { FACTS } from '../../slides/facts.ts';
import { QUOTES } from '../../slides/quotes.ts';
import { SOURCES } from '../../slides/sources.ts';
import { formatDate, formatValue, type FormatStyle } from './format.ts';
import type { Fact, FactId, Quote, QuoteId, Source, SourceId } from './types.ts';

export function fact(id: FactId): Fact {
  const found = (FACTS as Record<string, Fact | undefined>)[id];
  if (!found) throw new Error(`Unknown fact "${id}": add it to slides/facts.ts or fix the id.`);
  return found;
}

export function source(id: SourceId): Source {
  const found = (SOURCES as Record<string, Source | undefined>)[id];
  if (!found) throw new Error(`Unknown source "${id}": add it to slides/sources.ts or fix the id.`);
  return found;
}

export function quote(id: QuoteId): Quote {
  const found = (QUOTES as Record<string, Quote | undefined>)[id];
  if (!found) throw new Error(`Unknown quote "${id}": add it to slides/quotes.ts or fix the id.`);
  return found;
}

/** A fact as slide text, e.g. "$5.576M". */
export function factText(id: FactId, style: FormatStyle = 'full'): string {
  return formatValue(fact(id).value, style);
}

/** The numeric value of a single-number fact; throws for ranges and dates, which have no one value. */
export function factNumber(id: FactId): number {
  const value = fact(id).value;
  if (value.type !== 'number') throw new Error(`Fact "${id}" is a ${value.type}, not a single number.`);
  return value.value;
}

/** A short citation: "Reuters, 27 Jan 2025". */
export function shortCitation(id: SourceId): string {
  const { publisher, date } = source(id);
  return `${publisher}, ${formatDate(date)}`;
}

/** The full reference for the sources slide: publisher, title, date. */
export function fullCitation(id: SourceId): string {
  const { publisher, title, date } = source(id);
  return `${publisher}: ${title} (${formatDate(date)})`;
}

export const ALL_SOURCE_IDS = Object.keys(SOURCES) as SourceId[];
export const ALL_FACT_IDS = Object.keys(FACTS) as FactId[];
export const ALL_QUOTE_IDS = Object.keys(QUOTES) as QuoteId[];
