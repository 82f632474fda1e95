import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue } from '../../src/core/format.ts';
import { escapeHtml, html } from '../../src/core/render/html.ts';
import { renderRich } from '../../src/core/render/rich.ts';
import { Citations } from '../../src/core/render/citations.ts';
import { resolveChart } from '../../src/core/chart-data.ts';
import { f, link, t } from '../../src/core/rich.ts';
import { factText } from '../../src/core/registry.ts';
import { unsourcedFigures } from './figures.ts';

describe('src/core/render/html', () => {
  it('escapes interpolated text, so slide text can never inject markup', () => {
    const evil = '<img src=x onerror=alert(1)> & "quotes"';
    expect(html`<p title="${evil}">${evil}</p>`.markup).toBe(`<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`);
    expect(html`<p>${evil}</p>`.markup).not.toContain('<img');
  });

  it('inserts nested templates and arrays as markup', () => {
    const items = ['a', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.markup).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});

describe('src/core/format', () => {
  it('writes each unit the same way everywhere', () => {
    expect(formatNumber(5_576_000, 'usd')).toBe('$5.576M');
    expect(formatNumber(5_576_000, 'usd', 'short')).toBe('$5.6M');
    expect(formatNumber(593e9, 'usd')).toBe('$593B');
    expect(formatNumber(2_664_000, 'gpu-hours')).toBe('2.664M GPU-hours');
    expect(formatNumber(-16.86, 'percent-change')).toBe('\u221216.86%');
    expect(formatNumber(3.18, 'percent-change')).toBe('+3.18%');
    expect(formatNumber(0.55, 'usd-per-mtok')).toBe('$0.55/M tokens');
    expect(formatValue({ type: 'range', low: 589e9, high: 593e9, unit: 'usd' })).toBe('$589B\u2013$593B');
    expect(formatValue({ type: 'range', low: -15, high: -12, unit: 'percent-change' })).toBe('\u221215% to \u221212%');
  });

  it('writes dates day-month-year, and months alone when the day is unknown', () => {
    expect(formatDate('2025-01-20')).toBe('20 Jan 2025');
    expect(formatDate('2023-05')).toBe('May 2023');
    expect(() => formatDate('January 2025')).toThrow(/not an ISO date/);
  });
});

describe('src/core/render/rich', () => {
  it('marks every fact it renders and cites the fact’s sources', () => {
    const citations = new Citations();
    const out = renderRich(t`The run cost ${f('v3-cost')}.`, citations).markup;
    expect(out).toContain(`<span class="fact" data-fact="v3-cost">${factText('v3-cost')}</span>`);
    expect([...citations.facts]).toEqual(['v3-cost']);
    expect(citations.sources.size).toBeGreaterThan(0);
  });

  it('opens outside links safely and refuses plain http', () => {
    const citations = new Citations();
    expect(renderRich([link('paper', 'https://arxiv.org/abs/2412.19437')], citations).markup).toContain('rel="noopener noreferrer"');
    expect(() => renderRich([link('x', 'http://example.com')], citations)).toThrow(/https/);
  });
});

describe('src/core/chart-data', () => {
  it('refuses a chart whose series do not match its categories', () => {
    expect(() =>
      resolveChart({
        id: 'broken',
        type: 'bar',
        categories: ['a', 'b'],
        series: [{ label: 's', points: [{ fact: 'v3-pretrain-hrs' }] }],
        valueAxis: { title: 'GPU-hours' },
        alt: 'x',
      }),
    ).toThrow(/1 values for 2 categories/);
  });

  it('refuses a chart that mixes units', () => {
    expect(() =>
      resolveChart({
        id: 'mixed',
        type: 'bar',
        categories: ['a', 'b'],
        series: [{ label: 's', points: [{ fact: 'v3-pretrain-hrs' }, { fact: 'v3-cost' }] }],
        valueAxis: { title: 'x' },
        alt: 'x',
      }),
    ).toThrow(/is in usd/);
  });
});

describe('the figure rule', () => {
  it('accepts figures from the registry and names with digits', () => {
    expect(unsourcedFigures('<p>DeepSeek-V3 cost <span class="fact" data-fact="v3-cost">$5.576M</span> on H800s</p>')).toEqual([]);
  });

  it('catches a typed-in number', () => {
    expect(unsourcedFigures('<p>It cost $6M, trained on 2,048 chips</p>')).toEqual(['$6M,', '2,048']);
  });
});

describe('src/core/render/render-deck', () => {
  it('numbers the references across Sources slides: each slide starts where the one before stopped', async () => {
    const { renderDeck, SOURCES_PER_SLIDE } = await import('../../src/core/render/render-deck.ts');
    const { deck } = await import('../../slides/index.ts');
    const rendered = renderDeck(deck);
    const pages = rendered.slides.filter(({ slide }) => slide.kind === 'sources').map(({ html }) => html.markup);
    expect(pages.length).toBeGreaterThan(1);
    let next = 1;
    for (const page of pages) {
      const start = Number(/<ol class="sources-list"(?: start="(\d+)")?>/.exec(page)?.[1] ?? 1);
      expect(start).toBe(next);
      const items = page.match(/<li id="source-/g)?.length ?? 0;
      expect(items).toBeLessThanOrEqual(SOURCES_PER_SLIDE);
      next += items;
    }
    expect(next - 1).toBe(rendered.sources.length);
  });

  it('names the slide and its file when a slide cannot be rendered', async () => {
    const { renderDeck } = await import('../../src/core/render/render-deck.ts');
    const { deck } = await import('../../slides/index.ts');
    const broken = {
      ...deck,
      sections: [
        {
          id: 'broken-part',
          title: 'Broken',
          slides: [
            {
              kind: 'chart' as const,
              id: 'bad-chart',
              title: 'Bad',
              notes: [],
              timing: 1,
              paragraphs: [],
              chart: { id: 'bad', type: 'bar' as const, categories: ['a'], series: [{ label: 's', points: [] }] as const /* no value for its one category */, valueAxis: { title: 'x' }, alt: 'x' },
            },
          ],
        },
      ],
    };
    expect(() => renderDeck(broken)).toThrow(/Slide "bad-chart" \(slides\/sections\/broken-part\.ts\)/);
  });
});
