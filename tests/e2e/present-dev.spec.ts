/**
 * The speaker view from `npm start` (Vite's dev server, where the speaker rehearses): it connects,
 * shows the notes and previews, and follows the deck.
 */
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../../src/node/build.ts';
import { RENDERED, SLIDE_IDS } from './support/deck.ts';
import { notesOpening, openSpeakerView, pressUntilSlideChanges, previewSlideId, speakerNotes } from './support/present.ts';
import { READY, readySelector, SPEAKER_ID } from '../../src/core/contract.ts';

// Not 5173, so a developer's own `npm start` is left alone; a fixed port, because Vite restarts the
// server on the same port when a file its config imports changes.
let server: ViteDevServer;
let url: string;

test.beforeAll(async () => {
  server = await createServer({ root: PROJECT_ROOT, logLevel: 'error', server: { port: Number(process.env.DEV_E2E_PORT ?? 5175), strictPort: true } });
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
});

test.afterAll(async () => {
  await server?.close();
});

test('from the dev server, S opens the speaker view and its notes and previews follow the deck', async ({ page }) => {
  await page.goto(url);
  await page.waitForSelector(readySelector(READY.deck), { timeout: 30_000 });
  const speaker = await openSpeakerView(page);
  const notes = speakerNotes(speaker);
  for (const { slide } of RENDERED.slides.slice(0, 3)) {
    if (slide.id !== SLIDE_IDS[0]) await pressUntilSlideChanges(page);
    if (notesOpening(slide)) await expect(notes).toContainText(notesOpening(slide));
    await expect.poll(() => previewSlideId(speaker, 'current')).toBe(slide.id);
  }
  await expect(speaker.locator(`#${SPEAKER_ID.talkPace}`)).toHaveAttribute('data-pace', /ahead|on-track|behind/);
});
