import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { ATTR, chartColorToken, SELECTOR, THEME_COLOR, THEME_TOKEN } from '../../../src/core/contract.ts';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import type { ChartColor } from '../../../src/core/model/chart-spec.ts';

const markup = renderDeck(deck)
  .slides.map((s) => s.html.markup)
  .join('\n');
const tokens = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');

/** Whether the markup has an element matching a `tag.class` selector. */
function hasElement(selector: string): boolean {
  const [, tag, className] = /^(\w+)?\.([\w-]+)$/.exec(selector) ?? [];
  if (!className) throw new Error(`not a tag.class selector: ${selector}`);
  return new RegExp(`<${tag ?? '\\w+'}\\b[^>]*\\sclass="(?:[^"]*\\s)?${className}(?:\\s[^"]*)?"`).test(markup);
}

/** A token's value in tokens.css, or undefined. */
const tokenValue = (name: string) => new RegExp(`^\\s*${name}:\\s*([^;]+);`, 'm').exec(tokens)?.[1]?.trim();

describe('src/core/contract: the renderer writes what the browser reads', () => {
  it.each(['notes', 'sourcesList', 'chart', 'chartCanvas', 'chartTable', 'costModel'] as const)('SELECTOR.%s matches the rendered deck', (name) => {
    expect(hasElement(SELECTOR[name]), SELECTOR[name]).toBe(true);
  });

  it.each(['kind', 'section', 'timing', 'chart', 'chartId', 'citesSlide', 'fact', 'costModel', 'show'] as const)('ATTR.%s is on some element of the rendered deck', (name) => {
    expect(new RegExp(`<\\w+\\b[^>]*\\s${ATTR[name]}[\\s=>]`).test(markup), ATTR[name]).toBe(true);
  });
});

describe('src/core/contract: theme tokens the browser reads are defined', () => {
  it.each(Object.values(THEME_TOKEN))('%s is set in tokens.css', (token) => {
    expect(tokenValue(token)).toBeTruthy();
  });

  it.each(['accent', 'positive', 'negative', 'neutral', 'muted', 'highlight'] satisfies ChartColor[])('the chart colour %s has its token', (name) => {
    expect(tokenValue(chartColorToken(name))).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('THEME_COLOR.background is the background token', () => {
    expect(THEME_COLOR.background).toBe(tokenValue(THEME_TOKEN.background));
  });
});
