/**
 * The shapes of the talk: slides, facts, sources, charts. Types only, no runtime.
 *
 * The registries in `slides/` (sources, facts, quotes, essay paragraphs) give the id unions below,
 * so citing an id that does not exist is a compile error in the slide that cites it.
 */
import type { SourceId } from '../../slides/sources.ts';
import type { FactId } from '../../slides/facts.ts';
import type { QuoteId } from '../../slides/quotes.ts';
import type { ParagraphId } from '../../slides/essay.ts';

export type { SourceId, FactId, QuoteId, ParagraphId };

// ---------------------------------------------------------------- sources and facts

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

export type Confidence =
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

export interface Fact {
  /** What the number is, in our words (shown in tooltips and the sources list). */
  readonly claim: string;
  readonly value: FactValue;
  readonly sources: readonly [SourceId, ...SourceId[]];
  readonly confidence: Confidence;
  /** Where sources disagree or a caveat applies; read out in the notes. */
  readonly note?: string;
}

/** A dated, exact quote, with the speaker's stake in the matter kept beside it. */
export interface Quote {
  readonly who: string;
  /** Role at the time, e.g. "CEO, Microsoft". */
  readonly role: string;
  readonly text: string;
  /** ISO date. */
  readonly date: string;
  /** Where it was said: "X", "earnings call", ... */
  readonly where: string;
  readonly sources: readonly [SourceId, ...SourceId[]];
}

// ---------------------------------------------------------------- rich text

/** A number from the fact registry, formatted by its unit. */
export interface FactRef {
  readonly kind: 'fact';
  readonly id: FactId;
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
export type Inline = string | FactRef | LinkRef | EmphasisRef;
/** Text with facts, links and emphasis inside; written with the `t` template tag. */
export type Rich = readonly Inline[];

// ---------------------------------------------------------------- charts

export type ChartColor = 'accent' | 'positive' | 'negative' | 'neutral' | 'muted' | 'highlight';

/** One value of a chart series: a fact, with an optional colour for this bar alone. */
export interface ChartPoint {
  readonly fact: FactId;
  readonly color?: ChartColor;
  /** A second figure shown beside the value in its label and table, e.g. the dollars beside the GPU-hours. */
  readonly also?: FactId;
}

export interface ChartSeries {
  readonly label: string;
  readonly points: readonly ChartPoint[];
  readonly color?: ChartColor;
}

/** A category named with a date from the registry, e.g. "NVIDIA, 3 Sep 2024", so no date is typed in. */
export interface DatedCategory {
  readonly label: string;
  readonly date: FactId;
}

/** A chart as data. One module (`src/core/chart-data.ts`) turns it into Chart.js's config. */
export interface ChartSpec {
  /** Kebab-case, unique in the deck: the canvas's id and the test's handle. */
  readonly id: string;
  readonly type: 'bar' | 'line';
  /** Horizontal bars read better for long category names. */
  readonly orientation?: 'vertical' | 'horizontal';
  readonly categories: readonly (string | DatedCategory)[];
  readonly series: readonly [ChartSeries, ...ChartSeries[]];
  /** The value axis: its title (with unit) and scale. */
  readonly valueAxis: {
    readonly title: string;
    /** Log scales are labelled as such on the slide. */
    readonly scale?: 'linear' | 'log';
    /** Bars start at zero unless this says otherwise, and then the chart says so. */
    readonly min?: number;
    readonly max?: number;
  };
  /**
   * A second value axis that reads the same bars in another unit: the first axis times a rate fact
   * (GPU-hours times dollars per GPU-hour gives dollars). Drawn opposite the first.
   */
  readonly secondaryAxis?: { readonly title: string; readonly rate: FactId };
  /** One sentence for screen readers: what the chart shows and what it means. */
  readonly alt: string;
  /** What a reader must know to read the chart honestly (mixed chips, fiscal years); shown under it. */
  readonly note?: Rich;
  /** Print the value on each bar. */
  readonly valueLabels?: boolean;
  /** Colour each bar by its sign (diverging bars). */
  readonly diverging?: boolean;
  /** Stack the series. */
  readonly stacked?: boolean;
}

// ---------------------------------------------------------------- slides

interface SlideBase {
  /** Kebab-case, unique: the deep link `#/<id>`. */
  readonly id: string;
  /** Speaker notes in the speaker's voice, our own words; one entry per paragraph. */
  readonly notes: readonly Rich[];
  /** Seconds the speaker plans for this slide (reveal's `data-timing`). */
  readonly timing: number;
  /** Essay paragraphs the slide draws on. */
  readonly paragraphs: readonly ParagraphId[];
  /** Sources shown on the slide beyond those of the facts it cites. */
  readonly sources?: readonly SourceId[];
}

export interface TitleSlide extends SlideBase {
  readonly kind: 'title';
  readonly title: string;
  readonly subtitle: string;
  /** Speaker, event, date. */
  readonly byline: string;
}

export interface SectionSlide extends SlideBase {
  readonly kind: 'section';
  readonly title: string;
  /** One line under the title: the question this part answers. */
  readonly kicker?: string;
}

export interface BulletsSlide extends SlideBase {
  readonly kind: 'bullets';
  readonly title: string;
  readonly lead?: Rich;
  readonly bullets: readonly Rich[];
  /** Reveal the bullets one by one. */
  readonly stepwise?: boolean;
}

export interface StatementSlide extends SlideBase {
  readonly kind: 'statement';
  readonly title: string;
  /** One big sentence. */
  readonly statement: Rich;
  readonly detail?: Rich;
}

export interface QuoteSlide extends SlideBase {
  readonly kind: 'quote';
  readonly title: string;
  /** One to three quotes, each with the speaker's vested interest beside it. */
  readonly quotes: readonly { readonly quote: QuoteId; readonly interest: Rich }[];
}

export interface ChartSlide extends SlideBase {
  readonly kind: 'chart';
  readonly title: string;
  readonly chart: ChartSpec;
  /** The one thing to read off the chart. */
  readonly takeaway?: Rich;
}

export type CodeLanguage = 'typescript' | 'python' | 'bash' | 'json';

export interface CodeSlide extends SlideBase {
  readonly kind: 'code';
  readonly title: string;
  readonly language: CodeLanguage;
  /** The code; build it from facts (`src/core/facts.ts`) where it carries figures. */
  readonly code: string;
  readonly caption?: Rich;
}

export interface TableSlide extends SlideBase {
  readonly kind: 'table';
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Rich[])[];
  readonly caption?: Rich;
}

export interface TimelineSlide extends SlideBase {
  readonly kind: 'timeline';
  readonly title: string;
  /** Each event's date is a date fact, so the timeline is sourced. */
  readonly events: readonly { readonly date: FactId; readonly label: string; readonly highlight?: boolean }[];
}

export interface CostModelSlide extends SlideBase {
  readonly kind: 'cost-model';
  readonly title: string;
  /** Default GPU-hours, price per GPU-hour and the hardware estimate to add. */
  readonly gpuHours: FactId;
  readonly pricePerHour: FactId;
  readonly hardware: FactId;
}

export interface AgendaSlide extends SlideBase {
  readonly kind: 'agenda';
  readonly title: string;
}

export interface SourcesSlide extends SlideBase {
  readonly kind: 'sources';
  readonly title: string;
}

export interface ClosingSlide extends SlideBase {
  readonly kind: 'closing';
  readonly title: string;
  readonly message?: Rich;
}

export type Slide =
  | TitleSlide
  | SectionSlide
  | BulletsSlide
  | StatementSlide
  | QuoteSlide
  | ChartSlide
  | CodeSlide
  | TableSlide
  | TimelineSlide
  | CostModelSlide
  | AgendaSlide
  | SourcesSlide
  | ClosingSlide;

export type SlideKind = Slide['kind'];

/** A part of the talk: the agenda and the PDF bookmarks group slides by it. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly slides: readonly Slide[];
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
  /** ISO month ("2026-12") the hindsight facts were last checked; the hindsight slides show it. */
  readonly asOf: string;
}

export interface Deck {
  readonly meta: DeckMeta;
  readonly sections: readonly Section[];
}
