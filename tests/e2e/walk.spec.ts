/**
 * Every slide of the talk, visited once per screen and view, with every check that belongs at that
 * stop. Presenting: a clicker walks the deck at 1280x720 with the speaker view open (order, notes,
 * previews, charts as they animate in, nothing asked of another host). At rest, reached by its
 * address with every fragment in, at each screen a meetup may hand the speaker: nothing runs off the
 * slide or is cut off, every chart is drawn and sharp, and at 1280x720 axe (with the notes panel) and
 * the keyboard alone. The scroll view on a phone: the keyboard alone, and axe on every slide and its
 * notes. No page raises an error on the way.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { collectErrors, currentSlideId, notesInPlace, openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';
import { axe, describeViolations } from './support/axe.ts';
import { CHART_SLIDES, expectChartsDrawn } from './support/charts.ts';
import { layoutProblems, PROJECTORS } from './support/layout.ts';
import { notesOpening, openSpeakerView, pressUntilSlideChanges, previewSlideId, speakerNotes } from './support/present.ts';
import { recordRequests } from './support/requests.ts';

const HAS_CHARTS = new Set(CHART_SLIDES);

/** Goes to a slide by its address, as a deep link or the agenda does, and shows every fragment in, as the audience sees it last. */
async function showWholeSlideByAddress(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => (location.hash = `#/${target}`), id);
  await expect.poll(() => currentSlideId(page), { message: `the address #/${id} shows its slide` }).toBe(id);
  await page.evaluate(() => {
    while (window.Reveal.nextFragment());
  });
}

/**
 * What a keyboard user cannot do on the slide in view: reach every control by Tab, each with a
 * visible focus ring, without reaching anything hidden or inert.
 */
async function keyboardProblems(page: Page, id: string, index: number): Promise<string[]> {
  // The toolbar fades while the pointer rests; a moved pointer brings it back (so does Tab).
  await page.mouse.move(600 + (index % 2) * 10, 300);
  // What a keyboard user should be able to reach now: everything focusable, shown and not inert.
  const expected = await page.evaluate(() => {
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll<HTMLElement>('[data-focus-probe]')) delete el.dataset.focusProbe;
    return [...document.querySelectorAll<HTMLElement>(focusable)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert], [aria-hidden="true"]'))
      .map((el, i) => (el.dataset.focusProbe = `${i}`));
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const problems: string[] = [];
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
  const now = await currentSlideId(page);
  if (now !== id) problems.push(`${id}: Tab moved the deck to ${now}`);
  return problems;
}

test('presenting at 1280x720: a clicker walks every slide in order, the speaker view follows, every chart draws, nothing comes from another host', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  // Recorded, not stopped: routing every request through the test slows the speaker view's preview
  // frames enough that reveal's first state message can reach the upcoming one before it listens.
  const requests = await recordRequests(page.context(), origin, { stop: false });
  const errors = collectErrors(page);
  await openDeck(page);
  expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(SLIDE_IDS.length);
  const speaker = await openSpeakerView(page);
  const notes = speakerNotes(speaker);
  for (let i = 0; i < SLIDE_IDS.length; i++) {
    // Fragments take presses of their own; PageDown goes on until the slide changes.
    if (i > 0) await pressUntilSlideChanges(page, 'PageDown');
    const { slide } = RENDERED.slides[i]!;
    expect(await currentSlideId(page), `slide ${i + 1}`).toBe(slide.id);
    const opening = notesOpening(slide);
    if (opening) await expect(notes, `notes of ${slide.id}`).toContainText(opening);
    await expect.poll(() => previewSlideId(speaker, 'current'), { message: `current preview on ${slide.id}` }).toBe(slide.id);
    // The upcoming preview shows the next step: the same slide while it has fragments to show.
    const next = (await page.evaluate(() => window.Reveal.availableFragments().next)) ? slide.id : (SLIDE_IDS[i + 1] ?? slide.id);
    await expect.poll(() => previewSlideId(speaker, 'upcoming'), { message: `upcoming preview on ${slide.id}` }).toBe(next);
    // From the first slide on, every chart slide was hidden (display: none) until now: it draws as it comes in.
    if (HAS_CHARTS.has(slide.id)) await expectChartsDrawn(page, slide.id);
  }
  // The last slide's fragments too.
  while (await page.evaluate(() => window.Reveal.nextFragment()));
  expect(await page.evaluate(() => window.Reveal.isLastSlide())).toBe(true);

  // Everything else the speaker's keys open: overview, help, black screen.
  for (const key of ['o', 'o', 'Shift+Slash', 'Escape', 'b', 'b']) await page.keyboard.press(key);
  await expect.poll(() => notes.textContent()).not.toBe('');
  await page.evaluate(() => document.fonts.ready);
  expect(requests.elsewhere).toEqual([]);
  // The check saw the deck's own files: the page, its script, style and fonts, the speaker view's frames.
  const own = requests.all.filter((url) => url.startsWith(origin));
  expect(own.some((url) => /\.woff2$/.test(url))).toBe(true);
  expect(own.some((url) => /\.js$/.test(url))).toBe(true);
  expect(own.filter((url) => url.includes('?receiver')).length).toBe(2);
  expect(errors).toEqual([]);
});

interface AtRest {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly deviceScaleFactor: number;
  /**
   * How the slides are brought to rest: the system's reduced-motion setting (no transitions, charts
   * drawn at once), or charts animating as usual with only reveal's transition off (`?transition=none`).
   */
  readonly motion: 'reduce' | 'animated';
  /** axe with the notes panel, and the keyboard alone, on every slide. */
  readonly a11y?: boolean;
}

/** Projectors and laptops a meetup may hand the speaker (4:3 included), and a laptop at 2x. */
const AT_REST: readonly AtRest[] = [
  { ...PROJECTORS[0], deviceScaleFactor: 1, motion: 'reduce', a11y: true },
  { ...PROJECTORS[1], deviceScaleFactor: 1, motion: 'animated' },
  { ...PROJECTORS[2], deviceScaleFactor: 1, motion: 'reduce' },
  { ...PROJECTORS[3], deviceScaleFactor: 1, motion: 'reduce' },
  { name: '2x laptop', width: 1440, height: 900, deviceScaleFactor: 2, motion: 'animated' },
];

async function newPage(browser: Browser, walk: AtRest) {
  const context = await browser.newContext({
    viewport: { width: walk.width, height: walk.height },
    deviceScaleFactor: walk.deviceScaleFactor,
    reducedMotion: walk.motion === 'reduce' ? 'reduce' : 'no-preference',
  });
  return { context, page: await context.newPage() };
}

for (const walk of AT_REST) {
  const checks = ['fits', 'every chart drawn and sharp', ...(walk.a11y ? ['axe finds nothing, with the notes panel too', 'the keyboard reaches every control with a focus ring'] : [])];
  test(`every slide at ${walk.width}x${walk.height} (${walk.name}), reached by its address: ${checks.join(', ')}`, async ({ browser }) => {
    test.setTimeout(walk.a11y ? 300_000 : 120_000);
    const { context, page } = await newPage(browser, walk);
    const errors = collectErrors(page);
    await openDeck(page, walk.motion === 'animated' ? '?transition=none' : '');
    const found: string[] = [];
    const notesButton = page.getByRole('button', { name: 'Notes for readers' });
    const notesPanel = page.locator('.reveal .speaker-notes');
    if (walk.a11y) {
      // The whole page, with the toolbar awake (it fades while the pointer rests), without and with notes.
      await page.mouse.move(640, 360);
      found.push(...describeViolations('page', (await axe(page)).violations));
      await notesButton.click();
      await expect(notesPanel).toBeVisible();
      found.push(...describeViolations('page (notes panel)', (await axe(page)).violations));
      await notesButton.click();
      await expect(notesPanel).toBeHidden();
    }
    for (const [i, id] of SLIDE_IDS.entries()) {
      await showWholeSlideByAddress(page, id);
      if (HAS_CHARTS.has(id)) await expectChartsDrawn(page, id, `${id} at ${walk.width}x${walk.height}`);
      found.push(...(await layoutProblems(page)).map((problem) => `${id}: ${problem}`));
      if (process.env.PRESENT_SHOTS) await page.screenshot({ path: `${process.env.PRESENT_SHOTS}/${walk.width}x${walk.height}${walk.deviceScaleFactor > 1 ? `@${walk.deviceScaleFactor}x` : ''}-${id}.png` });
      if (!walk.a11y) continue;
      found.push(...(await keyboardProblems(page, id, i)));
      // The slide as shown, with its notes in the panel beside it.
      await notesButton.click();
      await expect(notesPanel).toBeVisible();
      found.push(...describeViolations(id, (await axe(page, ['.reveal .slides > section.present', '.reveal .speaker-notes'])).violations));
      await notesButton.click();
      await expect(notesPanel).toBeHidden();
    }
    expect([...new Set(found)]).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the scroll view on a phone: the keyboard reaches every link and control in reading order with a focus ring; axe finds nothing on any slide or its notes', async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = collectErrors(page);
  // As a phone opens it: the scroll view by itself, entered from the slides view reveal starts in.
  await openDeck(page);
  await notesInPlace(page);
  expect(await page.locator('.scroll-page').count()).toBe(SLIDE_IDS.length);

  // Down the whole document by Tab: everything focusable, shown and not inert, is reached.
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

  const found = describeViolations('scroll view', (await axe(page, 'body', '.scroll-page')).violations);
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
    found.push(...describeViolations(`scroll view, ${shown.map((i) => SLIDE_IDS[i]).join(', ')}`, results.violations));
    first = shown.at(-1)! + 1;
  }
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});

test('the layout check finds content that runs off a slide, a word too long for its box, and text in the source line’s place', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page);
  // A slide with a source line at its foot, and room above it.
  const target = RENDERED.slides.find(({ citations, slide }) => citations.sources.size > 0 && slide.kind !== 'title')?.slide.id ?? SLIDE_IDS[0]!;
  await showWholeSlideByAddress(page, target);
  expect(await layoutProblems(page)).toEqual([]);
  // A scratch bullet list in the page only: a bullet far too long, and a word no line can hold.
  await page.evaluate((id) => {
    const list = document.createElement('ul');
    list.className = 'bullets';
    for (const text of ['A bullet that goes on and on. '.repeat(40), 'Unbreakable'.repeat(30)]) {
      const item = document.createElement('li');
      item.textContent = text;
      list.append(item);
    }
    document.querySelector(`section#${id} .slide-body`)!.append(list);
  }, target);
  const problems = (await layoutProblems(page)).join('\n');
  expect(problems).toMatch(/<li> "A bullet that goes on.*" leaves the slide \(bottom by \d+px\)/);
  expect(problems).toMatch(/<li> "Unbreakable.*" (spills out of its box by \d+px of width|leaves the slide \(right)/);
  expect(problems).toMatch(/<li> "A bullet that goes on.*" runs into the source line/);
});
