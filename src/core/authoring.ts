/**
 * How a talk is written: `authoring<Ids>()` hands the talk builders typed by its own ids, so citing a
 * fact, source, quote or paragraph the talk does not have is a compile error in the slide that cites
 * it; `defineTalk` takes the whole talk, with any slide kinds of its own beside the engine's.
 */
import type { BuiltInSlide, KindRegistry } from '../kinds/index.ts';
import type { ChartSpec } from './model/chart-spec.ts';
import type { Ids } from './model/ids.ts';
import type { FactRef, Inline, Rich } from './model/rich.ts';
import type { Section, SlideBase, Talk } from './model/talk.ts';
import { em, fact, link, rich } from './rich.ts';

/** A talk whose slides are the engine's kinds and the talk's own `Extra` kinds. */
export type TalkOf<I extends Ids, Extra extends SlideBase<I> = never> = Talk<I, BuiltInSlide<I> | Extra> &
  ([Extra] extends [never] ? { readonly kinds?: undefined } : { readonly kinds: KindRegistry<Extra> });

export function authoring<I extends Ids, Extra extends SlideBase<I> = never>() {
  type Slide = BuiltInSlide<I> | Extra;
  return {
    /** A fact, formatted by its unit where it appears. */
    f: (id: I['fact'], style?: FactRef['style']): FactRef<I> => fact<I>(id, style),
    /** Rich text: t`R1 costs ${f('px-r1-out')} per million output tokens`. */
    t: (strings: TemplateStringsArray, ...parts: readonly Inline<I>[]): Rich<I> => rich<I>(strings, ...parts),
    em,
    link,
    /** A part of the talk, its slides in order. */
    section: (section: Section<Slide>): Section<Slide> => section,
    /** One slide, where a slide is built apart from its part. */
    slide: <S extends Slide>(slide: S): S => slide,
    /** A chart spec: its values and dates are the talk's facts. */
    chart: <S extends ChartSpec<I>>(spec: S): S => spec,
    /** The whole talk: the one value the engine, the build and every command are handed. */
    talk: <T extends TalkOf<I, Extra>>(talk: T): T => talk,
  };
}
