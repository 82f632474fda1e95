/**
 * Reading on your own, in a real Chromium against the build: the scroll view (on by itself on
 * phones, on demand, charts surviving the switch), each slide's notes beneath it, deep links,
 * the keyboard, the agenda, search, overview, the page without JavaScript, link previews, and
 * the build served from a sub-path. Walks whatever slides the manifest has.
 */
import { expect, test, type Page } from '@playwright/test';
import { SHARE_IMAGE, SLIDES_IN_PAGE } from '../../src/core/render/page.ts';
import { singleFileName } from '../../src/core/file-name.ts';
import { DIST_DIR } from '../../src/node/build.ts';
import { startStaticServer } from '../../src/node/static-server.ts';
import { deck } from '../../slides/index.ts';
import { collectErrors, currentSlideId, imagePixels, notesInPlace, openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';
import { READY, readySelector } from '../../src/core/contract.ts';

const PHONE = { width: 390, height: 844 };
const PHONE_ON_ITS_SIDE = { width: 844, height: 390 };
const TABLET = { width: 768, height: 1024 };
const LAPTOP = { width: 1280, height: 720 };

/** The first words of a slide's notes, as the page shows them (figures formatted, markup gone). */
function noteStart(markup: string): string {
  const first = markup.match(/<aside class="notes"[^>]*><p>([\s\S]*?)<\/p>/)?.[1] ?? '';
  const text = first.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return text.replace(/\s+/g, ' ').trim().slice(0, 40);
}
const NOTE_STARTS = new Map(RENDERED.slides.map(({ slide, html }) => [slide.id, noteStart(html.markup)]));
const CHART_SLIDE = RENDERED.slides.find((s) => s.slide.kind === 'chart')?.slide.id;
const AGENDA = RENDERED.slides.find((s) => s.slide.kind === 'agenda');

const isScrollView = (page: Page) => page.evaluate(() => window.Reveal.isScrollView());

/** Two animation frames: reveal reads the scroll position in one. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Where a slide's page starts, relative to the top of the window. */
const pageTop = (page: Page, id: string) => page.evaluate((slideId) => document.getElementById(slideId)!.closest('.scroll-page')!.getBoundingClientRect().top, id);

/** Pixels of a slide's first chart that are painted, and whether its figure says it is drawn. */
function chartPaint(page: Page, id: string): Promise<{ drawn: boolean; painted: number }> {
  return page.evaluate((slideId) => {
    const figure = document.querySelector<HTMLElement>(`section#${slideId} figure.chart`)!;
    const canvas = figure.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width || 1, canvas.height || 1).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return { drawn: figure.dataset.chartState === 'drawn', painted };
  }, id);
}

test.describe('when the scroll view is on', () => {
  test('by itself on phones, upright or on their side; not on tablets or laptops unless asked', async ({ page }) => {
    for (const [size, expected] of [
      [PHONE, true],
      [PHONE_ON_ITS_SIDE, true],
      [TABLET, false],
      [LAPTOP, false],
    ] as const) {
      await page.setViewportSize(size);
      await openDeck(page);
      expect(await isScrollView(page), `${size.width}x${size.height}`).toBe(expected);
    }
    await openDeck(page, '?view=scroll');
    expect(await isScrollView(page), '?view=scroll on a laptop').toBe(true);
    await page.setViewportSize(PHONE);
    await openDeck(page, '?view=slides');
    expect(await isScrollView(page), '?view=slides on a phone').toBe(false);
  });

  test('a phone opens straight into the article: no frame shows the slides view on its way', async ({ page }) => {
    await page.setViewportSize(PHONE);
    // Each frame until the deck is ready: whether a slide is on screen as a slide (in reveal's
    // slides view a slide is a direct child of .slides; in the scroll view it sits in a page).
    await page.addInitScript((readyFlag) => {
      const frames: string[] = ((window as unknown as { frames: string[] }).frames = []);
      const look = () => {
        const ready = document.documentElement.hasAttribute(readyFlag);
        const viewport = document.querySelector('.reveal-viewport');
        const slide = document.querySelector<HTMLElement>('.reveal .slides > section');
        const shown = !!viewport && !!slide && slide.getClientRects().length > 0 && getComputedStyle(slide).visibility === 'visible';
        frames.push(shown ? 'slides view' : viewport?.classList.contains('reveal-scroll') ? 'scroll view' : 'nothing yet');
        // Up to the first frame after the deck is ready.
        if (!ready) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, READY.deck);
    await openDeck(page);
    await settle(page);
    const frames = await page.evaluate(() => (window as unknown as { frames: string[] }).frames);
    expect(frames, frames.join(', ')).not.toContain('slides view');
    expect(frames).toContain('scroll view');
    // Every slide of the article is open to a screen reader, not only the one reveal started on.
    const hidden = await page.evaluate(() => [...document.querySelectorAll('.scroll-page section[hidden], .scroll-page section[aria-hidden="true"]')].map((s) => s.id));
    expect(hidden).toEqual([]);
  });

  test('turning a phone keeps the scroll view and the slide being read', async ({ page }) => {
    const id = SLIDE_IDS[Math.floor(SLIDE_IDS.length / 2)]!;
    await page.setViewportSize(PHONE);
    await openDeck(page, `#/${id}`);
    expect(await isScrollView(page)).toBe(true);
    for (const size of [PHONE_ON_ITS_SIDE, PHONE, PHONE_ON_ITS_SIDE]) {
      await page.setViewportSize(size);
      await settle(page);
      expect(await isScrollView(page)).toBe(true);
      await expect.poll(() => currentSlideId(page)).toBe(id);
      expect(Math.abs(await pageTop(page, id))).toBeLessThan(3);
    }
  });

  test('the speaker view previews always show slides, with no toolbar', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openDeck(page, '?view=scroll&receiver&postMessageEvents=true');
    expect(await isScrollView(page)).toBe(false);
    await expect(page.locator('.reader-toolbar')).toHaveCount(0);
  });
});

test('the toggle and the R key switch the scroll view; the URL keeps the choice; charts survive both ways', async ({ page }) => {
  test.skip(!CHART_SLIDE, 'the deck has no chart slide yet');
  const errors = collectErrors(page);
  await openDeck(page, `#/${CHART_SLIDE}`);
  await expect.poll(async () => (await chartPaint(page, CHART_SLIDE!)).drawn).toBe(true);
  const toggle = page.getByRole('button', { name: 'Scroll view' });
  await page.mouse.move(600, 300);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  expect(await isScrollView(page)).toBe(true);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.get('view')).toBe('scroll');
  // The slide being read stays the current one, at the top of the page, its chart drawn.
  await expect.poll(() => currentSlideId(page)).toBe(CHART_SLIDE);
  expect(Math.abs(await pageTop(page, CHART_SLIDE!))).toBeLessThan(3);
  await expect.poll(async () => (await chartPaint(page, CHART_SLIDE!)).painted).toBeGreaterThan(1000);

  await toggle.click();
  expect(await isScrollView(page)).toBe(false);
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  expect(await currentSlideId(page)).toBe(CHART_SLIDE);
  // reveal put back a copy of the slides: the chart on it is drawn again.
  await expect.poll(async () => chartPaint(page, CHART_SLIDE!)).toMatchObject({ drawn: true });
  expect((await chartPaint(page, CHART_SLIDE!)).painted).toBeGreaterThan(1000);

  await page.keyboard.press('r');
  expect(await isScrollView(page)).toBe(true);
  await page.keyboard.press('r');
  expect(await isScrollView(page)).toBe(false);
  expect(errors).toEqual([]);
});

// The phone upright reads as an article, checked page by page below.
for (const size of [PHONE_ON_ITS_SIDE, TABLET]) {
  test(`scroll view at ${size.width}x${size.height}: every slide with its notes beneath, all bullets shown, nothing clipped or sideways`, async ({ page }) => {
    await page.setViewportSize(size);
    await openDeck(page, '?view=scroll');
    await notesInPlace(page);
    const layout = await page.evaluate(() => {
      const width = innerWidth;
      const pages = [...document.querySelectorAll<HTMLElement>('.scroll-page')].map((p) => {
        const slide = p.querySelector<HTMLElement>('section')!.getBoundingClientRect();
        const notes = p.querySelector<HTMLElement>('.reader-notes');
        const box = notes?.getBoundingClientRect();
        return {
          id: p.querySelector('section')!.id,
          slide: { left: slide.left, right: slide.right, bottom: slide.bottom },
          notes: notes && box ? { text: notes.textContent ?? '', left: box.left, right: box.right, top: box.top, overflows: notes.scrollWidth > notes.clientWidth, fontSize: parseFloat(getComputedStyle(notes).fontSize) } : null,
        };
      });
      return {
        width,
        documentWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
        hiddenFragments: document.querySelectorAll('.scroll-page .fragment:not(.visible)').length,
        toolbar: document.querySelector('.reader-toolbar')!.getBoundingClientRect().right,
        pages,
      };
    });
    expect(layout.documentWidth, 'no sideways scrolling').toBeLessThanOrEqual(layout.width);
    expect(layout.hiddenFragments, 'bullets waiting for a speaker').toBe(0);
    expect(layout.toolbar).toBeLessThanOrEqual(layout.width);
    expect(layout.pages.map((p) => p.id)).toEqual(SLIDE_IDS);
    for (const p of layout.pages) {
      expect(p.slide.left, `${p.id}: slide inside the screen`).toBeGreaterThanOrEqual(-1);
      expect(p.slide.right, `${p.id}: slide inside the screen`).toBeLessThanOrEqual(layout.width + 1);
      const start = NOTE_STARTS.get(p.id);
      if (!start) continue;
      expect(p.notes, `${p.id}: notes beneath the slide`).not.toBeNull();
      expect(p.notes!.text).toContain(start);
      expect(p.notes!.top, `${p.id}: notes below the slide, not over it`).toBeGreaterThanOrEqual(p.slide.bottom - 1);
      expect(p.notes!.left).toBeGreaterThanOrEqual(0);
      expect(p.notes!.right).toBeLessThanOrEqual(layout.width);
      expect(p.notes!.overflows, `${p.id}: notes text cut off`).toBe(false);
      expect(p.notes!.fontSize).toBeGreaterThanOrEqual(16);
    }
  });
}

test('where slides are scaled small the notes repeat each Sources slide’s list at reading size, with its links and numbers; not in the phone article or on a wide screen', async ({ page }) => {
  const sourcesPages = RENDERED.slides.filter(({ slide }) => slide.kind === 'sources').map(({ slide }) => slide.id);
  expect(sourcesPages.length).toBeGreaterThan(0);
  const lists = () =>
    page.evaluate((ids) => {
      return ids.map((id) => {
        const slide = document.getElementById(id)!;
        const onSlide = [...slide.querySelectorAll('ol.sources-list li')].map((li) => li.textContent?.trim());
        const copy = slide.closest('.scroll-page')!.querySelector<HTMLOListElement>('.reader-notes .reader-sources');
        const items = copy ? [...copy.querySelectorAll('li')] : [];
        return {
          id,
          same: items.map((li) => li.textContent?.trim()).join('|') === onSlide.join('|'),
          start: copy?.start ?? null,
          slideStart: slide.querySelector<HTMLOListElement>('ol.sources-list')!.start,
          links: copy?.querySelectorAll('a[href^="https://"]').length ?? 0,
          slideLinks: slide.querySelectorAll('ol.sources-list a[href^="https://"]').length,
          shown: !!copy && copy.getBoundingClientRect().height > 0,
          fontSize: items[0] ? parseFloat(getComputedStyle(items[0]).fontSize) : 0,
          duplicateIds: copy ? copy.querySelectorAll('[id]').length : 0,
        };
      });
    }, sourcesPages);

  await page.setViewportSize(PHONE_ON_ITS_SIDE);
  await openDeck(page, '?view=scroll');
  await notesInPlace(page);
  for (const list of await lists()) {
    expect(list.same, `${list.id}: the notes list the slide's sources`).toBe(true);
    expect(list.start, `${list.id}: numbering as on the slide`).toBe(list.slideStart);
    expect(list.links, `${list.id}: links kept`).toBe(list.slideLinks);
    expect(list.shown).toBe(true);
    expect(list.fontSize).toBeGreaterThanOrEqual(16);
    expect(list.duplicateIds).toBe(0);
  }

  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await openDeck(page, '?view=scroll');
    await notesInPlace(page);
    for (const list of await lists()) expect(list.shown, `${list.id} at ${size.width}: the slide itself is readable here`).toBe(false);
  }
});

const SMALL_PHONE = { width: 360, height: 740 };

/**
 * The phone article, page by page, each brought on screen (pages out of sight are not laid out):
 * the slide at the screen's width, its text at reading sizes, its charts across the column.
 */
async function articlePages(page: Page) {
  const ids = SLIDE_IDS;
  const found = [];
  for (const id of ids) {
    await page.evaluate((slideId) => document.getElementById(slideId)!.closest('.scroll-page')!.scrollIntoView(), id);
    // Charts are drawn as their page nears the screen.
    await expect
      .poll(() => page.evaluate((slideId) => document.querySelectorAll(`section#${slideId} figure.chart:not([data-chart-state="drawn"])`).length, id), { message: `${id}: charts drawn` })
      .toBe(0);
    await settle(page);
    found.push(
      await page.evaluate((slideId) => {
        const slide = document.getElementById(slideId)!;
        const scrollPage = slide.closest('.scroll-page')!;
        const texts = [...scrollPage.querySelectorAll('*')].filter(
          (element) =>
            [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') &&
            !element.closest('.chart-table, aside.notes') &&
            element.getBoundingClientRect().width > 0,
        );
        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const smallest = (list: Element[]) => list.reduce<{ size: number; text: string }>((min, e) => (size(e) < min.size ? { size: size(e), text: e.textContent!.trim().slice(0, 30) } : min), { size: Infinity, text: '' });
        // The chart's table of numbers is for screen readers: clipped to a pixel, it takes no room.
        const rights = [...scrollPage.querySelectorAll('*')].filter((e) => !e.closest('.chart-table')).map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
        return {
          id: slideId,
          slideWidth: slide.getBoundingClientRect().width,
          text: smallest(texts.filter((e) => !e.closest('.cite'))),
          cite: smallest(texts.filter((e) => e.closest('.cite'))),
          slideBottom: slide.getBoundingClientRect().bottom,
          notesTop: scrollPage.querySelector('.reader-notes')?.getBoundingClientRect().top ?? null,
          right: Math.max(...rights.map((r) => r.right)),
          left: Math.min(...rights.map((r) => r.left)),
          charts: [...slide.querySelectorAll<HTMLCanvasElement>('canvas.chart-canvas')].map((c) => ({ width: c.getBoundingClientRect().width, drawn: c.closest('figure')!.getAttribute('data-chart-state') === 'drawn' })),
        };
      }, id),
    );
  }
  return found;
}

for (const size of [PHONE, SMALL_PHONE]) {
  test(`the phone article at ${size.width}x${size.height}: every slide at the screen's width, text of 15 px, source lines of 12, charts across, nothing sideways, no internal ids`, async ({ page }) => {
    await page.setViewportSize(size);
    await openDeck(page);
    expect(await isScrollView(page), 'a phone opens the scroll view').toBe(true);
    await notesInPlace(page);
    const pages = await articlePages(page);
    const report = (pick: (p: (typeof pages)[number]) => number) => Math.min(...pages.map(pick)).toFixed(1);
    console.log(`${size.width}x${size.height}: smallest text ${report((p) => p.text.size)} px, smallest source line ${report((p) => p.cite.size)} px, narrowest chart ${report((p) => Math.min(...p.charts.map((c) => c.width)))} px`);
    for (const p of pages) {
      expect(p.slideWidth, `${p.id}: laid out at the screen's width, not as a scaled 16:9 box`).toBeGreaterThanOrEqual(size.width - 1);
      expect(p.text.size, `${p.id}: "${p.text.text}"`).toBeGreaterThanOrEqual(15);
      if (p.cite.size !== Infinity) expect(p.cite.size, `${p.id}: source line "${p.cite.text}"`).toBeGreaterThanOrEqual(12);
      if (NOTE_STARTS.get(p.id)) expect(p.notesTop, `${p.id}: notes beneath the slide`).toBeGreaterThanOrEqual(p.slideBottom - 1);
      expect(p.right, `${p.id}: nothing past the right edge`).toBeLessThanOrEqual(size.width + 0.5);
      expect(p.left, `${p.id}: nothing past the left edge`).toBeGreaterThanOrEqual(-0.5);
      for (const chart of p.charts) {
        expect(chart.drawn, `${p.id}: chart drawn`).toBe(true);
        expect(chart.width, `${p.id}: chart across the column`).toBeGreaterThanOrEqual(size.width - 50);
      }
    }
    expect(Math.max(...(await page.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth]))), 'no sideways scrolling').toBeLessThanOrEqual(size.width);
    // The speaker's cross-reference to the essay ("Essay: P05") is not for readers.
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(`${deck.wording.paragraphsLabel}:`);
  });
}

test('deep links land on their slide at the top of the scroll view, and keep their address', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const late = SLIDE_IDS[Math.floor((SLIDE_IDS.length * 3) / 4)]!;
  await openDeck(page, `#/${late}`);
  expect(await isScrollView(page)).toBe(true);
  await expect.poll(() => currentSlideId(page)).toBe(late);
  // The notes of the slides above arrive after the view opens; the reader stays on the linked slide.
  await notesInPlace(page);
  await settle(page);
  expect(await currentSlideId(page)).toBe(late);
  expect(Math.abs(await pageTop(page, late))).toBeLessThan(3);
  const wrong: string[] = [];
  // Forwards, then backwards: reveal keeps an active page current, so going back up is its own case.
  for (const id of [...SLIDE_IDS, ...[...SLIDE_IDS].reverse()]) {
    await page.evaluate((slideId) => (location.hash = `#/${slideId}`), id);
    await expect.poll(() => currentSlideId(page)).toBe(id);
    // At the top of the window, unless the document ends first (the last few pages).
    const { top, atBottom } = await page.evaluate((slideId) => {
      const body = document.body;
      return { top: document.getElementById(slideId)!.closest('.scroll-page')!.getBoundingClientRect().top, atBottom: body.scrollTop >= body.scrollHeight - body.clientHeight - 1 };
    }, id);
    if (Math.abs(top) > 2 && !atBottom) wrong.push(`${id}: page starts ${Math.round(top)}px from the top`);
  }
  expect(wrong).toEqual([]);
  // reveal.js#3815: the address must not drift to a neighbouring slide once the page settles.
  await page.waitForTimeout(400);
  expect(page.url()).toContain(`#/${SLIDE_IDS[0]}`);
});

test('reading with the keyboard in the scroll view walks every slide in order; the address follows', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openDeck(page, '?view=scroll');
  const seen = [await currentSlideId(page)];
  const misplaced: string[] = [];
  for (let press = 0; press < SLIDE_IDS.length * 6 && seen.at(-1) !== SLIDE_IDS.at(-1); press++) {
    await page.keyboard.press('PageDown');
    await settle(page);
    const id = await currentSlideId(page);
    if (id === seen.at(-1)) continue;
    seen.push(id);
    // A press that reaches the next slide puts its start at the top (unless the document ends first).
    const { top, atBottom } = await page.evaluate((slideId) => {
      const body = document.body;
      return { top: document.getElementById(slideId)!.closest('.scroll-page')!.getBoundingClientRect().top, atBottom: body.scrollTop >= body.scrollHeight - body.clientHeight - 1 };
    }, id);
    if (Math.abs(top) > 2 && !atBottom) misplaced.push(`${id} starts ${Math.round(top)}px down`);
  }
  expect(seen).toEqual(SLIDE_IDS);
  expect(misplaced).toEqual([]);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#/${SLIDE_IDS.at(-1)}`);
  // And back up, a slide (or a screen of notes) at a time.
  for (let press = 0; press < SLIDE_IDS.length * 6 && (await currentSlideId(page)) !== SLIDE_IDS[0]; press++) {
    await page.keyboard.press('PageUp');
    await settle(page);
  }
  expect(await currentSlideId(page)).toBe(SLIDE_IDS[0]);
});

test('notes for readers in the slides view: shown on a toggle beside or below the slide, following it', async ({ page }) => {
  const withNotes = RENDERED.slides.filter(({ slide }) => slide.notes.length > 0).map(({ slide }) => slide.id);
  const [first, second] = [withNotes[0]!, withNotes[1]!];
  for (const size of [LAPTOP, TABLET]) {
    await page.setViewportSize(size);
    await openDeck(page, `#/${first}`);
    const panel = page.locator('.reveal .speaker-notes');
    await expect(panel).toBeHidden();
    await page.mouse.move(600, 300);
    const toggle = page.getByRole('button', { name: 'Notes for readers' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAccessibleName('Notes for this slide');
    await expect(panel).toContainText(NOTE_STARTS.get(first)!);
    const style = await panel.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(style.background).not.toBe(style.color);
    // The panel and the slide share the screen without covering each other.
    const overlap = await page.evaluate(() => {
      const a = document.querySelector('.reveal .speaker-notes')!.getBoundingClientRect();
      const b = document.querySelector('.reveal .slides section.present')!.getBoundingClientRect();
      return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    });
    expect(overlap, `${size.width}x${size.height}`).toBe(0);
    await page.evaluate((id) => (location.hash = `#/${id}`), second);
    await expect(panel).toContainText(NOTE_STARTS.get(second)!);
    await toggle.click();
    await expect(panel).toBeHidden();
  }
});

test('the agenda links to each part of the talk, in the slides view and the scroll view', async ({ page }) => {
  test.skip(!AGENDA, 'the deck has no agenda slide yet');
  for (const view of ['', '?view=scroll']) {
    await openDeck(page, `${view}#/${AGENDA!.slide.id}`);
    const targets = await page.locator(`section#${AGENDA!.slide.id} ol.agenda a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/^#\/?/, '')));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(SLIDE_IDS).toContain(target);
      // Back to the agenda (by the API: the address may still name it, which would not navigate).
      await page.evaluate((id) => {
        const { h, v } = window.Reveal.getIndices(document.getElementById(id)!);
        window.Reveal.slide(h, v);
      }, AGENDA!.slide.id);
      await expect.poll(() => currentSlideId(page)).toBe(AGENDA!.slide.id);
      await page.locator(`section#${AGENDA!.slide.id} ol.agenda a[href$="${target}"]`).click();
      await expect.poll(() => currentSlideId(page), `${view || 'slides view'}: ${target}`).toBe(target);
    }
  }
});

/** A slide far into the deck whose title appears nowhere earlier, so a search for it lands there. */
function searchableSlide(): { id: string; phrase: string } | undefined {
  const text = RENDERED.slides.map(({ html }) => html.markup.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').toLowerCase());
  for (let i = RENDERED.slides.length - 1; i > RENDERED.slides.length / 2; i--) {
    const { slide } = RENDERED.slides[i]!;
    const phrase = 'title' in slide && typeof slide.title === 'string' ? slide.title : '';
    if (!/^[A-Za-z ]{8,}$/.test(phrase)) continue;
    if (text.slice(0, i).every((t) => !t.includes(phrase.toLowerCase()))) return { id: slide.id, phrase };
  }
  return undefined;
}

test('search finds a slide by its words, from the keyboard or the toolbar, in both views and the phone article', async ({ page }) => {
  const wanted = searchableSlide();
  test.skip(!wanted, 'no slide with a title unique enough to search for');
  for (const [view, size] of [['', LAPTOP], ['?view=scroll', LAPTOP], ['?view=scroll', PHONE]] as const) {
    await page.setViewportSize(size);
    await openDeck(page, view);
    if (view) {
      await page.getByRole('button', { name: 'Search the slides' }).click();
    } else {
      await page.keyboard.press('Control+Shift+F');
    }
    const box = page.getByRole('searchbox', { name: 'Search the slides' });
    await expect(box).toBeFocused();
    // Typed, as a reader would: the plugin searches anew only after a key goes up in the box.
    await box.pressSequentially(wanted!.phrase);
    await box.press('Enter');
    await expect.poll(() => currentSlideId(page), `${view || 'slides view'} at ${size.width}`).toBe(wanted!.id);
    await expect(page.locator(`section#${wanted!.id} em[style*="background-color"]`).first()).toBeVisible();
  }
});

test('overview: O or the toolbar shows every slide, Escape returns', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('o');
  expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
  await page.mouse.move(600, 300);
  const button = page.getByRole('button', { name: 'Overview of all slides' });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
  await button.click();
  expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
  await expect(page.locator('.reveal .slides > section')).toHaveCount(SLIDE_IDS.length);
});

test('the toolbar keeps to its corner: clear of reveal arrows and slide number, readable icons, quiet while the pointer rests', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, `#/${SLIDE_IDS[1]}`);
  await page.mouse.move(600, 300);
  const boxes = await page.evaluate(() => {
    const rect = (selector: string) => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
    };
    return { toolbar: rect('.reader-toolbar')!, controls: rect('.reveal .controls'), number: rect('.reveal .slide-number') };
  });
  for (const other of [boxes.controls, boxes.number]) {
    if (!other) continue;
    const apart = boxes.toolbar.bottom <= other.top || other.bottom <= boxes.toolbar.top || boxes.toolbar.right <= other.left || other.right <= boxes.toolbar.left;
    expect(apart).toBe(true);
  }
  // Icons against the page: at least 3:1 (WCAG 1.4.11), which axe does not measure for SVG icons.
  const contrast = await page.locator('.reader-button').first().evaluate((button) => {
    const rgb = (c: string) => c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const fg = lum(rgb(getComputedStyle(button).color));
    const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
  expect(contrast).toBeGreaterThanOrEqual(3);
  const toolbar = page.locator('.reader-toolbar');
  await expect(toolbar).toBeVisible();
  // Resting pointer: it fades (after a few seconds); Tab brings it back with the focus on it.
  await expect(toolbar).toBeHidden({ timeout: 6000 });
  await page.keyboard.press('Tab');
  await expect(toolbar).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search the slides' })).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /** Every slide, in order, each with its headline; with its notes where `whole` says it is whole. */
  async function readsInOrder(page: Page, whole: (index: number) => boolean): Promise<void> {
    const ids = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(SLIDE_IDS);
    for (const [index, { slide }] of RENDERED.slides.entries()) {
      const section = page.locator(`section#${slide.id}`);
      await expect(section).toBeVisible();
      const title = 'title' in slide ? slide.title : undefined;
      if (title) await expect(section.locator('.slide-title').first()).toContainText(title);
      const start = NOTE_STARTS.get(slide.id);
      if (start && whole(index)) await expect(section.locator('aside.notes'), slide.id).toContainText(start);
      if (!whole(index)) await expect(section.locator('aside.notes'), slide.id).toHaveCount(0);
    }
    for (const table of await page.locator('figure.chart table.chart-table').all()) await expect(table).toBeVisible();
    // Styled, not bare HTML: the theme's colours and a readable column, nothing wider than a phone.
    const look = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      notes: getComputedStyle(document.querySelector('aside.notes')!).backgroundColor,
      width: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      toolbar: document.querySelectorAll('.reader-toolbar').length,
    }));
    expect(look.background).toBe('rgb(13, 17, 23)');
    expect(look.notes).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.width).toBeLessThanOrEqual(PHONE.width);
    expect(look.toolbar).toBe(0);
  }

  test('the page reads as a styled document: its first slides whole, every headline, and a link to the whole talk', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('./');
    await readsInOrder(page, (index) => index < SLIDES_IN_PAGE);
    const note = page.locator('.deferred-note');
    await expect(note).toContainText(`the first ${SLIDES_IN_PAGE} of ${SLIDE_IDS.length} slides`);
    await note.getByRole('link', { name: 'The whole talk as one page' }).click();
    await expect(page).toHaveURL(new RegExp(`${singleFileName(deck.meta.title).replace('.', '\\.')}$`));
    // The single file: every slide, its notes and its chart data, in order.
    await readsInOrder(page, () => true);
  });
});

test('link previews and tabs: title, description, a 1200x630 PNG of the title slide, and a favicon', async ({ page, request }) => {
  await openDeck(page);
  await expect(page).toHaveTitle(deck.meta.title);
  const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
  expect(await meta('name="description"')).toBe(deck.meta.description);
  expect(await meta('property="og:title"')).toBe(deck.meta.title);
  expect(await meta('property="og:description"')).toBe(deck.meta.description);
  expect(await meta('name="twitter:card"')).toBe('summary_large_image');
  const image = (await meta('property="og:image"'))!;
  expect(image.endsWith(SHARE_IMAGE.file)).toBe(true);
  expect(await meta('name="twitter:image"')).toBe(image);
  const png = await request.get(new URL(SHARE_IMAGE.file, page.url()).href);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
  // The title slide, not a blank frame: light title text on the dark background, on the left.
  const shot = await imagePixels(page, SHARE_IMAGE.file);
  let bright = 0;
  let counted = 0;
  for (let y = 0; y < shot.height; y++) {
    for (let x = 0; x < shot.width / 2; x++) {
      const i = (y * shot.width + x) * 4;
      if (shot.data[i]! + shot.data[i + 1]! + shot.data[i + 2]! > 600) bright++;
      counted++;
    }
  }
  const light = bright / counted;
  expect(light).toBeGreaterThan(0.01);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const favicon = await request.get(new URL(icon!, page.url()).href);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('image/svg+xml');
});

test('the build works from a sub-path: every slide, the scroll view, the preview image and the icon', async ({ page }) => {
  const server = await startStaticServer({ root: DIST_DIR, base: '/talks/deepseek/' });
  try {
    const errors = collectErrors(page);
    const failed: string[] = [];
    page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
    await page.goto(server.url.replace(/\/$/, ''));
    await page.waitForSelector(readySelector(READY.deck));
    expect(new URL(page.url()).pathname).toBe('/talks/deepseek/');
    for (const id of SLIDE_IDS) {
      await page.evaluate((slideId) => (location.hash = `#/${slideId}`), id);
      await expect.poll(() => currentSlideId(page)).toBe(id);
    }
    await page.goto(`${server.url}?view=scroll#/${SLIDE_IDS.at(-1)}`);
    await page.waitForSelector(readySelector(READY.deck));
    expect(await isScrollView(page)).toBe(true);
    await expect.poll(() => currentSlideId(page)).toBe(SLIDE_IDS.at(-1));
    for (const href of [SHARE_IMAGE.file, await page.locator('link[rel="icon"]').getAttribute('href')]) {
      expect((await page.request.get(new URL(href!, page.url()).href)).status(), href!).toBe(200);
    }
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
