/**
 * A chart spec as a native PowerPoint chart: the same resolved data the deck's Chart.js draws
 * (src/core/chart-data.ts), with its axis title, scale, colours and value labels, so an organiser
 * can restyle or re-read it in PowerPoint. What PowerPoint's chart cannot show the same way is
 * returned as a note for the export's report.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ResolvedChart } from '../../core/chart-model.ts';
import { resolveChart } from '../../core/charts/index.ts';
import type { Registry } from '../../core/registry.ts';
import type { ChartColor, ChartSpec } from '../../core/model/chart-spec.ts';
import type { Unit } from '../../core/model/facts.ts';
import { isDollars } from '../../core/format.ts';

export interface ChartTheme {
  readonly colors: Readonly<Record<ChartColor, string>>;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly font: string;
}

export interface NativeChart {
  readonly type: 'bar' | 'line';
  readonly data: PptxGenJS.OptsChartData[];
  readonly options: PptxGenJS.IChartOpts;
  /** What the native chart leaves out, for the report. */
  readonly caveats: readonly string[];
}

const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

/** Excel number formats by unit, scaled to the chart's largest value, like the deck's compact ticks. */
export function numberFormat(unit: Unit, largest: number): string {
  const magnitude = Math.abs(largest);
  const scaled = (prefix: string) =>
    magnitude >= 1e9 ? `${prefix}#,##0.0,,,"B"` : magnitude >= 1e6 ? `${prefix}#,##0.0,,"M"` : magnitude >= 1e4 ? `${prefix}#,##0,"K"` : `${prefix}#,##0.##`;
  if (isDollars(unit)) return scaled('$');
  switch (unit) {
    case 'percent':
      return '0.#"%"';
    case 'percent-change':
      return '+0.0"%";-0.0"%";0"%"';
    case 'points':
      return '+#,##0;-#,##0;0';
    case 'multiple':
      return '0.#"×"';
    case 'year':
      return '0';
    default:
      return scaled('');
  }
}

export function nativeChart(spec: ChartSpec, registry: Registry, theme: ChartTheme, box: { x: number; y: number; w: number; h: number }, alt: string): NativeChart {
  const chart: ResolvedChart = resolveChart(spec, registry);
  const largest = Math.max(...chart.series.flatMap((s) => s.values.map(Math.abs)));
  const format = numberFormat(chart.unit, largest);
  const single = chart.series.length === 1;
  // One series: each bar keeps its own colour (diverging bars, a highlighted bar); several: one colour a series.
  const colors = single ? chart.series[0]!.colors.map((c) => hex(theme.colors[c])) : chart.series.map((s) => hex(theme.colors[s.color]));
  const axisText = { color: hex(theme.muted), fontFace: theme.font, fontSize: 11 };
  const caveats: string[] = [];
  if (chart.secondary) caveats.push(`its second axis ("${chart.secondary.title}") is left out; the first axis carries the data`);
  if (chart.series.some((s) => s.ranges.some(Boolean))) caveats.push('ranges are drawn as a bar to their midpoint, without the whisker that shows both ends');
  if (!single && chart.series.some((s) => s.colors.some((c) => c !== s.color))) caveats.push('bars coloured apart from their series take the series colour');
  const options: PptxGenJS.IChartOpts = {
    ...box,
    altText: alt,
    chartColors: colors,
    ...(chart.type === 'bar' && { barDir: chart.horizontal ? 'bar' : 'col', barGrouping: chart.stacked ? 'stacked' : 'clustered', barGapWidthPct: 40, ...(chart.stacked && { overlap: 100 }) }),
    ...(chart.type === 'line' && { lineSize: 3, lineDataSymbol: 'circle', lineDataSymbolSize: 8 }),
    valAxisTitle: chart.axisTitle,
    showValAxisTitle: true,
    valAxisTitleColor: hex(theme.muted),
    valAxisTitleFontFace: theme.font,
    valAxisTitleFontSize: 12,
    valAxisLabelColor: axisText.color,
    valAxisLabelFontFace: axisText.fontFace,
    valAxisLabelFontSize: axisText.fontSize,
    valAxisLabelFormatCode: format,
    valGridLine: { color: hex(theme.grid), size: 1 },
    valAxisLineShow: false,
    ...(chart.scale === 'log' && { valAxisLogScaleBase: 10 }),
    ...(chart.min !== undefined && { valAxisMinVal: chart.min }),
    ...(chart.max !== undefined && { valAxisMaxVal: chart.max }),
    catAxisLabelColor: hex(theme.text),
    catAxisLabelFontFace: theme.font,
    catAxisLabelFontSize: 12,
    catAxisLineShow: false,
    // Category names at the chart's edge, not at zero, where diverging bars would cover them.
    catAxisLabelPos: 'low',
    catGridLine: { style: 'none' },
    // Horizontal bars read top to bottom in the deck; PowerPoint draws the first category at the bottom.
    // (pptxgenjs writes the value through; its types list only 'minMax'.)
    ...(chart.horizontal && { catAxisOrientation: 'maxMin' as 'minMax' }),
    showLegend: !single,
    legendPos: 't',
    legendColor: hex(theme.text),
    legendFontFace: theme.font,
    legendFontSize: 12,
    showValue: chart.valueLabels,
    dataLabelFormatCode: format,
    dataLabelColor: hex(theme.text),
    dataLabelFontFace: theme.font,
    dataLabelFontSize: 11,
    dataLabelPosition: chart.type === 'line' ? 't' : chart.stacked ? 'ctr' : 'outEnd',
  };
  const data = chart.series.map((s) => ({ name: s.label, labels: [...chart.labels], values: [...s.values] }));
  return { type: chart.type, data, options, caveats };
}
