/**
 * Every slide read from the back row, on the built talk at 1280x720 (reveal's authoring size, scale
 * 1): headlines of 44px or more, all other slide text 24px or more except citation lines (16px), chart
 * ticks and value labels 24px or more in the charts' own options, at most 40 words of body text on all
 * content slides but two named ones, at most five slides with a bulleted list and none longer than
 * three items; and nothing runs off the slide at 1280x720 or at 4:3 1024x768. One page load per
 * screen; the deck is walked slide by slide.
 */
import { expect, test, type Page } from '@playwright/test';
import { chartConfig } from '../../src/browser/charts/kinds/index.ts';
import type { ChartTheme } from '../../src/browser/charts/theme.ts';
import type { ResolvedChart } from '../../src/core/chart-model.ts';
import { ATTR, SELECTOR } from '../../src/core/contract.ts';
import { openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';
import { layoutProblems, showWholeSlide } from './support/layout.ts';
import { readSlide, type SlideReading } from './support/legibility.ts';

const HEADLINE_MIN = 44;
const TEXT_MIN = 24;
const CITE_MIN = 16;
const WORDS_MAX = 40;
const LIST_SLIDES_MAX = 5;
const LIST_ITEMS_MAX = 3;

/** Slides that carry the talk; the rest are structure (title, dividers, agenda, sources, closing). */
const CONTENT_KINDS = new Set(['bullets', 'statement', 'quote', 'chart', 'code', 'table', 'timeline', 'cost-model', 'diagram']);
const CONTENT_SLIDES = RENDERED.slides.filter((s) => CONTENT_KINDS.has(s.slide.kind)).map((s) => s.slide.id);

/** The two content slides allowed past 40 words, and why. */
const WORDY: Readonly<Record<string, string>> = {
  'since-scorecard': 'a scorecard of four bets, each with what happened: the table is the evidence',
  tweaks: 'seven tricks, each with what it cuts: a table read row by row while the speaker explains',
};

/** Every font size in a Chart.js configuration's options: fonts (`font.size`) and the value labels' `size`. */
function fontSizes(value: unknown, path = 'options'): { path: string; size: number }[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = `${path}.${key}`;
    if (key === 'size' && typeof child === 'number') return [{ path: here, size: child }];
    if (key === 'enabled' || key === 'tooltip') return []; // tooltips: on hover, not on the projection
    return fontSizes(child, here);
  });
}

const THEME: ChartTheme = {
  colors: { accent: '#000', positive: '#000', negative: '#000', neutral: '#000', muted: '#000', highlight: '#000' },
  text: '#000',
  muted: '#000',
  grid: '#000',
  background: '#fff',
  font: 'Inter',
  // As on a slide: the phone article's smaller scale is the reader spec's to check.
  typeScale: 1,
  layout: 'slide',
};

test.use({ reducedMotion: 'reduce' });

/** Walks every slide at a screen size, with every fragment in: what each slide reads as, the charts it draws, what runs off it. */
async function walkSlides(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await openDeck(page);
  const readings = new Map<string, SlideReading>();
  const charts: ResolvedChart[] = [];
  const overflow: string[] = [];
  for (const id of SLIDE_IDS) {
    await showWholeSlide(page, id);
    await expect.poll(() => page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe(id);
    // Fragments fade in even with reduced motion: read the slide once they are in.
    await page.evaluate(() => Promise.all(document.getAnimations().filter((animation) => animation instanceof CSSTransition).map((animation) => animation.finished)));
    readings.set(id, await readSlide(page));
    overflow.push(...(await layoutProblems(page)).map((problem) => `${id}: ${problem}`));
    if (process.env.PRESENT_SHOTS) await page.screenshot({ path: `${process.env.PRESENT_SHOTS}/${width}x${height}-${id}.png` });
    for (const json of await page.locator(`section#${id} ${SELECTOR.chart}`).evaluateAll((els, attr) => els.map((el) => el.getAttribute(attr)!), ATTR.chart)) {
      charts.push(JSON.parse(json) as ResolvedChart);
    }
  }
  return { readings, charts, overflow };
}

test('every slide reads from the back row at 1280x720: type sizes, chart labels, words and lists; nothing runs off it', async ({ page }) => {
  test.setTimeout(120_000);
  const { readings, charts, overflow } = await walkSlides(page, 1280, 720);
  const content = CONTENT_SLIDES.map((id) => [id, readings.get(id)!] as const);
  const all = [...readings];
  const smallHeadlines = all.flatMap(([id, r]) => r.headlines.filter((size) => size < HEADLINE_MIN).map((size) => `${id}: ${size}px`));
  const smallText = all.filter(([, r]) => r.smallestText && r.smallestText.size < TEXT_MIN).map(([id, r]) => `${id}: ${r.smallestText!.size}px "${r.smallestText!.text}"`);
  const smallCites = all.filter(([, r]) => r.smallestCite && r.smallestCite.size < CITE_MIN).map(([id, r]) => `${id}: ${r.smallestCite!.size}px "${r.smallestCite!.text}"`);
  const wordy = content.filter(([, r]) => r.words > WORDS_MAX).map(([id, r]) => `${id}: ${r.words} words`);
  const listed = all.filter(([, r]) => r.lists.length > 0);
  const longLists = listed.filter(([, r]) => r.lists.some((n) => n > LIST_ITEMS_MAX)).map(([id, r]) => `${id}: ${r.lists.join(', ')} items`);
  const chartFonts = charts.flatMap((chart) =>
    fontSizes(chartConfig(chart, THEME, { pixelRatio: 1, animate: false, interactive: false }).options)
      .filter(({ size }) => size < TEXT_MIN)
      .map(({ path, size }) => `${chart.id}: ${path} ${size}px`),
  );

  // The figures, for the record (before and after a redesign).
  console.log(
    [
      `content slides: ${content.length}, slides: ${all.length}`,
      `headlines under ${HEADLINE_MIN}px: ${smallHeadlines.length}`,
      `content slides with text under ${TEXT_MIN}px: ${content.filter(([, r]) => r.smallestText && r.smallestText.size < TEXT_MIN).length}`,
      `slides with citations under ${CITE_MIN}px: ${smallCites.length}`,
      `content slides over ${WORDS_MAX} words: ${wordy.length} (${content.map(([id, r]) => `${id} ${r.words}`).join(', ')})`,
      `slides with a bulleted list: ${listed.length} (${listed.map(([id, r]) => `${id} ${r.lists.join('+')}`).join(', ')})`,
      `chart font sizes under ${TEXT_MIN}px: ${chartFonts.length}`,
      `overflow at 1280x720: ${overflow.length}`,
      ...overflow.filter((line) => !line.startsWith('sources')).slice(0, 30),
    ].join('\n'),
  );

  expect(smallHeadlines, 'headlines under 44px').toEqual([]);
  expect(smallText, 'slide text under 24px').toEqual([]);
  expect(smallCites, 'citation lines under 16px').toEqual([]);
  expect(chartFonts, 'chart labels under 24px').toEqual([]);
  expect(wordy.filter((line) => !(line.split(':')[0]! in WORDY)), 'content slides over 40 words (two may be, named in WORDY)').toEqual([]);
  expect(Object.keys(WORDY).length).toBeLessThanOrEqual(2);
  expect(listed.length, 'slides with a bulleted list').toBeLessThanOrEqual(LIST_SLIDES_MAX);
  expect(longLists, 'bulleted lists longer than three items').toEqual([]);
  expect(overflow, 'nothing runs off the slide at 1280x720').toEqual([]);
});

test('nothing runs off any slide on a 4:3 screen (1024x768)', async ({ page }) => {
  test.setTimeout(120_000);
  const { overflow } = await walkSlides(page, 1024, 768);
  expect(overflow).toEqual([]);
});
