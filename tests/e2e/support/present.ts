/** Helpers for the presenting specs: the speaker view's window, and what a note starts with. */
import { expect, type Page } from '@playwright/test';
import type { SlideBase } from '../../../src/core/model/talk.ts';
import { currentSlideId } from './deck.ts';
import { READY, readySelector, SPEAKER_ID } from '../../../src/core/contract.ts';

/** The speaker view's preview frames: the current slide and the next step. */
const PREVIEW = { current: `#${SPEAKER_ID.current}`, upcoming: `#${SPEAKER_ID.next}` } as const;

/** Presses S and returns the speaker view's window once it has connected to the deck and both previews run. */
export async function openSpeakerView(page: Page): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await page.keyboard.press('s');
  const speaker = await opened;
  await speakerConnected(speaker);
  return speaker;
}

/** Waits until the speaker view hears its deck and both previews are decks of their own, running. */
export async function speakerConnected(speaker: Page): Promise<void> {
  await expect(speaker.locator(`#${SPEAKER_ID.connection}`)).toBeHidden({ timeout: 15_000 });
  for (const which of ['current', 'upcoming'] as const) {
    await expect(speaker.frameLocator(PREVIEW[which]).locator(readySelector(READY.deck))).toBeAttached({ timeout: 15_000 });
  }
}

/** The id of the slide a preview frame of the speaker view shows ("current" or "upcoming"). */
export function previewSlideId(speaker: Page, which: 'current' | 'upcoming'): Promise<string> {
  return speaker
    .frameLocator(PREVIEW[which])
    .locator(readySelector(READY.deck))
    .evaluate(() => window.Reveal.getCurrentSlide()?.id ?? '');
}

/** The speaker view's notes. */
export const speakerNotes = (speaker: Page) => speaker.locator(`#${SPEAKER_ID.notes}`);

/** The words a slide's notes open with, up to the first figure or link (what any rendering keeps). */
export function notesOpening(slide: SlideBase): string {
  const first = slide.notes[0]?.[0];
  return typeof first === 'string' ? first.trim().slice(0, 40).trim() : '';
}

/** "1:02:03", "2:05" or "-0:10" (the speaker view's times) in seconds. */
export function seconds(clock: string): number {
  const sign = clock.trim().startsWith('-') ? -1 : 1;
  const parts = clock.replace('-', '').trim().split(':').map(Number);
  return sign * parts.reduce((total, part) => total * 60 + part, 0);
}

/** Presses `key` until the deck leaves the slide it is on (fragments take presses of their own). */
export async function pressUntilSlideChanges(page: Page, key = 'PageDown'): Promise<string> {
  const before = await currentSlideId(page);
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press(key);
    const now = await currentSlideId(page);
    if (now !== before) return now;
  }
  throw new Error(`${key} did not leave ${before}`);
}

/** Walks the deck from the first slide to the last with PageDown, as a clicker does; calls `atSlide` on each. */
export async function walkWithClicker(page: Page, atSlide: (id: string) => Promise<void> = async () => {}): Promise<string[]> {
  const seen = [await currentSlideId(page)];
  await atSlide(seen[0]!);
  while (!(await page.evaluate(() => window.Reveal.isLastSlide()))) {
    seen.push(await pressUntilSlideChanges(page));
    await atSlide(seen.at(-1)!);
  }
  // The last slide's fragments too.
  while (await page.evaluate(() => window.Reveal.nextFragment()));
  return seen;
}
