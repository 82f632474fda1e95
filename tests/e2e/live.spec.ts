/**
 * `npm run present`'s live relay with real browsers in separate contexts: the presenter's deck, a
 * phone remote (390x844, touch) and two followers, on the real relay over real sockets.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import WebSocket from 'ws';
import { deck } from '../../slides/index.ts';
import { DIST_DIR } from '../../src/node/build.ts';
import { parseRehearsal } from '../../src/core/rehearsal.ts';
import { startPresentServer, type PresentServer } from '../../src/node/live/present-server.ts';
import { CLASS, READY, readySelector, SPEAKER_ID } from '../../src/core/contract.ts';
import { axe, describeViolations } from './support/axe.ts';
import { collectErrors, imagePixels } from './support/deck.ts';
import { openSpeakerView, pressUntilSlideChanges } from './support/present.ts';
import { foreignSite } from './support/foreign-site.ts';

let live: PresentServer;
let rehearsals: string;
const contexts: BrowserContext[] = [];

test.beforeEach(async () => {
  rehearsals = mkdtempSync(join(tmpdir(), 'deck-rehearsals-'));
  live = await startPresentServer({ root: DIST_DIR, host: '127.0.0.1', port: 0, rehearsals: { dir: rehearsals, talk: deck.meta.title } });
});
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await live.close();
  rmSync(rehearsals, { recursive: true, force: true });
});

async function open(browser: Browser, url: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1280, height: 720 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function openDeck(browser: Browser, url: string): Promise<Page> {
  const page = await open(browser, url);
  await page.waitForSelector(readySelector(READY.deck));
  return page;
}

async function openRemote(browser: Browser, url = live.addresses.remote): Promise<Page> {
  const remote = await open(browser, url, true);
  await expect(remote.locator('.remote-status')).toHaveText(/^Live/);
  return remote;
}

const position = (page: Page) => page.evaluate(() => window.Reveal.getIndices());
const followersOf = async (count: number) => expect.poll(() => live.relay.counts().follower).toBe(count);

/** A real horizontal swipe on the phone's touch screen (Chromium's input, as a finger sends it). */
async function swipe(page: Page, selector: string, dx: number): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + Math.min(box.height / 2, 60)];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let step = 1; step <= 5; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * step) / 5, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** A plain socket to the relay, as a script (not a browser) would open one. */
function rawSocket(headers: Record<string, string>): Promise<WebSocket> {
  // ws names the Host from the URL unless a header says otherwise (as a rebinding page's browser would).
  const url = live.server.url.replace(/^http/, 'ws') + 'live';
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}
const nextMessage = (socket: WebSocket) => new Promise<Record<string, unknown>>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>)));

test('the remote on a phone moves the presenter and both followers; the keys never stay in the address', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  const errors = collectErrors(presenter);
  expect(presenter.url()).not.toContain('live=');
  const followers = [await openDeck(browser, live.addresses.follow), await openDeck(browser, live.addresses.follow)];
  await followersOf(2);
  const remote = await openRemote(browser);
  expect(remote.url()).not.toContain('live=');
  const first = await remote.locator('.remote-current').textContent();

  const next = remote.getByRole('button', { name: 'Next', exact: true });
  for (let press = 0; press < 4; press++) await next.click();
  await expect.poll(async () => (await position(presenter)).h).toBeGreaterThan(0);
  await expect(remote.locator('.remote-current')).not.toHaveText(first ?? '');
  const at = await position(presenter);
  for (const follower of followers) await expect.poll(() => position(follower), { timeout: 1000 }).toEqual(at);

  await remote.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect.poll(() => position(presenter)).not.toEqual(at);
  const back = await position(presenter);
  for (const follower of followers) await expect.poll(() => position(follower), { timeout: 1000 }).toEqual(back);
  expect(errors).toEqual([]);
});

test('a follower moves only its own view, is not dragged while away, and comes back with one button', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  const follower = await openDeck(browser, live.addresses.follow);
  await followersOf(1);
  const backButton = follower.getByRole('button', { name: 'Back to the speaker' });
  await expect(backButton).toBeHidden();

  await follower.keyboard.press('End');
  await expect(backButton).toBeVisible();
  expect((await position(presenter)).h).toBe(0);

  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  const speaker = await position(presenter);
  await follower.waitForTimeout(500);
  expect((await position(follower)).h).not.toBe(speaker.h);

  await backButton.click();
  await expect.poll(() => position(follower)).toEqual(speaker);
  await expect(backButton).toBeHidden();
});

test("a follower's socket cannot move the slides; a forged key is refused and the phone says so", async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  const origin = new URL(live.server.url).origin;
  const follower = await rawSocket({ origin });
  follower.send(JSON.stringify({ type: 'hello', role: 'follower' }));
  expect((await nextMessage(follower)).type).toBe('welcome');
  for (const attempt of [{ type: 'command', action: 'next' }, { type: 'state', h: 5, v: 0, f: -1 }]) {
    follower.send(JSON.stringify(attempt));
    expect(await nextMessage(follower)).toMatchObject({ type: 'refused' });
  }
  // Nonsense does not stop the relay either.
  follower.send('{"type":"command","action":"next","extra":1}');
  expect(await nextMessage(follower)).toMatchObject({ type: 'refused' });
  follower.close();
  await presenter.waitForTimeout(300);
  expect((await position(presenter)).h).toBe(0);

  const forged = live.addresses.remote.replace(/#live=.*/, `#live=${'A'.repeat(22)}`);
  const remote = await open(browser, forged, true);
  await expect(remote.locator('.remote-status')).toHaveText("This remote's link is from an earlier run: scan the new code.");
  await expect(remote.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();

  // A follower's hello with the remote's role but no key is no way in either.
  const sneaky = await rawSocket({ origin });
  const closed = new Promise<number>((resolve) => sneaky.once('close', (code) => resolve(code)));
  sneaky.send(JSON.stringify({ type: 'hello', role: 'remote', key: 'B'.repeat(22) }));
  expect(await closed).toBe(4001);
});

test('the phone reconnects on its own after its socket drops, and resyncs', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  const remote = await openRemote(browser);
  live.relay.disconnect('remote');
  await expect(remote.locator('.remote-status')).toHaveText('Reconnecting…');
  // While the phone is away, the talk moves on.
  await presenter.keyboard.press('End');
  await expect(remote.locator('.remote-status')).toHaveText(/^Live/, { timeout: 5000 });
  await expect(remote.locator('.remote-position')).toHaveText(/^Slide (\d+) of \1\b/);
  await remote.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect.poll(async () => (await position(presenter)).h).toBeLessThan((await presenter.evaluate(() => window.Reveal.getTotalSlides())) - 1);
});

test('a follower who joins late lands on the slide the presenter shows', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  for (let press = 0; press < 4; press++) await presenter.keyboard.press('PageDown');
  const at = await position(presenter);
  expect(at.h).toBeGreaterThan(0);
  const late = await openDeck(browser, live.addresses.follow);
  await expect.poll(() => position(late), { timeout: 1000 }).toEqual(at);
});

test('the closing slide shows the Follow address and its QR code while presenting live', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  await presenter.keyboard.press('End');
  const follow = presenter.locator(`section[data-kind="closing"] .${CLASS.closingFollow}`);
  await expect(follow.locator('svg.qr')).toBeVisible();
  await expect(follow.getByRole('link')).toHaveAttribute('href', live.addresses.follow);
});

test('a page of another site cannot open the relay; neither can a socket without an Origin', async ({ browser }) => {
  const socketUrl = live.server.url.replace(/^http/, 'ws') + 'live';
  const site = await foreignSite('<!doctype html><title>another site</title>');
  try {
    const attacker = await open(browser, site.origin);
    const outcome = await attacker.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(url);
          socket.onopen = () => resolve('open');
          socket.onerror = () => resolve('refused');
        }),
      socketUrl,
    );
    expect(outcome).toBe('refused');
  } finally {
    await site.close();
  }
  await expect(rawSocket({})).rejects.toThrow('HTTP 403');
  // DNS rebinding: another site's name resolving to this laptop, its page's own origin and Host.
  const port = new URL(live.server.url).port;
  await expect(rawSocket({ host: `attacker.example:${port}`, origin: `http://attacker.example:${port}` })).rejects.toThrow('HTTP 403');
  await expect(rawSocket({ origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
  expect(live.relay.counts()).toEqual({ presenter: 0, remote: 0, follower: 0, unsure: 0 });
});

test('the phone remote: swipes drive the deck, the notes size is remembered, and axe finds nothing', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  const remote = await openRemote(browser);
  const start = await position(presenter);
  await swipe(remote, '.remote-slides', -150);
  await expect.poll(() => position(presenter)).not.toEqual(start);
  const moved = await position(presenter);
  await swipe(remote, '.remote-slides', 150);
  await expect.poll(() => position(presenter)).not.toEqual(moved);
  // A short drag (reading the notes) moves nothing.
  const before = await position(presenter);
  await swipe(remote, '.remote-notes', 20);
  await remote.waitForTimeout(300);
  expect(await position(presenter)).toEqual(before);

  const notes = remote.locator('.remote-notes');
  const size = () => notes.evaluate((element) => getComputedStyle(element).fontSize);
  const initial = await size();
  await remote.getByRole('button', { name: 'Larger notes' }).click();
  await remote.getByRole('button', { name: 'Larger notes' }).click();
  const larger = await size();
  expect(parseFloat(larger)).toBeGreaterThan(parseFloat(initial));
  await remote.reload();
  await expect(remote.locator('.remote-status')).toHaveText(/^Live/);
  expect(await size()).toBe(larger);
  expect(describeViolations('remote', (await axe(remote)).violations)).toEqual([]);
});

test('a follower on a phone gets the scroll view, scrolled to the presenter\'s slide', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  for (let press = 0; press < 6; press++) await presenter.keyboard.press('PageDown');
  const slideId = await presenter.evaluate(() => window.Reveal.getCurrentSlide()?.id ?? '');
  const phone = await open(browser, live.addresses.follow, true);
  await phone.waitForSelector(readySelector(READY.deck));
  expect(await phone.evaluate(() => window.Reveal.isScrollView())).toBe(true);
  const slide = phone.locator(`section#${slideId}`);
  await expect(slide).toBeInViewport({ ratio: 0.3 });
  await presenter.keyboard.press('End');
  await expect(phone.locator('section[data-kind="closing"]')).toBeInViewport({ ratio: 0.3 });
});

test('a burst of steps on the presenter (a held key) still leaves every follower on the last slide it reached', async ({ browser }) => {
  const presenter = await openDeck(browser, live.addresses.presenter);
  const follower = await openDeck(browser, live.addresses.follow);
  await followersOf(1);
  // Faster than any hand, and than the relay's rate limit per socket.
  await presenter.evaluate(() => {
    for (let step = 0; step < 100; step++) window.Reveal.slide(step % 30);
    window.Reveal.slide(7);
  });
  const at = await position(presenter);
  await expect.poll(() => position(follower), { timeout: 2000 }).toEqual(at);
});

test.describe('the speaker view, presenting live', () => {
  test('shows the relay’s state and the Remote and Follow addresses as QR codes a phone reads off the screen', async ({ browser }) => {
    const presenter = await openDeck(browser, live.addresses.presenter);
    await openDeck(browser, live.addresses.follow);
    await followersOf(1);
    const speaker = await openSpeakerView(presenter);
    const panel = speaker.locator(`#${SPEAKER_ID.live}`);
    await expect(panel.locator('.sv-live-state')).toHaveText('Live · 1 following');
    const codes = panel.locator('svg.qr');
    await expect(codes).toHaveCount(2);
    for (const [i, url] of [live.addresses.remote, live.addresses.follow].entries()) {
      const code = codes.nth(i);
      await code.scrollIntoViewIfNeeded();
      const box = (await code.boundingBox())!;
      // With a margin of the panel around it, as a camera sees it on the screen.
      const shot = await speaker.screenshot({ clip: { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 } });
      const pixels = await imagePixels(speaker, `data:image/png;base64,${shot.toString('base64')}`);
      expect(jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data).toBe(url);
    }
    if (process.env.PRESENT_SHOTS) await speaker.screenshot({ path: `${process.env.PRESENT_SHOTS}/speaker-live.png` });
  });

  test('a rehearsal run saved in the speaker view lands in the project’s rehearsals folder, and only with the presenter’s key', async ({ browser }) => {
    const presenter = await openDeck(browser, live.addresses.presenter);
    const speaker = await openSpeakerView(presenter);
    await expect(speaker.locator(`#${SPEAKER_ID.live} .sv-live-state`)).toHaveText(/^Live/);
    await speaker.getByRole('button', { name: 'Start rehearsal' }).click();
    await pressUntilSlideChanges(presenter);
    await speaker.getByRole('button', { name: 'Stop' }).click();
    await speaker.getByRole('button', { name: 'Save run' }).click();
    await expect(speaker.getByText(/saved on the presenting laptop as/)).toBeVisible();
    const [file] = readdirSync(rehearsals);
    expect(file).toMatch(/\.json$/);
    expect(parseRehearsal(readFileSync(join(rehearsals, file!), 'utf8'), file!).talk).toBe(deck.meta.title);

    // Anyone else on the network (a follower, the remote's key) is refused, and nothing is written.
    const post = (authorization?: string) =>
      fetch(new URL('rehearsals', live.server.url), { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization && { authorization }) }, body: readFileSync(join(rehearsals, file!)) });
    const remoteKey = new URLSearchParams(new URL(live.addresses.remote).hash.slice(1)).get('live');
    expect((await post()).status).toBe(401);
    expect((await post(`Bearer ${remoteKey}`)).status).toBe(403);
    expect(readdirSync(rehearsals)).toEqual([file]);
  });
});
