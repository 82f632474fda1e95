/**
 * Every slide kind in a real page, on the fixture talk (one slide of each): shown with no error,
 * inside the slide at a 16:9 and a 4:3 screen, charts drawn (the line chart on its time axis), and
 * the talk's own kind styled by the talk's browser entry.
 */
import { expect, test, type Page } from '@playwright/test';
import { canvasStats } from '../support/charts.ts';
import { collectErrors, currentSlideId, openDeck } from '../support/deck.ts';
import { layoutProblems, showWholeSlide } from '../support/layout.ts';
import { FIXTURE_IDS } from './support.ts';

test.use({ reducedMotion: 'reduce' });

/** How many of a chart canvas's pixels are painted, once its slide has drawn it. */
async function paintedShare(page: Page, slideId: string): Promise<number> {
  const figure = page.locator(`section#${slideId} figure.chart`);
  await expect(figure).toHaveAttribute('data-chart-state', 'drawn');
  const [stats] = await canvasStats(page, `section#${slideId}`);
  if (!stats) throw new Error(`slide "${slideId}" has no chart canvas`);
  return stats.painted / (stats.width * stats.height);
}

test('a clicker walks every kind of slide in order, without an error', async ({ page }) => {
  const errors = collectErrors(page);
  await openDeck(page);
  const seen = [await currentSlideId(page)];
  while (!(await page.evaluate(() => window.Reveal.isLastSlide() && !window.Reveal.availableFragments().next))) {
    await page.keyboard.press('PageDown');
    const id = await currentSlideId(page);
    if (id !== seen.at(-1)) seen.push(id);
  }
  expect(seen).toEqual(FIXTURE_IDS);
  expect(errors).toEqual([]);
});

for (const screen of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`every kind of slide lies inside the slide at ${screen.width}x${screen.height}`, async ({ page }) => {
    await page.setViewportSize(screen);
    await openDeck(page);
    const found: string[] = [];
    for (const id of FIXTURE_IDS) {
      await showWholeSlide(page, id);
      found.push(...(await layoutProblems(page)).map((problem) => `${id}: ${problem}`));
    }
    expect(found).toEqual([]);
  });
}

test('bar and line charts draw when their slide is shown', async ({ page }) => {
  await openDeck(page, '#/bars');
  expect(await paintedShare(page, 'bars')).toBeGreaterThan(0.03);
  await openDeck(page, '#/line');
  expect(await paintedShare(page, 'line')).toBeGreaterThan(0.01);
});

test('the line chart places its points by date on a time axis, the marked one in its own colour', async ({ page }) => {
  await openDeck(page, '#/line');
  await expect(page.locator('section#line figure.chart')).toHaveAttribute('data-chart-state', 'drawn');
  // The sell-off point is dated three days after the first and eight months before the last: on a
  // time axis it sits near the left end; on a category axis it would sit in the middle.
  const where = await page.locator('section#line canvas').evaluate((canvas: HTMLCanvasElement) => {
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--color-chart-negative');
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    const { width, height } = canvas;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    const xs: number[] = [];
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - r!) < 8 && Math.abs(data[i + 1]! - g!) < 8 && Math.abs(data[i + 2]! - b!) < 8 && data[i + 3]! > 200) xs.push((i / 4) % width);
    }
    return { count: xs.length, share: xs.reduce((sum, x) => sum + x, 0) / xs.length / width };
  });
  expect(where.count, 'pixels of the marked point').toBeGreaterThan(50);
  expect(where.share).toBeLessThan(0.3);
  // The table beside it names the point with its date, for readers who cannot see the canvas.
  await expect(page.locator('section#line table.chart-table')).toContainText('Sell-off, 27 Jan 2025');
});

test('the talk’s own slide kind is drawn with the talk’s own styles', async ({ page }) => {
  await openDeck(page, '#/big-number');
  await expect(page.locator('section#big-number .big-number')).toHaveCSS('font-size', '120px');
  await expect(page.locator('section#big-number .big-number')).toHaveText('$589B–$593B');
});
