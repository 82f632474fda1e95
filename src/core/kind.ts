/**
 * What a slide kind is: one module per kind (`src/kinds/<kind>.ts`, or a talk's own in `slides/`)
 * holding its slide type, its renderer and what it cites. The renderer finds a slide's module by
 * its `kind` in one registry (`src/kinds/index.ts`), which the compiler keeps exhaustive.
 */
import type { Registry } from './registry.ts';
import type { Citations } from './render/citations.ts';
import type { Html } from './render/html.ts';
import type { Rich } from './model/rich.ts';
import type { SlideBase, Talk } from './model/talk.ts';

/** What a kind's renderer gets besides its slide. */
export interface RenderContext {
  readonly talk: Talk;
  readonly registry: Registry;
  /** What this slide cites; rich text and facts rendered through `rich` and `fact` are added. */
  readonly citations: Citations;
  /** Rich text as HTML, citing its facts. */
  rich(text: Rich): Html;
  /** The slide's title as a heading at its level in the talk's outline (h1 to h3). */
  title(text: string): Html;
  /** A fact as a marked span (the figure checks and the slide's source line see it). */
  fact(id: string, style?: 'full' | 'short'): Html;
  /** Every slide of the talk in order, with its part: for kinds that list the talk (the agenda). */
  readonly outline: readonly { readonly slide: SlideBase; readonly section: Talk['sections'][number] }[];
  /** Every source the talk cites, in order of first citation: known only to kinds that render `last`. */
  readonly allSources: readonly string[];
}

export interface SlideKind<S extends SlideBase = SlideBase> {
  /** Where the slide sits in the outline: the deck's title (h1), a part's divider (h2) or content. */
  readonly role?: 'title' | 'divider' | 'content';
  /** Facts, quotes and sources the slide uses outside its rich text (a chart's values, a timeline's dates). */
  cites?(slide: S, citations: Citations): void;
  /** The slide's visible body, as HTML. */
  render(slide: S, ctx: RenderContext): Html;
  /**
   * Rendered after every other slide, when the talk's sources are known; may become several slides
   * (a long Sources list), each rendered in turn.
   */
  paginate?(slide: S, allSources: readonly string[]): readonly SlideBase[];
}

/** Declares a kind module; the identity only gives it type checking. */
export const defineKind = <S extends SlideBase>(kind: SlideKind<S>): SlideKind<S> => kind;
