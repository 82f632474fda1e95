/**
 * Accessibility of the built deck in a real Chromium: axe-core on every slide in the slides view
 * and in the scroll view (notes included), keyboard-only use with a visible focus ring, the page's
 * language, one h1 and a sane heading order, alt text, described charts and reduced motion.
 * One page per test, moving slide to slide: no reload per slide.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { deck } from '../../slides/index.ts';
import { collectErrors, currentSlideId, notesInPlace, openDeck, SLIDE_IDS } from './support/deck.ts';

/** One line per violation, naming the rule, the element and what to fix, for a readable failure. */
function describe(where: string, violations: readonly Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((node) => `${where}: ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/**
 * axe on the page or a part of it. Legacy mode runs axe in the page only, without the cross-frame
 * protocol: the deck has no frames, and it halves the time per run.
 */
function axe(page: Page, include?: string | string[], exclude?: string) {
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  for (const selector of [include ?? []].flat()) builder = builder.include(selector);
  if (exclude) builder = builder.exclude(exclude);
  return builder.analyze();
}

async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const { h, v } = window.Reveal.getIndices(document.getElementById(slideId)!);
    window.Reveal.slide(h, v);
  }, id);
  await expect.poll(() => currentSlideId(page)).toBe(id);
  // Charts on the slide are drawn (their figure says so) before axe looks at it.
  await page.waitForFunction((slideId) => [...document.querySelectorAll<HTMLElement>(`section#${slideId} figure.chart`)].every((f) => f.dataset.chartState === 'drawn'), id);
}

test.beforeEach(async ({ page }) => {
  // The deck's transitions are off under reduced motion, so axe never sees a slide half-way in.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('axe finds no violations on any slide in the slides view, with and without the notes panel', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openDeck(page);
  // The whole page, with the toolbar awake (it fades while the pointer rests), without and with notes.
  await page.mouse.move(640, 360);
  const found = describe('page', (await axe(page)).violations);
  await page.getByRole('button', { name: 'Notes for readers' }).click();
  await expect(page.locator('.reveal .speaker-notes')).toBeVisible();
  found.push(...describe('page (notes panel)', (await axe(page)).violations));
  // Then each slide as it is shown, with its notes in the panel beside it.
  for (const id of SLIDE_IDS) {
    await showSlide(page, id);
    found.push(...describe(id, (await axe(page, ['.reveal .slides > section.present', '.reveal .speaker-notes'])).violations));
  }
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});

test('axe finds no violations in the scroll view, on every slide and its notes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = collectErrors(page);
  await openDeck(page, '?view=scroll');
  await notesInPlace(page);
  const found = describe('scroll view', (await axe(page, 'body', '.scroll-page')).violations);
  expect(await page.locator('.scroll-page').count()).toBe(SLIDE_IDS.length);
  // axe judges contrast only on screen. A taller window at phone width (pages are as tall as the
  // width makes them) holds several pages at once: check them in batches, scrolling page by page.
  await page.setViewportSize({ width: 390, height: 2400 });
  for (let first = 0; first < SLIDE_IDS.length; ) {
    const shown = await page.evaluate((index) => {
      const pages = [...document.querySelectorAll<HTMLElement>('.scroll-page')];
      document.body.scrollTop += pages[index]!.getBoundingClientRect().top;
      const onScreen = pages.map((p, i) => [i, p.getBoundingClientRect()] as const).filter(([i, r]) => i === index || (i > index && r.bottom <= innerHeight));
      return onScreen.map(([i]) => i);
    }, first);
    const results = await axe(page, shown.map((i) => `.scroll-page:nth-child(${i + 1} of .scroll-page)`));
    found.push(...describe(`scroll view, ${shown.map((i) => SLIDE_IDS[i]).join(', ')}`, results.violations));
    first = shown.at(-1)! + 1;
  }
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});

test('the keyboard alone reaches every control on every slide, each with a visible focus ring', async ({ page }) => {
  test.setTimeout(120_000);
  await openDeck(page);
  const problems: string[] = [];
  for (const [i, id] of SLIDE_IDS.entries()) {
    await showSlide(page, id);
    // The toolbar fades while the pointer rests; a moved pointer brings it back (so does Tab).
    await page.mouse.move(600 + (i % 2) * 10, 300);
    // What a keyboard user should be able to reach now: everything focusable, shown and not inert.
    const expected = await page.evaluate(() => {
      const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll<HTMLElement>(focusable)]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert], [aria-hidden="true"]'))
        .map((el, i) => (el.dataset.focusProbe = `${i}`));
    });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Map<string, string>();
    for (let press = 0; press < expected.length + 3; press++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { probe: el.dataset.focusProbe ?? `unexpected ${el.tagName.toLowerCase()}.${el.className}`, name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '', ring };
      });
      if (!focus) continue;
      if (focus.probe.startsWith('unexpected')) problems.push(`${id}: Tab reaches ${focus.probe}, which is hidden or inert`);
      reached.set(focus.probe, focus.name);
      if (!focus.ring) problems.push(`${id}: no visible focus ring on "${focus.name}"`);
    }
    for (const probe of expected) if (!reached.has(probe)) problems.push(`${id}: Tab never reaches control #${probe}`);
    // Still on the same slide: Tab moves the focus, never the deck.
    expect(await currentSlideId(page)).toBe(id);
  }
  expect([...new Set(problems)]).toEqual([]);
});

test('in the scroll view the keyboard reaches every link and control in reading order, each with a visible focus ring', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openDeck(page, '?view=scroll');
  const expected = await page.evaluate(() => {
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert], [aria-hidden="true"]')).length;
  });
  const problems: string[] = [];
  const reached = new Set<string>();
  let previousPage = -1;
  for (let press = 0; press < expected + 2; press++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const key = el.dataset.focusKey ?? (el.dataset.focusKey = String(Math.random()));
      return {
        key,
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        onScreen: rect.bottom > 0 && rect.top < innerHeight,
        page: [...document.querySelectorAll('.scroll-page')].findIndex((p) => p.contains(el)),
        inToolbar: !!el.closest('.reader-toolbar'),
      };
    });
    if (!focus) continue;
    reached.add(focus.key);
    if (!focus.ring) problems.push(`no visible focus ring on "${focus.name}"`);
    if (!focus.onScreen) problems.push(`"${focus.name}" has the focus but is off screen`);
    // Reading order: slide by slide down the page (the fixed toolbar comes first).
    if (!focus.inToolbar && focus.page < previousPage) problems.push(`"${focus.name}" is reached after a later slide's controls`);
    if (!focus.inToolbar) previousPage = focus.page;
  }
  expect([...new Set(problems)]).toEqual([]);
  expect(reached.size).toBeGreaterThanOrEqual(expected);
});

test('Space and Enter on a focused toolbar button press it and do not change the slide', async ({ page }) => {
  await openDeck(page, `#/${SLIDE_IDS[1]}`);
  const notes = page.getByRole('button', { name: 'Notes for readers' });
  await notes.focus();
  await page.keyboard.press('Space');
  await expect(notes).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(notes).toHaveAttribute('aria-pressed', 'false');
  expect(await currentSlideId(page)).toBe(SLIDE_IDS[1]);
});

test('the page has its language, one h1 and headings that never skip a level', async ({ page }) => {
  for (const view of ['', '?view=scroll']) {
    await openDeck(page, view);
    expect(await page.locator('html').getAttribute('lang')).toBe(deck.meta.lang);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels.filter((level) => level === 1), `${view || 'slides view'}: h1 count`).toHaveLength(1);
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} then h${level} (heading ${i + 1})`] : []));
    expect(skips, view || 'slides view').toEqual([]);
  }
});

test('images have alt text and every chart is described, with its numbers in a table', async ({ page }) => {
  await openDeck(page);
  const missingAlt = await page.locator('img:not([alt])').count();
  expect(missingAlt).toBe(0);
  const charts = await page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((figure) => ({
      label: figure.querySelector('[role="img"]')?.getAttribute('aria-label')?.trim() ?? '',
      rows: figure.querySelectorAll('table tbody tr').length,
      caption: figure.querySelector('table caption')?.textContent?.trim() ?? '',
    })),
  );
  for (const chart of charts) {
    expect(chart.label.length).toBeGreaterThan(10);
    expect(chart.rows).toBeGreaterThan(0);
    expect(chart.caption.length).toBeGreaterThan(0);
  }
});

test('reduced motion: no slide transitions and no fading toolbar', async ({ page }) => {
  await openDeck(page);
  expect(await page.evaluate(() => [window.Reveal.getConfig().transition, window.Reveal.getConfig().backgroundTransition])).toEqual(['none', 'none']);
  const toolbarTransition = await page.locator('.reader-toolbar').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(toolbarTransition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openDeck(page);
  expect(await page.evaluate(() => window.Reveal.getConfig().transition)).not.toBe('none');
});
