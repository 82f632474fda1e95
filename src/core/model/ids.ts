/**
 * The id vocabularies a talk defines: its facts, sources, quotes and essay paragraphs. The engine is
 * written against plain strings; a talk narrows them to its own literal unions (`defineTalk<Ids>()`),
 * so a slide citing an id its talk does not have is a compile error in that slide.
 */
export interface Ids {
  readonly fact: string;
  readonly source: string;
  readonly quote: string;
  readonly paragraph: string;
}

/** What the engine sees: any string is an id until a talk's registry says otherwise at run time. */
export type AnyIds = Ids;
