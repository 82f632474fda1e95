/**
 * Presenting from the built deck: the speaker view (clock, pacing, driving the deck; its notes and
 * previews on every slide are in walk.spec.ts), the keys a
 * speaker and a clicker use, the help overlay that lists them, the closing slide's QR code, and
 * slide transitions under reduced motion.
 */
import jsQR from 'jsqr';
import { expect, test, type Page } from '@playwright/test';
import { renderDeck } from '../../src/core/render/render-deck.ts';
import { deck } from '../../slides/index.ts';

import { collectErrors, currentSlideId, imagePixels, openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';
import { openSpeakerView, pressUntilSlideChanges, previewSlideId, seconds } from './support/present.ts';
import { READY, readySelector } from '../../src/core/contract.ts';

/** An address as a speaker might publish the deck at (a sub-path of a static host). */
const FIXTURE_URL = 'https://talks.example.org/deepseek-black-swan/';

/** The closing slide as the build renders it for the talk published at `publicUrl`. */
const closingMarkup = (publicUrl: string) => renderDeck({ ...deck, meta: { ...deck.meta, publicUrl } }).slides.find((s) => s.slide.kind === 'closing')!.html.markup;

const TIMINGS = RENDERED.slides.map(({ slide }) => slide.timing);

/** Where the deck is: slide, then fragment step, as one comparable number. */
function position(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { h, v, f } = window.Reveal.getIndices();
    return h * 10_000 + (v ?? 0) * 100 + (f ?? -1) + 1;
  });
}

test.describe('speaker view', () => {
  // Following the deck through every slide: walk.spec.ts, in the clicker's walk.

  test('a late report of the slide the clicker just left does not send the deck back; the speaker view still drives it', async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page);
    const goTo = (indexh: number) =>
      speaker.evaluate((h) => window.opener.postMessage(JSON.stringify({ method: 'setState', args: [{ indexh: h, indexv: 0, indexf: -1, paused: false, overview: false }] }), '*'), indexh);
    const slide = () => page.evaluate(() => window.Reveal.getIndices().h);
    await pressUntilSlideChanges(page);
    const after = await slide();
    // What a slow preview sends half a second later: the slide the deck was on before the clicker.
    await goTo(after - 1);
    await page.waitForTimeout(300);
    expect(await slide()).toBe(after);
    // A move the speaker makes in the speaker view is followed, back to that slide too.
    await goTo(after + 2);
    await expect.poll(slide).toBe(after + 2);
    await goTo(after);
    await expect.poll(slide).toBe(after);
  });
  test('shows the elapsed time, the clock and the pacing against each slide’s planned time', async ({ page }) => {
    await openDeck(page);
    expect(await page.evaluate(() => window.Reveal.getConfig().totalTime)).toBe(TIMINGS.reduce((a, b) => a + b, 0));
    const speaker = await openSpeakerView(page);
    const opened = Date.now();
    const time = speaker.locator('.speaker-controls-time');
    await expect(time.locator('.clock-value')).toHaveText(/^\s*\d{1,2}:\d{2}\s?[AP]M\s*$/);
    await expect(time.locator('.timer')).toHaveText(/^\s*\d{2}:\d{2}:\d{2}\s*$/);
    const pacing = time.locator('.pacing');
    await expect(pacing).toBeVisible();
    await expect(time.locator('.pacing-title')).toContainText('Pacing');

    // Three slides in, within seconds of starting: ahead of plan by about the first three slides' time.
    const target = Math.min(3, SLIDE_IDS.length - 1);
    for (let i = 0; i < target; i++) await pressUntilSlideChanges(page, 'PageDown');
    const planned = TIMINGS.slice(0, target + 1).reduce((a, b) => a + b, 0);
    // Time left to finish this slide = its planned end minus the time elapsed (updated every second).
    await expect
      .poll(async () => {
        const left = seconds(await pacing.innerText());
        const elapsed = Math.ceil((Date.now() - opened) / 1000);
        return left <= planned && left >= planned - elapsed - 2 ? 'as planned' : `${left}s left, planned ${planned}s, ${elapsed}s elapsed`;
      })
      .toBe('as planned');
    await expect(pacing).toHaveClass(/\bahead\b|\bon-track\b/);
    await expect(time.locator('.timer')).not.toHaveText('00:00:00');
    if (process.env.PRESENT_SHOTS) await speaker.screenshot({ path: `${process.env.PRESENT_SHOTS}/speaker-view.png` });
  });

  test('drives the deck: a key pressed in the speaker view moves the slides on the screen', async ({ page }) => {
    await openDeck(page);
    const speaker = await openSpeakerView(page);
    const before = await position(page);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).toBeGreaterThan(before);
  });
});

test.describe('speaker view, loaded on first use', () => {
  test('stays out of the page until S; follows the deck again after the deck’s window reloads', async ({ page }) => {
    const errors = collectErrors(page);
    await openDeck(page);
    // The notes plugin (the speaker view and its markdown parser) is not loaded until asked for.
    expect(await page.evaluate(() => window.Reveal.hasPlugin('notes'))).toBe(false);
    const speaker = await openSpeakerView(page);
    expect(await page.evaluate(() => window.Reveal.hasPlugin('notes'))).toBe(true);

    // A speaker reloads the deck's window mid-talk: the speaker view, still open, finds it again.
    await page.reload();
    await page.waitForSelector(readySelector(READY.deck));
    await expect.poll(() => page.evaluate(() => window.Reveal.hasPlugin('notes')), { timeout: 10_000 }).toBe(true);
    const next = await pressUntilSlideChanges(page, 'PageDown');
    await expect.poll(() => previewSlideId(speaker, 'current'), { timeout: 10_000 }).toBe(next);
    expect(errors).toEqual([]);
  });
});

test.describe('keys', () => {
  test('a clicker and the arrows move forward and back: PageDown, PageUp, arrows, Space', async ({ page }) => {
    await openDeck(page, `#/${SLIDE_IDS[1] ?? SLIDE_IDS[0]}`);
    for (const [key, direction] of [
      ['PageDown', 1],
      ['PageUp', -1],
      ['ArrowRight', 1],
      ['ArrowLeft', -1],
      ['ArrowDown', 1],
      ['ArrowUp', -1],
      ['Space', 1],
    ] as const) {
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
    expect(await speaker.title()).toContain('Speaker View');
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
