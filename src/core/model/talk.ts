/** A talk as the engine takes it: metadata, parts of slides, registries and the talk's own kinds. */
import type { RegistryData } from './facts.ts';
import type { AnyIds, Ids } from './ids.ts';
import type { Rich } from './rich.ts';

/** What every slide has, whatever its kind. */
export interface SlideBase<I extends Ids = AnyIds> {
  /** Which kind module lays the slide out (`src/kinds/`, or one of the talk's own kinds). */
  readonly kind: string;
  /** Kebab-case, unique: the deep link `#/<id>`. */
  readonly id: string;
  /** The slide's heading: for a content slide, a short sentence stating its point. */
  readonly title: string;
  /** Speaker notes in the speaker's voice; one entry per paragraph. */
  readonly notes: readonly Rich<I>[];
  /** Seconds the speaker plans for this slide (reveal's `data-timing`). */
  readonly timing: number;
  /** Paragraphs of the talk's source text the slide draws on. */
  readonly paragraphs: readonly I['paragraph'][];
  /** Sources shown on the slide beyond those of the facts it cites. */
  readonly sources?: readonly I['source'][];
}

/** A part of the talk: the agenda and the PDF bookmarks group slides by it. */
export interface Section<S extends SlideBase = SlideBase> {
  readonly id: string;
  readonly title: string;
  readonly slides: readonly S[];
}

export interface DeckMeta {
  readonly title: string;
  readonly subtitle: string;
  readonly author: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly lang: string;
  /** The deck's public address, shown (with a QR code) on the closing slide; empty when unpublished. */
  readonly publicUrl: string;
  /** The month the talk's hindsight is told as of (ISO month, "2026-12"): the last month its facts may describe. */
  readonly asOf: string;
}

/** The talk's own words for labels the engine prints. */
interface Wording {
  /** Before each quote's vested interest, e.g. "Stake". */
  readonly interestLabel: string;
  /** Before the list of source paragraphs in the notes, e.g. "Essay"; empty to leave the line out. */
  readonly paragraphsLabel: string;
}

export interface Talk<I extends Ids = AnyIds, S extends SlideBase<I> = SlideBase<I>> {
  readonly meta: DeckMeta;
  readonly sections: readonly Section<S>[];
  readonly registry: RegistryData<I>;
  readonly wording: Wording;
  /** Slide kinds of the talk's own, beside the engine's (`src/kinds/`). */
  readonly kinds?: Readonly<Record<string, unknown>>;
}
