/**
 * The single file (dist/<talk-name>.html): the whole deck in one HTML file that works when opened
 * from disk (file://), as from a USB stick: every slide, the charts, the fonts, the speaker view,
 * with nothing fetched but the file itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DIST_DIR } from '../../src/node/build.ts';
import { singleFileName } from '../../src/core/file-name.ts';
import { externalReferences } from '../../src/node/single-file.ts';
import { deck } from '../../slides/index.ts';
import { collectErrors, RENDERED, SLIDE_IDS } from './support/deck.ts';
import { notesOpening, openSpeakerView, pressUntilSlideChanges, previewSlideId, speakerNotes, walkWithClicker } from './support/present.ts';
import { READY, readySelector, SPEAKER_ID } from '../../src/core/contract.ts';

const FILE = join(DIST_DIR, singleFileName(deck.meta.title));
const FILE_URL = pathToFileURL(FILE).href;

const CHART_SLIDES = new Set(RENDERED.slides.filter(({ slide }) => slide.kind === 'chart' || slide.kind === 'cost-model').map(({ slide }) => slide.id));

async function openFromDisk(page: Page): Promise<void> {
  await page.goto(FILE_URL);
  await page.waitForSelector(readySelector(READY.deck));
}

/** True when every chart on the slide is drawn and its canvas holds more than a blank bitmap. */
function chartsPainted(page: Page, id: string): Promise<boolean> {
  return page.evaluate((slideId) => {
    const figures = [...document.querySelectorAll<HTMLElement>(`section#${slideId} figure.chart`)];
    const painted = (canvas: HTMLCanvasElement | null) => {
      if (!canvas || canvas.width === 0) return false;
      const blank = document.createElement('canvas');
      blank.width = canvas.width;
      blank.height = canvas.height;
      return canvas.toDataURL() !== blank.toDataURL();
    };
    return figures.length > 0 && figures.every((figure) => figure.dataset.chartState === 'drawn' && painted(figure.querySelector('canvas')));
  }, id);
}

test.describe('the single-file deck', () => {
  test('is written by the build, named after the talk, and loads nothing from other files', () => {
    expect(existsSync(FILE), `${FILE} exists`).toBe(true);
    const page = readFileSync(FILE, 'utf8');
    expect(externalReferences(page)).toEqual([]);
    for (const id of SLIDE_IDS) expect(page).toContain(`id="${id}"`);
    expect(page).toMatch(/url\(data:font\/woff2;base64,/);
  });

  test('opened from disk, a clicker walks every slide, every chart draws, and only the file is read', async ({ page }) => {
    const errors = collectErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openFromDisk(page);
    expect(await page.evaluate(() => location.protocol)).toBe('file:');
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(SLIDE_IDS.length);
    const seen = await walkWithClicker(page, async (id) => {
      if (CHART_SLIDES.has(id)) await expect.poll(() => chartsPainted(page, id), { message: `charts on ${id}` }).toBe(true);
    });
    expect(seen).toEqual(SLIDE_IDS);
    // The deck's own fonts, not a fallback: each loads from the file (the code font too, used or not).
    const missing = await page.evaluate(async () => {
      const fonts = ['400 28px Inter', 'italic 400 28px Inter', '600 28px Inter', '700 46px "Space Grotesk"', '400 22px "JetBrains Mono"'];
      const loaded = await Promise.all(fonts.map((font) => document.fonts.load(font).then((faces) => faces.some((face) => face.status === 'loaded'), () => false)));
      return fonts.filter((_, i) => !loaded[i]);
    });
    expect(missing, 'fonts that did not load from the file').toEqual([]);
    expect(requests.filter((url) => !url.startsWith('data:') && url !== FILE_URL)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('opened from disk, deep links and the speaker view work', async ({ page }) => {
    await page.goto(`${FILE_URL}#/${SLIDE_IDS.at(-1)}`);
    await page.waitForSelector(readySelector(READY.deck));
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe(SLIDE_IDS.at(-1));

    await openFromDisk(page);
    const speaker = await openSpeakerView(page);
    const errors = collectErrors(speaker);
    // The speaker view is the same file, from disk, with no server: its previews are that file too.
    expect(await speaker.evaluate(() => `${location.protocol}${location.search}`)).toBe('file:?view=speaker');
    const notes = speakerNotes(speaker);
    for (const { slide } of RENDERED.slides.slice(0, 3)) {
      if (slide.id !== SLIDE_IDS[0]) await pressUntilSlideChanges(page);
      if (notesOpening(slide)) await expect(notes).toContainText(notesOpening(slide));
      await expect.poll(() => previewSlideId(speaker, 'current')).toBe(slide.id);
    }
    await expect(speaker.locator(`#${SPEAKER_ID.talkPace}`)).toHaveAttribute('data-pace', /ahead|on-track|behind/);
    // It drives the deck from disk too.
    await speaker.keyboard.press('PageUp');
    await expect.poll(() => page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe(SLIDE_IDS[1]);
    expect(errors).toEqual([]);
  });

  test('opened from disk, the overview, search, the help and the scroll view work', async ({ page }) => {
    const errors = collectErrors(page);
    await openFromDisk(page);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await page.keyboard.press('o');
    await page.keyboard.press('Shift+Slash');
    await expect(page.locator('.r-overlay-help')).toContainText('Black screen');
    await page.keyboard.press('Escape');

    // Search for the last titled slide's title: the deck goes there.
    const { slide } = RENDERED.slides.findLast(({ slide }) => 'title' in slide)!;
    const title = (slide as { title: string }).title;
    await page.keyboard.press('Control+Shift+F');
    await page.locator('.searchinput').fill(title);
    await page.locator('.searchinput').press('Enter');
    await expect.poll(() => page.evaluate(() => window.Reveal.getCurrentSlide().textContent)).toContain(title);

    await page.goto(`${FILE_URL}?view=scroll`);
    await page.waitForSelector(readySelector(READY.deck));
    expect(await page.evaluate(() => window.Reveal.isScrollView())).toBe(true);
    expect(errors).toEqual([]);
  });
});
