/**
 * Charts in every view of the deck (drawn and sharp on every slide at each screen size: walk.spec.ts):
 * sharp after a resize while hidden, redrawn after scroll view, drawn in print view with its fragment copies,
 * light in the speaker view's previews, still under reduced motion; and the cost model responds.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openDeck, RENDERED } from './support/deck.ts';
import { canvasStats, CHART_SLIDES, expectDrawnAndSharp, waitForCharts } from './support/charts.ts';
import { READY, readySelector } from '../../src/core/contract.ts';

const COST_MODEL = RENDERED.slides.find((s) => s.slide.kind === 'cost-model')?.slide.id;

/** What a slide's first chart shows, shrunk to a small greyscale thumbnail, to tell whether it changed. */
function canvasThumb(page: Page, slideId: string): Promise<number[]> {
  return page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`section#${id} canvas.chart-canvas`)!;
    const thumb = document.createElement('canvas');
    thumb.width = 96;
    thumb.height = 48;
    const ctx = thumb.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0, thumb.width, thumb.height);
    const data = ctx.getImageData(0, 0, thumb.width, thumb.height).data;
    const grey: number[] = [];
    for (let i = 0; i < data.length; i += 4) grey.push(Math.round((data[i]! + data[i + 1]! + data[i + 2]!) / 3) * (data[i + 3]! / 255));
    return grey;
  }, slideId);
}

/** The share of thumbnail pixels that differ visibly between two states of a chart. */
function changed(a: readonly number[], b: readonly number[]): number {
  return a.filter((value, i) => Math.abs(value - (b[i] ?? 0)) > 24).length / a.length;
}

async function goToSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const slide = document.getElementById(slideId);
    if (!slide) throw new Error(`no slide ${slideId}`);
    const { h, v } = window.Reveal.getIndices(slide);
    window.Reveal.slide(h, v);
  }, id);
}

test.skip(CHART_SLIDES.length === 0, 'the deck has no chart slides yet');

// Every chart drawn and sharp on every screen, as its slide is shown: walk.spec.ts.

test('a chart stays sharp when the window is resized while its slide is hidden', async ({ page }) => {
  const [first] = CHART_SLIDES;
  await openDeck(page, `#/${first}`);
  await waitForCharts(page, first!);
  await goToSlide(page, RENDERED.slides[0]!.slide.id);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForFunction(() => window.Reveal.getScale() > 1.2);
  await goToSlide(page, first!);
  await expect.poll(async () => (await canvasStats(page, `section#${first}`))[0]?.width ?? 0).toBeGreaterThan(1500);
  expectDrawnAndSharp(await canvasStats(page, `section#${first}`), `${first} after a resize`);
});

test('charts are drawn again after scroll view is switched off', async ({ page }) => {
  const errors = collectErrors(page);
  const [first, second = first] = CHART_SLIDES;
  await openDeck(page, `#/${first}`);
  await waitForCharts(page, first!);
  // A phone held upright: reveal switches to scroll view below its activation width.
  await page.setViewportSize({ width: 400, height: 800 });
  await page.waitForFunction(() => window.Reveal.isScrollView());
  await page.locator(`section#${second} figure.chart`).first().scrollIntoViewIfNeeded();
  await waitForCharts(page, second!);
  expectDrawnAndSharp(await canvasStats(page, `section#${second}`), `${second} in scroll view`);
  // Turned sideways again: reveal leaves scroll view and puts back a copy of the slides (blank canvases).
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForFunction(() => !window.Reveal.isScrollView());
  const current = await page.evaluate(() => window.Reveal.getCurrentSlide()?.id ?? '');
  for (const id of [...new Set([current, ...CHART_SLIDES])].filter((id) => CHART_SLIDES.includes(id))) {
    await goToSlide(page, id);
    await waitForCharts(page, id);
    expectDrawnAndSharp(await canvasStats(page, `section#${id}`), `${id} after scroll view`);
  }
  expect(errors).toEqual([]);
});

test('print view draws every chart, the fragment-step copies too, at print resolution', async ({ page }) => {
  const [first] = CHART_SLIDES;
  // Give the first chart slide a fragment, so print view makes copies of its page for the steps.
  await page.addInitScript((id) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const step = document.createElement('p');
      step.className = 'fragment';
      step.textContent = 'A step';
      document.querySelector(`section#${id} .slide-body`)?.append(step);
    });
  }, first!);
  await page.goto('./?view=print&pdfSeparateFragments=true');
  await page.waitForSelector(readySelector(READY.charts), { timeout: 30_000 });
  const stats = await canvasStats(page, '.pdf-page');
  // Each chart slide once, plus the fragment copies of the first (its base page and one per step).
  expect(stats.length).toBeGreaterThanOrEqual(CHART_SLIDES.length + 1);
  for (const [i, s] of stats.entries()) {
    expect(s.painted, `print canvas ${i}`).toBeGreaterThan(s.width * s.height * 0.03);
    expect(s.width, `print canvas ${i} backing store`).toBeGreaterThanOrEqual(Math.floor(s.cssWidth * 2));
  }
});

test('the speaker view’s preview frame draws only the slide it shows', async ({ page }) => {
  const [first, second] = CHART_SLIDES;
  await page.goto(`./?receiver&transition=none#/${first}`);
  await page.waitForSelector(readySelector(READY.deck));
  expect(await page.evaluate(() => window.Reveal.isSpeakerNotes())).toBe(true);
  await waitForCharts(page, first!);
  expectDrawnAndSharp(await canvasStats(page, `section#${first}`), `${first} in a preview frame`);
  const drawnElsewhere = await page.evaluate(
    (id) => [...document.querySelectorAll<HTMLElement>('figure.chart')].filter((f) => f.dataset.chartState && !f.closest(`section#${id}`)).length,
    first!,
  );
  expect(drawnElsewhere).toBe(0);
  if (second) {
    const frames = await firstAndLastFrames(page, second);
    expect(frames.first === frames.last, 'a preview frame paints the final chart at once').toBe(true);
  }
});

/** Shows a slide and watches every frame: the first frame its chart painted, and the chart a second later. */
function firstAndLastFrames(page: Page, id: string): Promise<{ first: string; last: string }> {
  return page.evaluate(async (slideId) => {
    const slide = document.getElementById(slideId)!;
    const { h, v } = window.Reveal.getIndices(slide);
    window.Reveal.slide(h, v);
    const canvas = slide.querySelector<HTMLCanvasElement>('canvas.chart-canvas')!;
    const blank = document.createElement('canvas');
    let first = '';
    for (let i = 0; i < 120 && !first; i++) {
      await new Promise(requestAnimationFrame);
      blank.width = canvas.width;
      blank.height = canvas.height;
      const shot = canvas.toDataURL();
      if (canvas.width > 0 && shot !== blank.toDataURL()) first = shot;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { first, last: canvas.toDataURL() };
  }, id);
}

test('charts appear complete; under reduced motion the cost model’s changes do not animate either', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await openDeck(page);
  const [first] = CHART_SLIDES;
  const shown = await firstAndLastFrames(page, first!);
  expect(shown.first).not.toBe('');
  expect(shown.first === shown.last, 'the first painted frame is the final chart').toBe(true);
  if (COST_MODEL) {
    await goToSlide(page, COST_MODEL);
    await waitForCharts(page, COST_MODEL);
    // Watch every frame after a change of input: the first changed frame must already be the final one.
    const frames = await page.evaluate(async (id) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`section#${id} canvas.chart-canvas`)!;
      const before = canvas.toDataURL();
      const slider = document.querySelector<HTMLInputElement>(`section#${id} input[name="hours"]`)!;
      slider.stepUp(20);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      let first = '';
      for (let i = 0; i < 60 && !first; i++) {
        await new Promise(requestAnimationFrame);
        const shot = canvas.toDataURL();
        if (shot !== before) first = shot;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { first, last: canvas.toDataURL() };
    }, COST_MODEL);
    expect(frames.first).not.toBe('');
    expect(frames.first === frames.last, 'the first changed frame is the final chart').toBe(true);
  }
  await context.close();
});

test('every chart has a one-sentence text alternative and its data as a table', async ({ page }) => {
  await openDeck(page);
  for (const id of CHART_SLIDES) {
    const figures = page.locator(`section#${id} figure.chart`);
    for (const figure of await figures.all()) {
      const alt = await figure.locator('.chart-frame[role="img"]').getAttribute('aria-label');
      expect(alt, id).toMatch(/^[^\n]{20,}[.!?]$/);
      await expect(figure.locator('table.chart-table caption'), id).toHaveText(alt!);
      const data = JSON.parse((await figure.getAttribute('data-chart'))!) as { labels: string[] };
      expect(data.labels.length, `${id}: labels`).toBeGreaterThan(0);
      await expect(figure.locator('table.chart-table tbody tr'), id).toHaveCount(data.labels.length);
    }
  }
});

test.describe('the cost model', () => {
  test.skip(!COST_MODEL, 'the deck has no cost-model slide');

  // Without animation, so each state of the chart can be compared with the one before.
  test.use({ reducedMotion: 'reduce' });

  test('responds to the keyboard: sliders and the hardware switch change the total and the chart', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page, `#/${COST_MODEL}`);
    await waitForCharts(page, COST_MODEL!);
    const model = page.locator(`section#${COST_MODEL} .cost-model`);
    const total = model.locator('output.cost-total');
    const initialTotal = await total.textContent();
    const initialChart = await canvasThumb(page, COST_MODEL!);

    const hours = model.getByRole('slider', { name: 'GPU-hours' });
    await hours.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // The keys moved the slider, not the deck.
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe(COST_MODEL);
    await expect(total).not.toHaveText(initialTotal!);
    await expect.poll(async () => changed(initialChart, await canvasThumb(page, COST_MODEL!))).toBeGreaterThan(0.01);
    await expect(hours).toHaveAttribute('aria-valuetext', /GPU-hours/);

    const withoutHardware = await total.textContent();
    await model.getByRole('switch', { name: /hardware/i }).focus();
    await page.keyboard.press('Space');
    await expect(total).toHaveText(/B$/);
    expect(await total.textContent()).not.toBe(withoutHardware);
    await expect.poll(async () => changed(initialChart, await canvasThumb(page, COST_MODEL!))).toBeGreaterThan(0.01);

    await model.getByRole('button', { name: /report/i }).click();
    await expect(total).toHaveText(initialTotal!);
    await expect.poll(async () => changed(initialChart, await canvasThumb(page, COST_MODEL!))).toBeLessThan(0.002);
    expect(errors).toEqual([]);
  });

  test('shows its default state in print view', async ({ page }) => {
    await page.goto('./?view=print');
    await page.waitForSelector(readySelector(READY.charts), { timeout: 30_000 });
    const model = page.locator('.pdf-page .cost-model').first();
    await expect(model.locator('input[name="hardware"]')).not.toBeChecked();
    const expected = RENDERED.slides.find((s) => s.slide.id === COST_MODEL)!.html.markup.match(/<output class="cost-total"[^>]*><span[^>]*>([^<]+)</)![1]!;
    await expect(model.locator('output.cost-total')).toHaveText(expected);
  });
});
