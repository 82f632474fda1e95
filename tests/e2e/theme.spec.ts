/**
 * The light and dark palettes, in a real Chromium against the build: `?theme=` set before the first
 * paint (before the deck's script runs, under its Content-Security-Policy), the T key and the
 * toolbar's button, the choice remembered, the page's theme-color, charts drawn again in the new
 * colours, and the contrast of every piece of text on every slide in both palettes, in the slides
 * view and the phone article: body text 7:1 or more on what is behind it, source lines 4.5:1.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';

const BODY_MIN = 7;
const CITE_MIN = 4.5;
const PHONE = { width: 390, height: 844 };
/** tokens.css's dark --color-bg, #0d1117, as the browser writes it. */
const DARK_BACKGROUND = 'rgb(13, 17, 23)';

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-theme') ?? 'dark');
/** The page's theme-color, as the browser resolves it (rgb()). */
const themeColor = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('i');
    probe.style.color = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]')!.content;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Every piece of text in `scope` whose contrast on what is behind it is under the rule: body 7:1, source lines 4.5:1. */
function lowContrast(page: Page, scope: string): Promise<{ checked: number; low: string[]; minBody: number; minCite: number }> {
  return page.evaluate(
    ({ scope, bodyMin, citeMin }) => {
      type Rgba = [number, number, number, number];
      const parse = (css: string): Rgba => {
        const parts = (/\(([^)]*)\)/.exec(css)?.[1] ?? '0 0 0 0').split(/[\s,/]+/).filter(Boolean).map(Number);
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
      };
      const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
      const luminance = ([r, g, b]: Rgba) =>
        [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const ratio = (a: Rgba, b: Rgba) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      /** The colour behind an element: its own and its ancestors' backgrounds, down to the first opaque one. */
      const behind = (element: Element): Rgba => {
        const layers: Rgba[] = [];
        for (let e: Element | null = element; e; e = e.parentElement) {
          const colour = parse(getComputedStyle(e).backgroundColor);
          if (colour[3] > 0) layers.push(colour);
          if (colour[3] >= 1) break;
        }
        return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
      };
      const low: string[] = [];
      let checked = 0;
      let minBody = Infinity;
      let minCite = Infinity;
      for (const root of document.querySelectorAll(scope)) {
        for (const element of [root, ...root.querySelectorAll('*')]) {
          const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
          // The chart's table of numbers is for screen readers (clipped to a pixel); the notes are not on the
          // slide; reveal hides slides other than the present one from screen readers, not from this check.
          if (!ownText || element.closest('.chart-table, .sr-only, aside.notes, [aria-hidden="true"]:not(section)')) continue;
          const colour = parse(getComputedStyle(element).color);
          const text = over(colour, behind(element));
          const contrast = ratio(text, behind(element));
          const cite = !!element.closest('.cite');
          checked++;
          if (cite) minCite = Math.min(minCite, contrast);
          else minBody = Math.min(minBody, contrast);
          if (contrast < (cite ? citeMin : bodyMin)) {
            const where = element.closest('section')?.id ?? element.className;
            low.push(`${where}: "${element.textContent!.trim().slice(0, 40)}" ${contrast.toFixed(2)}:1 (${getComputedStyle(element).color} on ${getComputedStyle(element).backgroundColor})`);
          }
        }
      }
      return { checked, low, minBody, minCite };
    },
    { scope, bodyMin: BODY_MIN, citeMin: CITE_MIN },
  );
}

for (const theme of ['dark', 'light'] as const) {
  test(`${theme}: every slide's text meets the contrast rule, in the slides view and the phone article`, async ({ page }) => {
    await openDeck(page, `?theme=${theme}`);
    expect(await themeOf(page)).toBe(theme);
    const slides = await lowContrast(page, '.reveal .slides > section, .reveal .slide-number');
    expect(slides.checked).toBeGreaterThan(SLIDE_IDS.length * 3);
    expect(slides.low).toEqual([]);
    console.log(`${theme}, slides view: ${slides.checked} texts, lowest body ${slides.minBody.toFixed(2)}:1, lowest source line ${slides.minCite.toFixed(2)}:1`);

    await page.setViewportSize(PHONE);
    await openDeck(page, `?theme=${theme}&view=scroll`);
    const article = await lowContrast(page, '.scroll-page');
    expect(article.checked).toBeGreaterThan(SLIDE_IDS.length * 3);
    expect(article.low).toEqual([]);
    console.log(`${theme}, phone article: ${article.checked} texts, lowest body ${article.minBody.toFixed(2)}:1, lowest source line ${article.minCite.toFixed(2)}:1`);
  });
}

test('?theme=light is set before the first paint: the page is light before the deck’s script has run', async ({ page }) => {
  const errors = collectErrors(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the deck's script: whatever is light now was set by the page's head alone.
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./?theme=light', { waitUntil: 'commit' });
  await expect.poll(() => bodyBackground(page)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-deck-ready'))).toBe(false);
  expect(await themeOf(page)).toBe('light');
  release();
  await page.waitForSelector('html[data-deck-ready]');
  expect(await themeColor(page)).toBe('rgb(255, 255, 255)');
  // The inline step runs under the page's policy (admitted by its hash), with nothing refused.
  expect(errors).toEqual([]);
});

test('T or the toolbar switches the palette; the choice is remembered, and the address wins over the memory', async ({ page }) => {
  const errors = collectErrors(page);
  await openDeck(page);
  expect(await themeOf(page)).toBe('dark');
  expect(await themeColor(page)).toBe(DARK_BACKGROUND);
  await page.keyboard.press('t');
  expect(await themeOf(page)).toBe('light');
  expect(await bodyBackground(page)).toBe('rgb(255, 255, 255)');
  expect(await themeColor(page)).toBe('rgb(255, 255, 255)');

  await page.reload();
  await page.waitForSelector('html[data-deck-ready]');
  expect(await themeOf(page), 'remembered across a reload').toBe('light');

  await openDeck(page, '?theme=dark');
  expect(await themeOf(page), 'the address over the memory').toBe('dark');
  await page.keyboard.press('t');
  expect(new URL(page.url()).searchParams.get('theme'), 'the address follows the choice').toBe('light');

  // The toolbar's button does the same.
  await page.locator('.reader-button-theme').click();
  expect(await themeOf(page)).toBe('dark');
  expect(errors).toEqual([]);
});

/** How many of a canvas's pixels are within a few steps of a colour (#rrggbb). */
function pixelsNear(page: Page, slideId: string, hex: string): Promise<number> {
  return page.evaluate(
    ({ slideId, hex }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`section#${slideId} canvas.chart-canvas`)!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let near = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 250 && Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 12) near++;
      return near;
    },
    { slideId, hex },
  );
}

test('a switch draws the charts again in the new palette, tick labels included', async ({ page }) => {
  const chartSlide = RENDERED.slides.find((s) => s.slide.kind === 'chart')!.slide.id;
  const tokens = (theme: string) =>
    page.evaluate((name) => {
      const probe = document.createElement('div');
      probe.dataset.theme = name;
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const value = { muted: style.getPropertyValue('--color-text-muted').trim() };
      probe.remove();
      return value;
    }, theme);
  await openDeck(page, `#/${chartSlide}`);
  await expect(page.locator(`section#${chartSlide} figure.chart`)).toHaveAttribute('data-chart-state', 'drawn');
  const dark = await tokens('dark');
  const light = await tokens('light');
  expect(await pixelsNear(page, chartSlide, dark.muted), 'dark tick labels').toBeGreaterThan(20);
  expect(await pixelsNear(page, chartSlide, light.muted)).toBe(0);

  await page.keyboard.press('t');
  await expect.poll(() => pixelsNear(page, chartSlide, light.muted), 'light tick labels').toBeGreaterThan(20);
  expect(await pixelsNear(page, chartSlide, dark.muted), 'no dark tick label left').toBe(0);
});
