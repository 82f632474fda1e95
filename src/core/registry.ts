/**
 * Lookups into a talk's registries. The registries are values the talk hands in, never module
 * globals, so the engine renders any talk and tests build small ones of their own.
 */
import { formatDate, formatValue, type FormatStyle } from './format.ts';
import type { Fact, Quote, RegistryData, Source } from './model/facts.ts';

export interface Registry {
  fact(id: string): Fact;
  source(id: string): Source;
  quote(id: string): Quote;
  /** An essay paragraph's one-line summary. */
  paragraph(id: string): string;
  /** A fact as slide text, e.g. "$5.576M". */
  factText(id: string, style?: FormatStyle): string;
  /** The numeric value of a single-number fact; throws for ranges and dates, which have no one value. */
  factNumber(id: string): number;
  /** A short citation: "Reuters, 27 Jan 2025". */
  shortCitation(id: string): string;
  /** The full reference for the Sources slide: "publisher: title (date)". */
  fullCitation(id: string): string;
  readonly factIds: readonly string[];
  readonly sourceIds: readonly string[];
  readonly quoteIds: readonly string[];
  readonly paragraphIds: readonly string[];
}

function lookup<T>(table: Readonly<Record<string, T>>, what: string, where: string) {
  return (id: string): T => {
    const found = Object.hasOwn(table, id) ? table[id] : undefined;
    if (found === undefined) throw new Error(`Unknown ${what} "${id}": add it to ${where} or fix the id.`);
    return found;
  };
}

export function createRegistry(data: RegistryData): Registry {
  const fact = lookup<Fact>(data.facts, 'fact', 'the talk’s facts');
  const source = lookup<Source>(data.sources, 'source', 'the talk’s sources');
  const quote = lookup<Quote>(data.quotes, 'quote', 'the talk’s quotes');
  const paragraph = lookup<string>(data.paragraphs, 'paragraph', 'the talk’s paragraphs');
  return {
    fact,
    source,
    quote,
    paragraph,
    factText: (id, style = 'full') => formatValue(fact(id).value, style),
    factNumber: (id) => {
      const value = fact(id).value;
      if (value.type !== 'number') throw new Error(`Fact "${id}" is a ${value.type}, not a single number.`);
      return value.value;
    },
    shortCitation: (id) => {
      const { publisher, date } = source(id);
      return `${publisher}, ${formatDate(date)}`;
    },
    fullCitation: (id) => {
      const { publisher, title, date } = source(id);
      return `${publisher}: ${title} (${formatDate(date)})`;
    },
    factIds: Object.keys(data.facts),
    sourceIds: Object.keys(data.sources),
    quoteIds: Object.keys(data.quotes),
    paragraphIds: Object.keys(data.paragraphs),
  };
}
