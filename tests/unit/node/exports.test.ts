// The exports' pure parts: command lines and default places, PowerPoint charts from the chart
// specs, speaker notes as text, PNG file names.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { REGISTRY_DATA } from '../../../slides/registry.ts';
import { resolveChart as resolveWith } from '../../../src/core/charts/index.ts';
import type { ChartSpec } from '../../../src/core/model/chart-spec.ts';
import { createRegistry } from '../../../src/core/registry.ts';

const registry = createRegistry(REGISTRY_DATA);
const resolveChart = (spec: ChartSpec) => resolveWith(spec, registry);
const factText = registry.factText;
import { EXPORTS_DIR, UsageError } from '../../../src/node/export/args.ts';
import { slideFileName } from '../../../src/node/images/export.ts';
import { parseImagesArgs } from '../../../src/node/images/options.ts';
import { nativeChart, numberFormat, type ChartTheme } from '../../../src/node/pptx/chart.ts';
import { notesText } from '../../../src/node/pptx/notes.ts';
import { parsePptxArgs } from '../../../src/node/pptx/options.ts';

const folder = mkdtempSync(join(tmpdir(), 'deck-exports-unit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const title = deck.meta.title;
const slides = deck.sections.flatMap((section) => section.slides);

describe('export command lines', () => {
  it('put the .pptx and the PNGs in exports/ by default, --out relative to where they were run', () => {
    expect(parsePptxArgs([], title, folder)).toEqual({ help: false, options: { out: join(EXPORTS_DIR, 'deepseek-black-swan-for-the-mag7.pptx') } });
    expect(parsePptxArgs(['--out', 'x.pptx'], title, folder)).toEqual({ help: false, options: { out: join(folder, 'x.pptx') } });
    expect(parsePptxArgs(['--out', folder], title, folder)).toEqual({ help: false, options: { out: join(folder, 'deepseek-black-swan-for-the-mag7.pptx') } });
    expect(parseImagesArgs([], title, folder)).toEqual({ help: false, options: { out: join(EXPORTS_DIR, 'deepseek-black-swan-for-the-mag7-slides'), scale: 1 } });
    expect(parseImagesArgs(['--out', 'png', '--scale', '0.5'], title, folder)).toEqual({ help: false, options: { out: join(folder, 'png'), scale: 0.5 } });
  });

  it.each([
    [() => parsePptxArgs(['--notes'], title, folder), /Unknown option --notes/],
    [() => parsePptxArgs(['--out='], title, folder), /--out needs a path, e.g. --out talk.pptx/],
    [() => parsePptxArgs(['a.pptx'], title, folder), /Unexpected argument "a.pptx"/],
    [() => parseImagesArgs(['--scale', '0'], title, folder), /--scale takes a number from 0.25 to 4, not "0"/],
    [() => parseImagesArgs(['--out='], title, folder), /--out needs a folder/],
  ])('refuse bad flags with what to do (%#)', (parse, message) => {
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(message);
  });
});

describe('PowerPoint charts', () => {
  const theme: ChartTheme = {
    colors: { accent: '#f2c14e', positive: '#56b4e9', negative: '#e69f00', neutral: '#a9b4c2', muted: '#4b5563', highlight: '#cc79a7' },
    text: '#f0f3f6',
    muted: '#a9b4c2',
    grid: '#2b323c',
    font: 'Inter',
  };
  const charts = slides.flatMap((slide) => (slide.kind === 'chart' ? [slide] : []));

  it('carry every chart spec’s categories, series and values, its axis title and its colours', () => {
    expect(charts.length).toBeGreaterThan(0);
    for (const { chart: spec } of charts) {
      const resolved = resolveChart(spec);
      const native = nativeChart(spec, registry, theme, { x: 0, y: 0, w: 10, h: 5 }, spec.alt);
      expect(native.type).toBe(spec.type);
      expect(native.data).toEqual(resolved.series.map((s) => ({ name: s.label, labels: resolved.labels, values: s.values })));
      expect(native.options.valAxisTitle).toBe(resolved.axisTitle);
      expect(native.options.altText).toBe(spec.alt);
      const colors = resolved.series.length === 1 ? resolved.series[0]!.colors : resolved.series.map((s) => s.color);
      expect(native.options.chartColors).toEqual(colors.map((c) => theme.colors[c].slice(1).toUpperCase()));
      if (resolved.scale === 'log') expect(native.options.valAxisLogScaleBase).toBe(10);
      if (resolved.horizontal) expect(native.options.barDir).toBe('bar');
    }
  });

  it('draw a line chart as a native line chart from the same data', () => {
    const spec = charts.find(({ chart }) => chart.type === 'line')!.chart;
    const native = nativeChart(spec, registry, theme, { x: 0, y: 0, w: 10, h: 5 }, spec.alt);
    expect(native.type).toBe('line');
    expect(native.data.map((d) => d.values)).toEqual(resolveChart(spec).series.map((s) => s.values));
    expect(native.options.lineDataSymbol).toBe('circle');
    expect(native.options.barDir).toBeUndefined();
  });

  it('format numbers by unit, scaled like the deck’s ticks', () => {
    expect(numberFormat('usd', 5_576_000)).toBe('$#,##0.0,,"M"');
    expect(numberFormat('usd', 131_800_000_000)).toBe('$#,##0.0,,,"B"');
    expect(numberFormat('gpu-hours', 2_788_000)).toBe('#,##0.0,,"M"');
    expect(numberFormat('percent', 97.3)).toBe('0.#"%"');
    expect(numberFormat('percent-change', -16.9)).toBe('+0.0"%";-0.0"%";0"%"');
  });
});

describe('speaker notes for PowerPoint', () => {
  it('are each slide’s notes, facts as the slide writes them, links with their address', () => {
    const slide = slides.find((s) => s.notes.some((p) => p.some((part) => typeof part !== 'string' && part.kind === 'fact')))!;
    const text = notesText(slide, registry);
    const fact = slide.notes.flat().find((part) => typeof part !== 'string' && part.kind === 'fact');
    if (fact && typeof fact !== 'string' && fact.kind === 'fact') expect(text).toContain(factText(fact.id, fact.style));
    expect(text.split('\n\n')).toHaveLength(slide.notes.filter((p) => p.length > 0).length);
    expect(notesText({ ...slide, notes: [[{ kind: 'link', text: 'the paper', href: 'https://example.org/p' }]] }, registry)).toBe('the paper (https://example.org/p)');
    expect(notesText({ ...slide, notes: [] }, registry)).toBe('');
  });
});

describe('PNG names', () => {
  it('are numbered in order, padded to sort', () => {
    expect(slideFileName(0, 40)).toBe('slide-01.png');
    expect(slideFileName(39, 40)).toBe('slide-40.png');
    expect(slideFileName(4, 120)).toBe('slide-005.png');
  });
});
