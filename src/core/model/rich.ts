/** Rich text: the strings of slides and notes with facts, links and emphasis inside. Types only. */
import type { AnyIds, Ids } from './ids.ts';

/** A number from the fact registry, formatted by its unit. */
export interface FactRef<I extends Ids = AnyIds> {
  readonly kind: 'fact';
  readonly id: I['fact'];
  /** `short` gives "$5.6M" where `full` gives "$5.576M". */
  readonly style?: 'full' | 'short';
}
export interface LinkRef {
  readonly kind: 'link';
  readonly text: string;
  /** An https URL, or `#slide-id` for a link inside the deck. */
  readonly href: string;
}
export interface EmphasisRef {
  readonly kind: 'em';
  readonly text: string;
}
export type Inline<I extends Ids = AnyIds> = string | FactRef<I> | LinkRef | EmphasisRef;
/** Text with facts, links and emphasis inside; written with the `t` template tag. */
export type Rich<I extends Ids = AnyIds> = readonly Inline<I>[];
