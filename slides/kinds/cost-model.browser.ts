/**
 * The cost model's behaviour: its inputs change the total, the formula and the chart's data live. Works
 * by delegation from the document, so it survives reveal replacing the slides (scroll view leaving).
 */
import type { RevealPlugin } from 'reveal.js';
import type { ResolvedChart } from '../../src/core/chart-model.ts';
import { CHART_DATA_EVENT } from '../../src/core/contract.ts';
import { formatNumber } from '../../src/core/format.ts';
import { costModelChart, costModelTotal, type CostModelDefaults, type CostModelState } from './cost-model-math.ts';

const MODEL_SELECTOR = '.cost-model';

function defaultsOf(model: HTMLElement): CostModelDefaults {
  const json = model.dataset.costModel;
  if (!json) throw new Error('cost model: its element has no data-cost-model');
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
  const output = model.querySelector<HTMLOutputElement>(`output[data-show="${name}"]`);
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
  const figure = model.querySelector<HTMLElement>('figure.chart');
  if (!figure) return;
  const previous = JSON.parse(figure.dataset.chart ?? '{}') as ResolvedChart;
  figure.dataset.chart = JSON.stringify(costModelChart(previous.id, defaults, state, previous.alt));
  // The charts plugin redraws a figure whose data changed.
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
function activate(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>(MODEL_SELECTOR).forEach((model) => {
    model.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button').forEach((control) => {
      control.disabled = false;
    });
    if (!asBuilt(model)) render(model);
  });
}

const modelOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>(MODEL_SELECTOR) : null);
const onInput = (event: Event) => {
  const model = modelOf(event);
  if (model) render(model);
};
/** "Back to the report's figures": every input to the value the page was built with. */
const onClick = (event: Event) => {
  const model = modelOf(event);
  if (!model || !(event.target instanceof Element) || !event.target.closest('.cost-reset')) return;
  model.querySelectorAll<HTMLInputElement>('input').forEach((field) => {
    if (field.type === 'checkbox') field.checked = field.defaultChecked;
    else field.value = field.defaultValue;
  });
  render(model);
};
const LISTENERS = [
  ['input', onInput],
  ['change', onInput],
  ['click', onClick],
] as const;

/** The cost model in the page: wired by delegation from the document, so it survives reveal replacing the slides. */
export const costModelPlugin: RevealPlugin = {
  id: 'cost-model',
  init: (deck) => {
    for (const [type, listener] of LISTENERS) document.addEventListener(type, listener);
    const activateAll = () => activate(document);
    deck.on('ready', activateAll);
    // Scroll view leaving puts back a copy of the slides, inputs disabled as built.
    deck.on('sync', activateAll);
  },
  destroy: () => {
    for (const [type, listener] of LISTENERS) document.removeEventListener(type, listener);
  },
};
