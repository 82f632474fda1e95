/** The charts' colours and type, read from the design tokens in src/styles/tokens.css (the one place they live). */
import { chartColorToken, THEME_TOKEN } from '../../core/contract.ts';
import type { ChartColor } from '../../core/model/chart-spec.ts';

export interface ChartTheme {
  readonly colors: Readonly<Record<ChartColor, string>>;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  /** The slide's background: with `text`, the colours a label inside a bar picks from. */
  readonly background: string;
  readonly font: string;
  /** A factor on the type sizes (config.ts FONT_SIZE): 1 on slides, lower where the chart is not scaled (the phone article). */
  readonly typeScale: number;
  /** Where the chart is drawn: a 16:9 slide, or a narrow portrait column (the phone article). */
  readonly layout: 'slide' | 'column';
}

const CHART_COLORS: readonly ChartColor[] = ['accent', 'positive', 'negative', 'neutral', 'muted', 'highlight'];

/**
 * Reads the tokens once per draw, where the chart is (a page may set some for a part of it); a token
 * that is missing is a broken theme, so it fails loudly.
 */
export function readTheme(root: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const token = (name: string): string => {
    const value = style.getPropertyValue(name).trim();
    if (!value) throw new Error(`Chart theme: the CSS token ${name} is not set (src/styles/tokens.css).`);
    return value;
  };
  return {
    colors: Object.fromEntries(CHART_COLORS.map((name) => [name, token(chartColorToken(name))])) as Record<ChartColor, string>,
    text: token(THEME_TOKEN.text),
    muted: token(THEME_TOKEN.muted),
    grid: token(THEME_TOKEN.chartGrid),
    background: token(THEME_TOKEN.background),
    font: token(THEME_TOKEN.font),
    typeScale: Number(token(THEME_TOKEN.chartTypeScale)) || 1,
    layout: token(THEME_TOKEN.chartLayout) === 'column' ? 'column' : 'slide',
  };
}
