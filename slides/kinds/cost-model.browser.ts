/**
 * The cost model's behaviour in the page: its inputs change the total, the formula and the chart's
 * data live. Wired by delegation from the document, so it survives reveal replacing the slides
 * (scroll view leaving). When its chart's data changes it asks the charts to draw it again.
 */
import type { RevealPlugin } from 'reveal.js';
import type { ResolvedChart } from '../../src/core/chart-model.ts';
import { ATTR, CHART_DATA_EVENT, SELECTOR, SLIDE_FILLED_EVENT } from '../../src/core/contract.ts';
import { formatNumber } from '../../src/core/format.ts';
import { definePlugin } from '../../src/browser/lifetime.ts';
import { costModelChart, costModelTotal, type CostModelDefaults, type CostModelState } from './cost-model-math.ts';

function defaultsOf(model: HTMLElement): CostModelDefaults {
  const json = model.getAttribute(ATTR.costModel);
  if (!json) throw new Error(`cost model: its element has no ${ATTR.costModel}`);
  return JSON.parse(json) as CostModelDefaults;
}

function input(model: HTMLElement, name: string): HTMLInputElement {
  const found = model.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!found) throw new Error(`cost model: no input named "${name}"`);
  return found;
}

function stateOf(model: HTMLElement): CostModelState {
  return { hours: input(model, 'hours').valueAsNumber, rate: input(model, 'rate').valueAsNumber, withHardware: input(model, 'hardware').checked };
}

function show(model: HTMLElement, name: string, text: string): void {
  const output = model.querySelector<HTMLOutputElement>(`output[${ATTR.show}="${name}"]`);
  if (output) output.textContent = text;
}

/** Writes a state into the model: its outputs, the sliders' spoken values, and its chart's data. */
function render(model: HTMLElement): void {
  const defaults = defaultsOf(model);
  const state = stateOf(model);
  const hours = formatNumber(state.hours, 'gpu-hours');
  const rate = formatNumber(state.rate, 'usd-per-gpu-hour');
  const hardware = formatNumber(defaults.hardware, 'usd', 'short');
  input(model, 'hours').setAttribute('aria-valuetext', hours);
  input(model, 'rate').setAttribute('aria-valuetext', rate);
  show(model, 'hours', hours);
  show(model, 'rate', rate);
  show(model, 'total', formatNumber(costModelTotal(defaults, state), 'usd', 'short'));
  show(model, 'formula', `${hours} \u00d7 ${rate}${state.withHardware ? ` + ${hardware} hardware` : ''}`);
  const figure = model.querySelector<HTMLElement>(SELECTOR.chart);
  if (!figure) return;
  const previous = JSON.parse(figure.getAttribute(ATTR.chart) ?? '{}') as ResolvedChart;
  figure.setAttribute(ATTR.chart, JSON.stringify(costModelChart(previous.id, defaults, state, previous.alt)));
  figure.dispatchEvent(new CustomEvent(CHART_DATA_EVENT, { bubbles: true }));
}

/** Whether the inputs hold what the page was built with, which its outputs already show. */
function asBuilt(model: HTMLElement): boolean {
  return [...model.querySelectorAll<HTMLInputElement>('input')].every((field) =>
    field.type === 'checkbox' ? field.checked === field.defaultChecked : field.value === field.defaultValue,
  );
}

/**
 * Enables every model's inputs (they ship disabled for the page without JavaScript) and shows their
 * state where the browser restored other values than the page's (a reload keeps form values).
 */
function activate(): void {
  document.querySelectorAll<HTMLElement>(SELECTOR.costModel).forEach((model) => {
    model.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button').forEach((control) => {
      control.disabled = false;
    });
    if (!asBuilt(model)) render(model);
  });
}

const modelOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>(SELECTOR.costModel) : null);

/** "Back to the report's figures": every input to the value the page was built with. */
function reset(model: HTMLElement): void {
  model.querySelectorAll<HTMLInputElement>('input').forEach((field) => {
    if (field.type === 'checkbox') field.checked = field.defaultChecked;
    else field.value = field.defaultValue;
  });
  render(model);
}

export const costModelPlugin: RevealPlugin = definePlugin('cost-model', (reveal, { signal }) => {
  const update = (event: Event) => {
    const model = modelOf(event);
    if (model) render(model);
  };
  document.addEventListener('input', update, { signal });
  document.addEventListener('change', update, { signal });
  document.addEventListener(
    'click',
    (event) => {
      const model = modelOf(event);
      if (model && event.target instanceof Element && event.target.closest('.cost-reset')) reset(model);
    },
    { signal },
  );
  // On start, after the scroll view put back its copy of the slides (inputs disabled again), and
  // when a deferred slide's content comes in (the engine's deferred slides).
  reveal.on('ready', activate, { signal });
  reveal.on('sync', activate, { signal });
  document.addEventListener(SLIDE_FILLED_EVENT, (event) => (event.target as Element).querySelector(SELECTOR.costModel) && activate(), { signal });
});
