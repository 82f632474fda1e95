/**
 * The browser side of the cost-model slide kind: its inputs change the total, the formula and the
 * chart's data live. Works by delegation from the document, so it survives reveal replacing the slides
 * (scroll view leaving).
 */
import type { RevealPlugin } from 'reveal.js';
import { costModelChart, costModelTotal, type CostModelDefaults, type CostModelState, type ResolvedChart } from '../../core/chart-model.ts';
import { ATTR, SELECTOR } from '../../core/contract.ts';
import { formatNumber } from '../../core/format.ts';
import { definePlugin, type Lifetime } from '../lifetime.ts';

const MODEL_SELECTOR = SELECTOR.costModel;

function defaultsOf(model: HTMLElement): CostModelDefaults {
  const json = model.getAttribute(ATTR.costModel);
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
  const output = model.querySelector<HTMLOutputElement>(`output[${ATTR.show}="${name}"]`);
  if (output) output.textContent = text;
}

/** Writes a state into the model: its outputs, the sliders' spoken values, and its chart's data. */
function render(model: HTMLElement, onChartData: (figure: HTMLElement) => void): void {
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
  onChartData(figure);
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
function activateCostModels(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>(MODEL_SELECTOR).forEach((model) => {
    model.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button').forEach((control) => {
      control.disabled = false;
    });
    // The charts are not drawn yet: they are drawn with this data.
    if (!asBuilt(model)) render(model, () => undefined);
  });
}

/** Wires the models' inputs; `onChartData` is told when a model's chart has new data to draw. */
function wireCostModels(onChartData: (figure: HTMLElement) => void, { signal }: Lifetime): void {
  const modelOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>(MODEL_SELECTOR) : null);
  const update = (event: Event) => {
    const model = modelOf(event);
    if (model) render(model, onChartData);
  };
  document.addEventListener('input', update, { signal });
  document.addEventListener('change', update, { signal });
  document.addEventListener(
    'reset',
    (event) => {
      const model = modelOf(event);
      // The reset event fires before the form resets its inputs; show the state after it.
      if (model) setTimeout(() => render(model, onChartData));
    },
    { signal },
  );
  // The model has nothing to submit; pressing Enter must not try to.
  document.addEventListener(
    'submit',
    (event) => {
      if (modelOf(event)) event.preventDefault();
    },
    { signal },
  );
}

/**
 * The cost models' plugin; `onChartData` is told when a model's chart has new data to draw (the
 * charts plugin's redraw). Registered before the charts, so a restored state is in place when they draw.
 */
export function costModel(onChartData: (figure: HTMLElement) => void): RevealPlugin {
  return definePlugin('cost-model', (reveal, life) => {
    wireCostModels(onChartData, life);
    // On start, and after the scroll view put back its copy of the slides (inputs disabled again).
    reveal.on('ready', () => activateCostModels(document), { signal: life.signal });
    reveal.on('sync', () => activateCostModels(document), { signal: life.signal });
  });
}
