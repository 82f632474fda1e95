/** The talk's registries as one value: what the engine is handed, and what slides compute figures from. */
import { createRegistry } from '../src/core/registry.ts';
import { PARAGRAPHS } from './essay.ts';
import { FACTS, type FactId } from './facts.ts';
import { QUOTES } from './quotes.ts';
import { SOURCES } from './sources.ts';

export const REGISTRY_DATA = { facts: FACTS, sources: SOURCES, quotes: QUOTES, paragraphs: PARAGRAPHS };

const registry = createRegistry(REGISTRY_DATA);

/** A fact of the talk, for slides that compute with it. */
export const fact = (id: FactId) => registry.fact(id);

/** The numeric value of a single-number fact, for figures generated into code. */
export const factNumber = (id: FactId): number => registry.factNumber(id);
