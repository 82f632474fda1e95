/**
 * A small Chart.js plugin, registered with the rest in register.ts: writes each bar's value at its end
 * (inside the bar when there is no room outside) and draws a whisker where a value is a range because
 * sources disagree.
 */
import type { BarElement, Chart, ChartType, Plugin } from 'chart.js';

export interface ValueLabelOptions {
  /** Per dataset, per bar: the text to write; empty writes nothing. */
  readonly labels: readonly (readonly string[])[];
  /** Per dataset, per bar: the ends of a range, or null. */
  readonly ranges: readonly (readonly (readonly [number, number] | null)[])[];
  readonly color: string;
  /** Text colours for a label inside its bar: the one of the two that stands out more on the bar's fill. */
  readonly insideColors: readonly [string, string];
  readonly font: string;
  readonly size: number;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter must match Chart.js's declaration
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelOptions | false;
  }
}

const GAP = 8;

/** WCAG relative luminance of a #rrggbb colour (anything else counts as mid-grey). */
function luminance(color: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return 0.2;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Of the two colours, the one that reads better on a bar of this fill (light bars in the light palette take dark text). */
function onBar(fill: unknown, [first, second]: readonly [string, string]): string {
  const bar = luminance(String(fill));
  return contrast(bar, luminance(first)) >= contrast(bar, luminance(second)) ? first : second;
}

function drawWhisker(chart: Chart, bar: BarElement, range: readonly [number, number], horizontal: boolean, color: string): void {
  const scale = horizontal ? chart.scales.x : chart.scales.y;
  if (!scale) return;
  const { ctx } = chart;
  const props = bar.getProps(['x', 'y'], true) as { x: number; y: number };
  const from = scale.getPixelForValue(range[0]);
  const to = scale.getPixelForValue(range[1]);
  const cap = 7;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  if (horizontal) {
    ctx.moveTo(from, props.y);
    ctx.lineTo(to, props.y);
    for (const x of [from, to]) {
      ctx.moveTo(x, props.y - cap);
      ctx.lineTo(x, props.y + cap);
    }
  } else {
    ctx.moveTo(props.x, from);
    ctx.lineTo(props.x, to);
    for (const y of [from, to]) {
      ctx.moveTo(props.x - cap, y);
      ctx.lineTo(props.x + cap, y);
    }
  }
  ctx.stroke();
  ctx.restore();
}

export const valueLabelsPlugin: Plugin = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, pluginOptions) {
    const options = pluginOptions as ValueLabelOptions | false;
    if (!options || !('labels' in options)) return;
    const { ctx, chartArea } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((_dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((element, index) => {
        const bar = element as BarElement;
        const range = options.ranges[datasetIndex]?.[index];
        if (range) drawWhisker(chart, bar, range, horizontal, options.color);
        const text = options.labels[datasetIndex]?.[index];
        if (!text) return;
        const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as Record<'x' | 'y' | 'base', number>;
        // Always the back-row size: a chart whose bars are too thin for their labels should drop them
        // (valueLabels: false, as the benchmark chart does), not whisper them.
        const size = options.size;
        ctx.font = `600 ${size}px ${options.font}`;
        const width = ctx.measureText(text).width;
        if (horizontal) {
          const end = range ? Math.max(x, chart.scales.x!.getPixelForValue(range[1])) : x;
          const forward = x >= base;
          const outside = forward ? end + GAP : end - GAP - width;
          const fits = forward ? outside + width <= chartArea.right : outside >= chartArea.left;
          const roomInside = Math.abs(x - base) >= width + 2 * GAP;
          ctx.fillStyle = fits || !roomInside ? options.color : onBar(bar.options.backgroundColor, options.insideColors);
          ctx.textAlign = 'left';
          ctx.fillText(text, fits || !roomInside ? outside : forward ? x - GAP - width : x + GAP, y);
        } else {
          const top = range ? Math.min(y, chart.scales.y!.getPixelForValue(range[1])) : y;
          const up = y <= base;
          const outside = up ? top - GAP - size / 2 : top + GAP + size / 2;
          const fits = up ? outside - size / 2 >= chartArea.top : outside + size / 2 <= chartArea.bottom;
          ctx.fillStyle = fits ? options.color : onBar(bar.options.backgroundColor, options.insideColors);
          ctx.textAlign = 'center';
          ctx.fillText(text, x, fits ? outside : up ? y + GAP + size / 2 : y - GAP - size / 2);
        }
      });
    });
    ctx.restore();
  },
};
