/**
 * Charts as data. Each chart kind (`src/core/charts/<type>.ts` at build time, `src/browser/charts/
 * kinds/<type>.ts` in the page) resolves and draws its own spec; this file holds their shapes.
 */
import type { AnyIds, Ids } from './ids.ts';
import type { Rich } from './rich.ts';

export type ChartColor = 'accent' | 'positive' | 'negative' | 'neutral' | 'muted' | 'highlight';

/** One value of a chart series: a fact, with an optional colour for this point alone. */
export interface ChartPoint<I extends Ids = AnyIds> {
  readonly fact: I['fact'];
  readonly color?: ChartColor;
  /** A second figure shown beside the value in its label and table, e.g. the dollars beside the GPU-hours. */
  readonly also?: I['fact'];
}

interface ChartSeries<I extends Ids = AnyIds> {
  readonly label: string;
  readonly points: readonly ChartPoint<I>[];
  readonly color?: ChartColor;
}

/** A category named with a date from the registry, e.g. "NVIDIA, 3 Sep 2024", so no date is typed in. */
export interface DatedCategory<I extends Ids = AnyIds> {
  readonly label: string;
  readonly date: I['fact'];
}

/** The value axis: its title (with unit) and scale. */
interface ValueAxis {
  readonly title: string;
  /** Log scales are labelled as such on the slide. */
  readonly scale?: 'linear' | 'log';
  /** Bars start at zero unless this says otherwise, and then the chart says so. */
  readonly min?: number;
  readonly max?: number;
}

interface ChartSpecBase<I extends Ids> {
  /** Kebab-case, unique in the deck: the canvas's id and the test's handle. */
  readonly id: string;
  readonly series: readonly [ChartSeries<I>, ...ChartSeries<I>[]];
  readonly valueAxis: ValueAxis;
  /** One sentence for screen readers: what the chart shows and what it means. */
  readonly alt: string;
  /** What a reader must know to read the chart honestly (mixed chips, fiscal years); shown under it. */
  readonly note?: Rich<I>;
}

/** Bars: categories side by side, each series a set of bars. */
export interface BarChartSpec<I extends Ids = AnyIds> extends ChartSpecBase<I> {
  readonly type: 'bar';
  /** Horizontal bars read better for long category names. */
  readonly orientation?: 'vertical' | 'horizontal';
  readonly categories: readonly (string | DatedCategory<I>)[];
  /**
   * A second value axis that reads the same bars in another unit: the first axis times a rate fact
   * (GPU-hours times dollars per GPU-hour gives dollars). Drawn opposite the first.
   */
  readonly secondaryAxis?: { readonly title: string; readonly rate: I['fact'] };
  /** Print the value on each bar. */
  readonly valueLabels?: boolean;
  /** Colour each bar by its sign (diverging bars). */
  readonly diverging?: boolean;
  /** Stack the series. */
  readonly stacked?: boolean;
}

/**
 * A line over time: every category is a dated fact, placed on the x axis by its date (uneven gaps
 * stay uneven). A point with a colour of its own is marked and named beside it, e.g. the day of a
 * sell-off; points close together in time are left unmarked so their names do not collide.
 */
export interface LineChartSpec<I extends Ids = AnyIds> extends ChartSpecBase<I> {
  readonly type: 'line';
  readonly categories: readonly DatedCategory<I>[];
  /** Write each marked point's value beside its name. */
  readonly valueLabels?: boolean;
}

export type ChartSpec<I extends Ids = AnyIds> = BarChartSpec<I> | LineChartSpec<I>;
export type ChartType = ChartSpec['type'];
