/**
 * The engine's slide kinds, one module each, found by `kind`. The mapped type keeps the registry
 * exhaustive: a kind in `BuiltInSlide` without a module here, or a module for a kind that has no
 * slide type, is a type error rather than a slide that renders nothing.
 */
import type { SlideKind } from '../core/kind.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { agenda, type AgendaSlide } from './agenda.ts';
import { bullets, type BulletsSlide } from './bullets.ts';
import { chart, type ChartSlide } from './chart.ts';
import { closing, type ClosingSlide } from './closing.ts';
import { code, type CodeSlide } from './code.ts';
import { diagram, type DiagramSlide } from './diagram.ts';
import { quote, type QuoteSlide } from './quote.ts';
import { section, type SectionSlide } from './section.ts';
import { sources, type SourcesSlide } from './sources.ts';
import { statement, type StatementSlide } from './statement.ts';
import { table, type TableSlide } from './table.ts';
import { timeline, type TimelineSlide } from './timeline.ts';
import { title, type TitleSlide } from './title.ts';

export type BuiltInSlide<I extends Ids = AnyIds> =
  | TitleSlide<I>
  | SectionSlide<I>
  | BulletsSlide<I>
  | StatementSlide<I>
  | QuoteSlide<I>
  | ChartSlide<I>
  | DiagramSlide<I>
  | CodeSlide<I>
  | TableSlide<I>
  | TimelineSlide<I>
  | AgendaSlide<I>
  | SourcesSlide<I>
  | ClosingSlide<I>;

export type KindRegistry<S extends SlideBase> = { readonly [K in S['kind']]: SlideKind<Extract<S, { kind: K }>> };

export const BUILT_IN_KINDS: KindRegistry<BuiltInSlide> = {
  title,
  section,
  bullets,
  statement,
  quote,
  chart,
  diagram,
  code,
  table,
  timeline,
  agenda,
  sources,
  closing,
};
