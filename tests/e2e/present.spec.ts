/**
 * Presenting from the built deck: the speaker view (clock, pacing, parts, notes size, theme, driving
 * the deck, rehearsal; its notes and previews on every slide are in walk.spec.ts), the keys a
 * speaker and a clicker use, the help overlay that lists them, the closing slide's QR code, and
 * slide transitions under reduced motion.
 */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { expect, test, type Page } from '@playwright/test';
import { renderDeck } from '../../src/core/render/render-deck.ts';
import { deck } from '../../slides/index.ts';

import { collectErrors, currentSlideId, imagePixels, openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';
import { notesOpening, openSpeakerView, pressUntilSlideChanges, previewSlideId, seconds, speakerNotes } from './support/present.ts';
import { READY, readySelector, SPEAKER_ID } from '../../src/core/contract.ts';
import { parseRehearsal } from '../../src/core/rehearsal.ts';
import { clock as clockOf } from '../../src/browser/speaker/pacing.ts';

/** An address as a speaker might publish the deck at (a sub-path of a static host). */
const FIXTURE_URL = 'https://talks.example.org/deepseek-black-swan/';

/** The closing slide as the build renders it for the talk published at `publicUrl`. */
const closingMarkup = (publicUrl: string) => renderDeck({ ...deck, meta: { ...deck.meta, publicUrl } }).slides.find((s) => s.slide.kind === 'closing')!.html.markup;

const TIMINGS = RENDERED.slides.map(({ slide }) => slide.timing);

/** The keys a clicker and the arrows send, each with the way it moves the deck. */
const CLICKER_KEYS = [
  ['PageDown', 1],
  ['PageUp', -1],
  ['ArrowRight', 1],
  ['ArrowLeft', -1],
  ['ArrowDown', 1],
  ['ArrowUp', -1],
  ['Space', 1],
] as const;

/** Where the deck is: slide, then fragment step, as one comparable number. */
function position(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { h, v, f } = window.Reveal.getIndices();
    return h * 10_000 + (v ?? 0) * 100 + (f ?? -1) + 1;
  });
}

test.describe('speaker view', () => {
  // Following the deck through every slide: walk.spec.ts, in the clicker's walk.

  test('a clicker pressed fast never bounces back: the speaker view follows and reports no position of its own', async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page);
    const slide = () => page.evaluate(() => window.Reveal.getIndices().h);
    // Five slides on as fast as a clicker sends them, faster than the previews settle.
    const target = Math.min(5, SLIDE_IDS.length - 1);
    await page.evaluate((n) => {
      for (let i = 0; i < n; i++) window.Reveal.slide(i + 1);
    }, target);
    await expect.poll(() => previewSlideId(speaker, 'current')).toBe(SLIDE_IDS[target]);
    // Long after the previews have caught up, the deck is still where the clicker left it.
    await page.waitForTimeout(1500);
    expect(await slide()).toBe(target);
    // What the speaker does in the speaker view still drives the deck, back too.
    await speaker.keyboard.press('PageUp');
    await expect.poll(slide).toBe(target - 1);
  });

  test('shows the elapsed time, the time of day and the pacing against each slide’s planned time', async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page);
    const opened = Date.now();
    await expect(speaker.locator(`#${SPEAKER_ID.clock}`)).toHaveText(/^\d{1,2}:\d{2}(\s?[AP]M)?$/);
    await expect(speaker.locator(`#${SPEAKER_ID.elapsed}`)).toHaveText(/^\d+:\d{2}$/);
    const talkPace = speaker.locator(`#${SPEAKER_ID.talkPace}`);
    const total = TIMINGS.reduce((a, b) => a + b, 0);
    await expect(talkPace).toContainText(`of ${clockOf(total)} planned`);

    // Three slides in, within seconds of starting: ahead of plan by about the first three slides' time.
    const target = Math.min(3, SLIDE_IDS.length - 1);
    for (let i = 0; i < target; i++) await pressUntilSlideChanges(page, 'PageDown');
    const plannedStart = TIMINGS.slice(0, target).reduce((a, b) => a + b, 0);
    await expect
      .poll(async () => {
        const text = await talkPace.innerText();
        const ahead = seconds(/· (\S+) ahead$/.exec(text)?.[1] ?? 'NaN');
        const elapsed = Math.ceil((Date.now() - opened) / 1000);
        return ahead <= plannedStart && ahead >= plannedStart - elapsed - 2 ? 'as planned' : `"${text}", planned start ${plannedStart}s, ${elapsed}s elapsed`;
      })
      .toBe('as planned');
    await expect(talkPace).toHaveAttribute('data-pace', 'ahead');
    const slidePace = speaker.locator(`#${SPEAKER_ID.slidePace}`);
    await expect(slidePace).toHaveText(new RegExp(`^This slide: 0:0\\d of ${clockOf(TIMINGS[target]!)} planned$`));
    await expect(slidePace).toHaveAttribute('data-pace', 'on-track');
    await expect(speaker.locator(`#${SPEAKER_ID.elapsed}`)).not.toHaveText('0:00');

    // Pause stops the clock; Reset takes it back to nought.
    await speaker.getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = await speaker.locator(`#${SPEAKER_ID.elapsed}`).innerText();
    await speaker.waitForTimeout(1200);
    await expect(speaker.locator(`#${SPEAKER_ID.elapsed}`)).toHaveText(paused);
    await speaker.getByRole('button', { name: 'Reset' }).click();
    await expect(speaker.locator(`#${SPEAKER_ID.elapsed}`)).toHaveText('0:00');
    await expect(speaker.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    if (process.env.PRESENT_SHOTS) await speaker.screenshot({ path: `${process.env.PRESENT_SHOTS}/speaker-view.png` });
  });

  test('drives the deck: the keys a clicker and the arrows send, pressed in the speaker view, move the slides on the screen', async ({ page }) => {
    await openDeck(page, `#/${SLIDE_IDS[2] ?? SLIDE_IDS[0]}`);
    const speaker = await openSpeakerView(page);
    for (const [key, direction] of CLICKER_KEYS) {
      const before = await position(page);
      await speaker.keyboard.press(key);
      await expect.poll(async () => Math.sign((await position(page)) - before), { message: `${key} in the speaker view` }).toBe(direction);
    }
    // B blacks the screen out from the speaker view too, and brings it back.
    await speaker.keyboard.press('b');
    await expect.poll(() => page.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await speaker.keyboard.press('b');
    await expect.poll(() => page.evaluate(() => window.Reveal.isPaused())).toBe(false);
  });

  test('shows the parts of the talk, the current one marked, and the next step', async ({ page }) => {
    const parts = [...new Map(RENDERED.slides.map(({ section }) => [section.id, section.title])).values()];
    await openDeck(page);
    const speaker = await openSpeakerView(page);
    const items = speaker.locator(`#${SPEAKER_ID.parts} > li`);
    await expect(items).toHaveText(parts);
    // A slide of the second part: that part is the current one, the first done.
    const index = RENDERED.slides.findIndex(({ section }) => section.title === parts[1]);
    await page.evaluate((h) => window.Reveal.slide(h), index);
    await expect(speaker.locator(`#${SPEAKER_ID.parts} > li[aria-current="step"]`)).toHaveText(parts[1]!);
    await expect(items.first()).toHaveClass(/is-done/);
    const { slide } = RENDERED.slides[index]!;
    const title = await page.locator(`[id="${slide.id}-title"]`).evaluate((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());
    await expect(speaker.locator('.sv-position')).toHaveText(`Slide ${index + 1} of ${SLIDE_IDS.length} · ${title}`);
    if (notesOpening(slide)) await expect(speakerNotes(speaker)).toContainText(notesOpening(slide));
  });

  test('the notes’ size is remembered when the speaker view is opened again', async ({ page }) => {
    await openDeck(page);
    let speaker = await openSpeakerView(page);
    const notes = speakerNotes(speaker);
    const size = () => notes.evaluate((el) => getComputedStyle(el).fontSize);
    const before = await size();
    for (let i = 0; i < 3; i++) await speaker.getByRole('button', { name: 'Larger notes' }).click();
    const larger = await size();
    expect(parseFloat(larger)).toBe(parseFloat(before) + 6);
    await speaker.close();
    speaker = await openSpeakerView(page);
    expect(await speakerNotes(speaker).evaluate((el) => getComputedStyle(el).fontSize)).toBe(larger);
    await speaker.getByRole('button', { name: 'Smaller notes' }).click();
    expect(await speakerNotes(speaker).evaluate((el) => getComputedStyle(el).fontSize)).toBe(`${parseFloat(larger) - 2}px`);
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`takes the deck’s ${theme} theme, and follows a change of it, in the tokens’ colours`, async ({ page }) => {
      await openDeck(page);
      await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
      const speaker = await openSpeakerView(page);
      const themeOf = () => speaker.evaluate(() => document.documentElement.getAttribute('data-theme'));
      expect(await themeOf()).toBe(theme);
      // Every colour from the tokens: the page's background and text, a panel's surface.
      const colours = (p: Page) =>
        p.evaluate(() => {
          const probe = document.createElement('div');
          document.body.append(probe);
          const resolve = (token: string) => {
            probe.style.color = `var(${token})`;
            return getComputedStyle(probe).color;
          };
          const result = { background: resolve('--color-bg'), text: resolve('--color-text'), surface: resolve('--color-surface') };
          probe.remove();
          return result;
        });
      const tokens = await colours(speaker);
      const used = await speaker.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        surface: getComputedStyle(document.querySelector('.sv-notes-box')!).backgroundColor,
      }));
      expect(used).toEqual(tokens);
      // The deck's own tokens resolve to the same colours under the same theme.
      expect(await colours(page)).toEqual(tokens);
      const other = theme === 'dark' ? 'light' : 'dark';
      await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), other);
      await expect.poll(themeOf).toBe(other);
      if (process.env.PRESENT_SHOTS) await speaker.screenshot({ path: `${process.env.PRESENT_SHOTS}/speaker-${theme}.png` });
    });
  }
});

test.describe('rehearsal', () => {
  test('records each slide’s time per run, pauses for questions apart, shows the splits, and saves a file the project reads', async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page);
    await speaker.getByRole('button', { name: 'Start rehearsal' }).click();
    await expect(speaker.locator('.speaker-view')).toHaveAttribute('data-rehearsal', 'recording');
    // About a second on the first slide, a pause for questions, about a second on the second.
    await page.waitForTimeout(1000);
    await pressUntilSlideChanges(page);
    const onSecond = Date.now();
    await speaker.getByRole('button', { name: 'Pause for questions' }).click();
    await page.waitForTimeout(700);
    await speaker.getByRole('region', { name: 'Rehearsal' }).getByRole('button', { name: 'Resume' }).click();
    await page.waitForTimeout(1000);
    await speaker.keyboard.press('PageDown');
    await expect.poll(() => previewSlideId(speaker, 'current')).not.toBe(SLIDE_IDS[1]);
    const leftSecond = Date.now();
    await speaker.getByRole('button', { name: 'Stop' }).click();

    // The splits: plan and this run per slide.
    await speaker.getByText('Splits: plan, this run, last runs').click();
    const firstRow = speaker.locator(`#${SPEAKER_ID.splits} tbody tr`).first();
    await expect(firstRow.locator('td').first()).toHaveText(clockOf(TIMINGS[0]!));
    expect(seconds(await firstRow.locator('td').nth(1).innerText())).toBeGreaterThanOrEqual(1);

    const download = speaker.waitForEvent('download');
    await speaker.getByRole('button', { name: 'Save run' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/);
    const run = parseRehearsal(readFileSync(await file.path(), 'utf8'), file.suggestedFilename());
    expect(run.talk).toBe(deck.meta.title);
    expect(run.slides.map(({ id }) => id)).toEqual(SLIDE_IDS);
    expect(run.slides.map(({ plannedSeconds }) => plannedSeconds)).toEqual(TIMINGS);
    const [first, second, ...rest] = run.slides.map(({ actualSeconds }) => actualSeconds);
    expect(first).toBeGreaterThanOrEqual(0.9);
    expect(second).toBeGreaterThanOrEqual(0.9);
    // The pause is not the slide's time: the slide had the time it was shown, less the pause.
    expect(run.pausedSeconds).toBeGreaterThanOrEqual(0.6);
    expect(second! + run.pausedSeconds).toBeLessThanOrEqual((leftSecond - onSecond) / 1000 + 0.3);
    expect(rest.slice(1).every((s) => s === 0)).toBe(true);

    // A second run: the first is among the last runs beside it.
    await speaker.getByRole('button', { name: 'New rehearsal' }).click();
    await expect(speaker.locator(`#${SPEAKER_ID.splits} thead th`)).toHaveCount(4);
  });
});

test.describe('speaker view, loaded on first use', () => {
  test('stays out of the deck’s page; follows the deck again after the deck’s window reloads', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page);
    const speakerCode = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /speaker-view/.test(entry.name)).length);
    expect(await speakerCode()).toBe(0);
    const speaker = await openSpeakerView(page);
    // The deck's window never loads it; the speaker view's window does.
    expect(await speakerCode()).toBe(0);
    expect(await speaker.evaluate(() => performance.getEntriesByType('resource').some((entry) => /speaker-view.*\.js$/.test(entry.name)))).toBe(true);

    // A speaker reloads the deck's window mid-talk: the speaker view, still open, finds it again.
    await page.reload();
    await page.waitForSelector(readySelector(READY.deck));
    const next = await pressUntilSlideChanges(page, 'PageDown');
    await expect.poll(() => previewSlideId(speaker, 'current'), { timeout: 10_000 }).toBe(next);
    await expect(speaker.locator(`#${SPEAKER_ID.connection}`)).toBeHidden();
    // And drives it again.
    await speaker.keyboard.press('PageUp');
    await expect.poll(() => currentSlideId(page)).toBe(SLIDE_IDS[0]);
    expect(errors).toEqual([]);
  });

  test('says so when the deck’s window is gone', async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page);
    await page.close();
    await expect(speaker.locator(`#${SPEAKER_ID.connection}`)).toBeVisible({ timeout: 10_000 });
    await expect(speaker.locator(`#${SPEAKER_ID.connection}`)).toContainText(/deck/);
  });
});

test.describe('keys', () => {
  test('a clicker and the arrows move forward and back: PageDown, PageUp, arrows, Space', async ({ page }) => {
    await openDeck(page, `#/${SLIDE_IDS[1] ?? SLIDE_IDS[0]}`);
    for (const [key, direction] of CLICKER_KEYS) {
      const before = await position(page);
      await page.keyboard.press(key);
      const after = await position(page);
      expect(Math.sign(after - before), `${key} moves ${direction > 0 ? 'forward' : 'back'}`).toBe(direction);
    }
  });

  test('B and . black the screen out and bring it back', async ({ page }) => {
    await openDeck(page);
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      expect(await page.evaluate(() => window.Reveal.isPaused()), `${key} pauses`).toBe(true);
      const overlay = page.locator('.reveal .pause-overlay');
      await expect(overlay).toBeVisible();
      // reveal fades the black in; it ends opaque over the whole screen.
      const cover = () => overlay.evaluate((el) => ({ ...el.getBoundingClientRect().toJSON(), background: getComputedStyle(el).backgroundColor, opacity: getComputedStyle(el).opacity }));
      await expect.poll(cover).toMatchObject({ x: 0, y: 0, width: 1280, height: 720, background: 'rgb(0, 0, 0)', opacity: '1' });
      await page.keyboard.press(key);
      expect(await page.evaluate(() => window.Reveal.isPaused()), `${key} again resumes`).toBe(false);
    }
  });

  test('F asks the browser for full screen', async ({ page }) => {
    await openDeck(page);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
    await page.evaluate(() => document.exitFullscreen());
  });

  test('O shows the overview, G jumps to a slide by number, S is the speaker view', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);

    const target = Math.min(3, SLIDE_IDS.length);
    await page.keyboard.press('g');
    await expect(page.locator('.jump-to-slide-input')).toBeFocused();
    await page.keyboard.type(String(target));
    await page.keyboard.press('Enter');
    expect(await currentSlideId(page)).toBe(SLIDE_IDS[target - 1]);

    const speaker = await openSpeakerView(page);
    expect(await speaker.title()).toBe(`Speaker view · ${await page.title()}`);
  });

  test('? lists every key a speaker needs, in words, even after the deck is reconfigured', async ({ page }) => {
    await openDeck(page);
    // Another feature reconfiguring reveal (the notes toggle does) must not undo the descriptions.
    await page.evaluate(() => window.Reveal.configure({}));
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.r-overlay-help');
    await expect(help).toBeVisible();
    const rows = await help.locator('tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim())).filter((cells) => cells.length === 2),
    );
    const actionFor = (key: string) => rows.find(([keys]) => keys!.split(/\s*,\s*/).includes(key))?.[1];
    expect(actionFor('PAGE DOWN')).toMatch(/next/i);
    expect(actionFor('PAGE UP')).toMatch(/previous/i);
    expect(actionFor('→')).toMatch(/next/i);
    expect(actionFor('←')).toMatch(/previous/i);
    expect(actionFor('SPACE')).toMatch(/next/i);
    expect(actionFor('B')).toMatch(/black screen/i);
    expect(actionFor('.')).toMatch(/black screen/i);
    expect(actionFor('F')).toMatch(/full ?screen/i);
    expect(actionFor('O')).toMatch(/overview/i);
    expect(actionFor('G')).toMatch(/jump/i);
    expect(actionFor('S')).toMatch(/speaker/i);
    expect(actionFor('T')).toMatch(/light or dark/i);
    expect(actionFor('?')).toMatch(/keys/i);
    if (process.env.PRESENT_SHOTS) await page.screenshot({ path: `${process.env.PRESENT_SHOTS}/help.png` });
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });
});

test.describe('the closing slide', () => {
  const closingId = RENDERED.slides.find(({ slide }) => slide.kind === 'closing')?.slide.id;

  test('without a public address, says so instead of showing a code', async ({ page }) => {
    test.skip(!closingId || RENDERED.slides.some(({ slide }) => slide.kind === 'closing') === false, 'the deck has no closing slide');
    await openDeck(page, `#/${closingId}`);
    const slide = page.locator(`section#${closingId}`);
    if (await slide.locator('svg.qr').count()) test.skip(true, 'the deck has a public address (package.json "homepage")');
    await expect(slide.locator('.public-url.is-unset')).toBeVisible();
    await expect(slide.locator('.public-url.is-unset')).toContainText('not set');
  });

  for (const screen of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`with an address, shows a QR code a phone reads off the screen at ${screen.width}x${screen.height}`, async ({ page }) => {
      test.skip(!closingId, 'the deck has no closing slide');
      await page.setViewportSize(screen);
      await openDeck(page, `#/${closingId}`);
      // The slide as the build renders it for a published deck (the fixture), in the real page and theme.
      await page.evaluate(
        ({ id, markup }) => {
          const rendered = new DOMParser().parseFromString(markup, 'text/html').querySelector('.slide-body')!;
          document.querySelector(`section#${id} .slide-body`)!.replaceChildren(...rendered.childNodes);
        },
        { id: closingId!, markup: closingMarkup(FIXTURE_URL) },
      );
      const qr = page.locator(`section#${closingId} svg.qr`);
      await expect(qr).toBeVisible();
      await expect(page.locator(`section#${closingId} .public-url a`)).toHaveAttribute('href', FIXTURE_URL);
      const shot = await page.screenshot({ clip: await qr.boundingBox().then((box) => ({ x: box!.x - 20, y: box!.y - 20, width: box!.width + 40, height: box!.height + 40 })) });
      if (process.env.PRESENT_SHOTS) await page.screenshot({ path: `${process.env.PRESENT_SHOTS}/closing-${screen.width}x${screen.height}.png` });
      // Decode the pixels on screen, as a phone's camera would.
      const pixels = await imagePixels(page, `data:image/png;base64,${shot.toString('base64')}`);
      expect(jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data).toBe(FIXTURE_URL);
    });
  }
});

test.describe('reduced motion', () => {
  async function transitionOfNextSlide(page: Page): Promise<{ config: string; duration: number }> {
    await openDeck(page);
    await page.keyboard.press('PageDown');
    return page.evaluate(() => ({
      config: String(window.Reveal.getConfig().transition),
      duration: Math.max(...getComputedStyle(window.Reveal.getCurrentSlide()).transitionDuration.split(',').map(parseFloat)),
    }));
  }

  test('slides change without a transition when the system asks for less motion', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    expect(await transitionOfNextSlide(await context.newPage())).toEqual({ config: 'none', duration: 0 });
    await context.close();
  });

  test('slides slide in otherwise', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' });
    const { config, duration } = await transitionOfNextSlide(await context.newPage());
    expect(config).toBe('slide');
    expect(duration).toBeGreaterThan(0);
    await context.close();
  });
});
