import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue } from '../../../src/core/format.ts';
import { highlight } from '../../../src/core/highlight.ts';
import { createRegistry } from '../../../src/core/registry.ts';
import { Citations } from '../../../src/core/render/citations.ts';
import { escapeHtml, html } from '../../../src/core/render/html.ts';
import { renderRich } from '../../../src/core/render/rich.ts';
import { f, fixtureTalk, link, t } from '../../fixtures/talk/index.ts';

const registry = createRegistry(fixtureTalk.registry);

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

describe('src/core/registry', () => {
  it('looks facts, sources and quotes up in the registries it is handed', () => {
    expect(registry.factText('run-cost')).toBe('$5.576M');
    expect(registry.factNumber('gpu-hours')).toBe(2_788_000);
    expect(registry.shortCitation('wire-story')).toBe('Example Wire, 27 Jan 2025');
    expect(registry.fullCitation('print-only')).toBe('Example Weekly: A story seen only in print (Feb 2025)');
    expect(registry.quote('founder').who).toBe('A. Founder');
  });

  it('names the id and where to add it when an id is unknown, and a range has no single number', () => {
    expect(() => registry.fact('nope')).toThrow(/Unknown fact "nope"/);
    expect(() => registry.source('toString')).toThrow(/Unknown source "toString"/);
    expect(() => registry.factNumber('loss')).toThrow(/is a range, not a single number/);
  });

  it('keeps two talks apart: each registry answers only for its own', () => {
    const other = createRegistry({ facts: {}, sources: {}, quotes: {}, paragraphs: {} });
    expect(() => other.fact('run-cost')).toThrow(/Unknown fact/);
    expect(registry.fact('run-cost').confidence).toBe('derived');
  });
});

describe('src/core/render/rich', () => {
  it('marks every fact it renders and cites the fact’s sources', () => {
    const citations = new Citations(registry);
    const out = renderRich(t`The run cost ${f('run-cost')}.`, registry, citations).markup;
    expect(out).toBe('The run cost <span class="fact" data-fact="run-cost">$5.576M</span>.');
    expect([...citations.facts]).toEqual(['run-cost']);
    expect([...citations.sources]).toEqual(['lab-report']);
  });

  it('opens outside links safely and refuses plain http', () => {
    const citations = new Citations(registry);
    expect(renderRich([link('paper', 'https://arxiv.org/abs/2412.19437')], registry, citations).markup).toContain('rel="noopener noreferrer"');
    expect(() => renderRich([link('x', 'http://example.com')], registry, citations)).toThrow(/https/);
  });
});

describe('src/core/highlight', () => {
  it('marks up code for its language and escapes it', () => {
    const out = highlight('cost = hours * 2  # <b>\n', 'python');
    expect(out).toContain('<span class="hljs-number">2</span>');
    expect(out).toContain('<span class="hljs-comment"># &lt;b&gt;</span>');
    expect(out).not.toContain('<b>');
  });

  it('refuses a language the deck does not ship', () => {
    expect(() => highlight('x', 'rust' as never)).toThrow(/Unknown language/);
  });
});
