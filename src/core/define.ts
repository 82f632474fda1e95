/** Identity helpers for authoring: they only give slide modules type checking and autocomplete. */
import type { Deck, Section } from './types.ts';

export const defineSection = (section: Section): Section => section;
export const defineDeck = (deck: Deck): Deck => deck;
