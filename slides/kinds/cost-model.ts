/**
 * The talk's own slide kind: an interactive model of DeepSeek-V3's training cost. Rendered in its
 * default state, so print and readers without JavaScript see it too; the inputs ship disabled and
 * its browser code (cost-model.browser.ts) enables them. The controls are a group, not a form: they
 * submit nothing, they change the model as they move.
 */
import { formatNumber } from '../../src/core/format.ts';
import { defineKind } from '../../src/core/kind.ts';
import type { AnyIds, Ids } from '../../src/core/model/ids.ts';
import type { SlideBase } from '../../src/core/model/talk.ts';
import { figureSources, renderFigure } from '../../src/core/render/figure.ts';
import { html } from '../../src/core/render/html.ts';
import { costModelChart, costModelRanges, costModelTotal, type CostModelDefaults } from './cost-model-math.ts';
import { ATTR, CLASS } from '../../src/core/contract.ts';

export interface CostModelSlide<I extends Ids = AnyIds> extends SlideBase<I> {
  readonly kind: 'cost-model';
  /** Default GPU-hours, price per GPU-hour and the hardware estimate to add. */
  readonly gpuHours: I['fact'];
  readonly pricePerHour: I['fact'];
  readonly hardware: I['fact'];
}

const ALT = 'The final training run, GPU-hours times the rental price, beside the estimated hardware spend when it is added.';

export const costModel = defineKind<CostModelSlide>({
  cites: (slide, citations) => [slide.gpuHours, slide.pricePerHour, slide.hardware].forEach((id) => citations.useFact(id)),
  render: (slide, ctx) => {
    const { registry } = ctx;
    const defaults: CostModelDefaults = { hours: registry.factNumber(slide.gpuHours), rate: registry.factNumber(slide.pricePerHour), hardware: registry.factNumber(slide.hardware) };
    const ranges = costModelRanges(defaults);
    const id = slide.id;
    const total = costModelTotal(defaults, { hours: defaults.hours, rate: defaults.rate, withHardware: false });
    const chart = costModelChart(`${id}-chart`, defaults, { hours: defaults.hours, rate: defaults.rate, withHardware: false }, ALT);
    const { caption, coversSlide } = figureSources([slide.gpuHours, slide.pricePerHour, slide.hardware], ctx);
    return html`${ctx.title(slide.title)}<div class="${CLASS.costModel}" ${ATTR.costModel}="${JSON.stringify(defaults)}">
<div class="cost-controls" role="group" aria-label="Cost model inputs">
<div class="cost-field">
<label for="${id}-hours">GPU-hours</label>
<output class="cost-value" for="${id}-hours" ${ATTR.show}="hours">${ctx.fact(slide.gpuHours)}</output>
<input type="range" id="${id}-hours" name="hours" min="${ranges.hours.min}" max="${ranges.hours.max}" step="${ranges.hours.step}" value="${defaults.hours}" aria-valuetext="${registry.factText(slide.gpuHours)}" disabled>
</div>
<div class="cost-field">
<label for="${id}-rate">Price per GPU-hour</label>
<output class="cost-value" for="${id}-rate" ${ATTR.show}="rate">${ctx.fact(slide.pricePerHour)}</output>
<input type="range" id="${id}-rate" name="rate" min="${ranges.rate.min}" max="${ranges.rate.max}" step="${ranges.rate.step}" value="${defaults.rate}" aria-valuetext="${registry.factText(slide.pricePerHour)}" disabled>
</div>
<div class="cost-field cost-switch">
<input type="checkbox" role="switch" id="${id}-hardware" name="hardware" disabled>
<label for="${id}-hardware">Add the estimated hardware spend, ${ctx.fact(slide.hardware, 'short')}</label>
</div>
<button type="button" class="cost-reset" disabled>Back to the report’s figures</button>
</div>
<div class="cost-outcome">
<p class="cost-result"><span class="cost-result-label">Total</span> <output class="cost-total" ${ATTR.show}="total" aria-live="polite"><span class="fact" data-facts="${slide.gpuHours} ${slide.pricePerHour}">${formatNumber(total, 'usd', 'short')}</span></output></p>
<p class="cost-formula"><output ${ATTR.show}="formula">${ctx.fact(slide.gpuHours)} × ${ctx.fact(slide.pricePerHour)}</output></p>
${renderFigure(chart, caption, coversSlide, ' cost-chart')}
</div>
</div>`;
  },
});
