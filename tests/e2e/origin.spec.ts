/**
 * The deck talks only to its own windows: a page of another origin that frames it or opens it
 * cannot drive it, read it, or take the speaker view's place.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DIST_DIR } from '../../src/node/build.ts';
import { collectErrors, currentSlideId, SLIDE_IDS } from './support/deck.ts';
import { foreignSite, plainStaticHost, type Site } from './support/foreign-site.ts';
import { openSpeakerView } from './support/present.ts';
import { READY, readySelector } from '../../src/core/contract.ts';

let deckHost: Site;
test.beforeAll(async () => {
  deckHost = await plainStaticHost(DIST_DIR);
});
test.afterAll(async () => {
  await deckHost.close();
});

/** Every way in: reveal's postMessage API (JSON strings), the speaker view's messages (ours, and reveal's stock one's), and noise. */
const FOREIGN_MESSAGES: readonly unknown[] = [
  ...[
    { method: 'slide', args: [5] },
    { method: 'togglePause', args: [true] },
    { method: 'configure', args: [{ keyboard: false, controls: false }] },
    { method: 'getConfig', args: [] },
    { method: 'getSlidesAttributes', args: [] },
    { namespace: 'reveal-notes', type: 'heartbeat' },
    { namespace: 'reveal-notes', type: 'connected' },
    { namespace: 'reveal-notes', type: 'call', methodName: 'next', arguments: [], callId: 1 },
  ].map((message) => JSON.stringify(message)),
  { namespace: 'deck-speaker', type: 'hello' },
  { namespace: 'deck-speaker', type: 'command', command: 'next' },
  { namespace: 'deck-speaker', type: 'command', command: 'togglePause' },
];

/** Sends every foreign message `rounds` times from the attacker's page to the deck's window. */
async function bombard(attacker: Page, target: string, rounds: number): Promise<void> {
  await attacker.evaluate(
    ({ messages, rounds: count, target: where }) => {
      const deck = (window as unknown as Record<string, Window>)[where]!;
      for (let round = 0; round < count; round++) for (const message of messages) deck.postMessage(message, '*');
    },
    { messages: FOREIGN_MESSAGES, rounds, target },
  );
  await attacker.waitForTimeout(1500);
}

/** The deck still does what its presenter asks: next slide by key, and S opens a speaker view that connects. */
async function stillPresentable(context: BrowserContext, deck: Page): Promise<void> {
  expect(await currentSlideId(deck)).toBe(SLIDE_IDS[0]);
  expect(await deck.evaluate(() => window.Reveal.isPaused())).toBe(false);
  await deck.bringToFront();
  await deck.keyboard.press('ArrowRight');
  await expect.poll(() => currentSlideId(deck)).toBe(SLIDE_IDS[1]);
  expect(deck.context()).toBe(context);
  const speaker = await openSpeakerView(deck);
  await speaker.close();
}

const ATTACKER_PAGE = `<!doctype html><title>another site</title><script>
  window.received = [];
  addEventListener('message', (event) => window.received.push(String(event.data)));
</script>`;

/** The attacker's page, on a site of its own, opens the deck at `url` in a window it keeps as `deckWindow`. */
async function openedByForeignPage(context: BrowserContext, url: string, run: (attacker: Page, deck: Page) => Promise<void>): Promise<void> {
  const attackerSite = await foreignSite(ATTACKER_PAGE);
  try {
    const attacker = await context.newPage();
    await attacker.goto(attackerSite.origin);
    const opened = context.waitForEvent('page');
    await attacker.evaluate((where) => {
      (window as unknown as Record<string, unknown>).deckWindow = window.open(where);
    }, url);
    const deck = await opened;
    await deck.waitForSelector(readySelector(READY.deck));
    await run(attacker, deck);
  } finally {
    await attackerSite.close();
  }
}

test('a page of another origin that opened the deck cannot drive it or take the speaker view', async ({ context }) => {
  await openedByForeignPage(context, `${deckHost.origin}/`, async (attacker, deck) => {
    const errors = collectErrors(deck);
    await bombard(attacker, 'deckWindow', 50);
    // Nothing came back: no callback with the config, no notes, no state.
    expect(await attacker.evaluate(() => (window as unknown as { received: string[] }).received)).toEqual([]);
    await stillPresentable(context, deck);
    expect(errors).toEqual([]);
  });
});

test('a deck served by npm run serve is opened without a handle for the opener (Cross-Origin-Opener-Policy)', async ({ context, baseURL }) => {
  await openedByForeignPage(context, baseURL!, async (attacker, deck) => {
    await expect.poll(() => attacker.evaluate(() => (window as unknown as { deckWindow: Window }).deckWindow.closed)).toBe(true);
    await stillPresentable(context, deck);
  });
});

test('framed by another origin on a static host without headers: the deck does not start and says so', async ({ page }) => {
  const attackerSite = await foreignSite(`${ATTACKER_PAGE}<iframe id="deck" src="${deckHost.origin}/" width="1280" height="720"></iframe>`);
  try {
    await page.goto(attackerSite.origin);
    const frame = page.frameLocator('#deck');
    await expect(frame.locator('html[data-deck-refused="framed"]')).toBeAttached();
    await expect(frame.getByRole('alert')).toContainText('does not run inside another site');
    await expect(frame.locator('.reveal')).toBeHidden();
    await page.waitForTimeout(1000);
    expect(await frame.locator('html[data-deck-ready]').count()).toBe(0);
    // The frame answers nothing either: reveal never started listening.
    await page.evaluate((messages) => {
      const deck = (document.getElementById('deck') as HTMLIFrameElement).contentWindow!;
      for (const message of messages) deck.postMessage(message, '*');
    }, FOREIGN_MESSAGES);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { received: string[] }).received)).toEqual([]);
  } finally {
    await attackerSite.close();
  }
});

test('framed by another origin from npm run serve: the browser refuses the frame (frame-ancestors, X-Frame-Options)', async ({ page, baseURL }) => {
  const attackerSite = await foreignSite(`<!doctype html><iframe id="deck" src="${baseURL}" width="1280" height="720"></iframe>`);
  try {
    const blocked = page.waitForEvent('console', (message) => /frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(message.text()));
    await page.goto(attackerSite.origin);
    await blocked;
    expect(await page.frameLocator('#deck').locator('.reveal').count()).toBe(0);
  } finally {
    await attackerSite.close();
  }
});

test('framed by its own origin (as the speaker view does), the deck runs', async ({ page, baseURL }) => {
  await page.goto(baseURL!);
  await page.waitForSelector(readySelector(READY.deck));
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'own';
    frame.src = `${location.origin}/?receiver`;
    document.body.append(frame);
  });
  await expect(page.frameLocator('#own').locator(readySelector(READY.deck))).toBeAttached();
});
