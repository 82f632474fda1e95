/** The talk's evidence: publications, facts with their sources, and dated quotes. Types only. */
import type { AnyIds, Ids } from './ids.ts';

/** A publication a fact or quote comes from. Cite the original outlet, never a mirror. */
export interface Source {
  /** Outlet or organisation, e.g. "Reuters", "DeepSeek". */
  readonly publisher: string;
  readonly title: string;
  /** ISO date ("2025-01-27") or month ("2025-01"). */
  readonly date: string;
  /** The original URL; omitted when only a mirror is known. */
  readonly url?: string;
}

/** Units a number on a slide can carry; each has exactly one formatter in `src/core/format.ts`. */
export type Unit =
  | 'usd' // plain dollars: 5_576_000
  | 'usd-per-gpu-hour'
  | 'usd-per-mtok' // dollars per million tokens
  | 'usd-per-month'
  | 'usd-per-share'
  | 'gpu-hours'
  | 'gpus'
  | 'tokens'
  | 'parameters'
  | 'percent' // a share or a score: 79.8 means 79.8 %
  | 'percent-change' // a signed move: -16.86 means a fall of 16.86 %
  | 'points' // index points, signed
  | 'elo'
  | 'count'
  | 'multiple' // 11 means "11x"
  | 'gb-per-s'
  | 'year';

type Confidence =
  /** Two or more sources, or the primary document. */
  | 'verified'
  /** One source; shown with its source. */
  | 'single-source'
  /** Computed in code from other facts. */
  | 'derived'
  /** Someone's claim, not a fact: the deck says who claims it. */
  | 'claim';

export type FactValue =
  | { readonly type: 'number'; readonly value: number; readonly unit: Unit }
  /** Sources disagree, or a source gives a range: the slide shows the range. */
  | { readonly type: 'range'; readonly low: number; readonly high: number; readonly unit: Unit }
  /** ISO date, "2025-01-20", or month, "2023-05". */
  | { readonly type: 'date'; readonly iso: string };

/** `S`: the talk's source ids, so a fact citing an unknown source does not compile. */
export interface Fact<S extends string = string> {
  /** What the number is, in our words (shown in tooltips and the sources list). */
  readonly claim: string;
  readonly value: FactValue;
  readonly sources: readonly [S, ...S[]];
  readonly confidence: Confidence;
  /** Where sources disagree or a caveat applies; read out in the notes. */
  readonly note?: string;
}

/** A dated, exact quote. */
export interface Quote<S extends string = string> {
  readonly who: string;
  /** Role at the time, e.g. "CEO, Microsoft". */
  readonly role: string;
  readonly text: string;
  /** ISO date. */
  readonly date: string;
  /** Where it was said: "X", "earnings call", ... */
  readonly where: string;
  readonly sources: readonly [S, ...S[]];
}

/** A talk's registries, as plain data: what `createRegistry` looks ids up in. */
export interface RegistryData<I extends Ids = AnyIds> {
  readonly facts: Readonly<Record<I['fact'], Fact<I['source']>>>;
  readonly sources: Readonly<Record<I['source'], Source>>;
  readonly quotes: Readonly<Record<I['quote'], Quote<I['source']>>>;
  /** Essay paragraph ids with a one-line summary each. */
  readonly paragraphs: Readonly<Record<I['paragraph'], string>>;
}
