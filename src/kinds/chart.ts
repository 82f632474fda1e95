/** A chart with the one thing to read off it. The chart's own kind (bar, line) is in its spec. */
import { chartFacts } from '../core/charts/index.ts';
import { defineKind } from '../core/kind.ts';
import type { ChartSpec } from '../core/model/chart-spec.ts';
import type { AnyIds, Ids } from '../core/model/ids.ts';
import type { Rich } from '../core/model/rich.ts';
import type { SlideBase } from '../core/model/talk.ts';
import { renderChartFigure } from '../core/render/figure.ts';
import { html } from '../core/render/html.ts';

export interface ChartSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'chart';
  readonly chart: ChartSpec<I>;
  /** The one thing to read off the chart. */
  readonly takeaway?: Rich<I>;
  /** `evidence`: the chart and its takeaway side by side (for charts of few bars), else the takeaway under it. */
  readonly layout?: 'evidence';
}

export const chart = defineKind<ChartSlide>({
  cites: (slide, citations) => chartFacts(slide.chart).forEach((id) => citations.useFact(id)),
  render: (slide, ctx) => {
    // The takeaway first: the chart's caption must know everything the slide cites.
    const takeaway = slide.takeaway && html`<p class="takeaway">${ctx.rich(slide.takeaway)}</p>`;
    const figure = renderChartFigure(slide.chart, ctx);
    return slide.layout === 'evidence'
      ? html`${ctx.title(slide.title)}
<div class="evidence">${figure}${takeaway}</div>`
      : html`${ctx.title(slide.title)}
${figure}
${takeaway}`;
  },
});
