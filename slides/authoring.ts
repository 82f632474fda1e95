/**
 * The talk's builders, typed by its own ids: a slide that cites a fact, source, quote or essay
 * paragraph this talk does not have does not compile. Slides import these, never the engine's
 * untyped ones.
 */
import { authoring } from '../src/core/authoring.ts';
import type { ChartSpec } from '../src/core/model/chart-spec.ts';
import type { Rich } from '../src/core/model/rich.ts';
import type { ParagraphId } from './essay.ts';
import type { FactId } from './facts.ts';
import type { CostModelSlide } from './kinds/cost-model.ts';
import type { QuoteId } from './quotes.ts';
import type { SourceId } from './sources.ts';

export interface TalkIds {
  readonly fact: FactId;
  readonly source: SourceId;
  readonly quote: QuoteId;
  readonly paragraph: ParagraphId;
}

/** The talk's own slide kinds, beside the engine's. */
export type TalkSlideKinds = CostModelSlide<TalkIds>;

export type TalkChart = ChartSpec<TalkIds>;
export type TalkRich = Rich<TalkIds>;

export const { f, t, em, section, chart, talk } = authoring<TalkIds, TalkSlideKinds>();
