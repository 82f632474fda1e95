/**
 * The static server as an attacker on the venue network meets it: raw requests over a socket, each
 * followed by a check that the server still answers.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DIST_DIR } from '../../src/node/build.ts';
import { SECURITY_HEADERS } from '../../src/node/serve/headers.ts';
import { startStaticServer, type RunningServer } from '../../src/node/static-server.ts';
import { get, rawRequest } from './support/raw-http.ts';

let site: string;
let outside: string;
let server: RunningServer;
let port: number;

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'deck-serve-site-'));
  mkdirSync(join(site, 'assets'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>deck</title>');
  writeFileSync(join(site, 'assets', 'app.mjs'), 'export {};');
  writeFileSync(join(site, 'assets', 'app.wasm'), Buffer.from([0, 97, 115, 109]));
  writeFileSync(join(site, 'assets', 'photo.webp'), Buffer.from('RIFF'));
  // Large enough that an aborted download is cut off mid-file, far beyond the socket buffers.
  writeFileSync(join(site, 'big.txt'), 'all work and no play '.repeat(1_000_000));
  writeFileSync(join(site, '.env'), 'SECRET=1');
  mkdirSync(join(site, '.git'));
  writeFileSync(join(site, '.git', 'config'), '[core]');
  outside = mkdtempSync(join(tmpdir(), 'deck-serve-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'outside');
  symlinkSync(join(outside, 'secret.txt'), join(site, 'link.txt'));
  symlinkSync(outside, join(site, 'linked-folder'));
  server = await startStaticServer({ root: site });
  port = Number(new URL(server.url).port);
});

test.afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

async function stillServes(): Promise<void> {
  expect((await get(port, '/')).status).toBe(200);
}

test('malformed request targets get 400 and the server lives on', async () => {
  for (const target of ['//', '///', '//a:99999/', 'http://[x/', '/%', '/%E0%A4%A', '*', 'index.html', '/a%00b', 'http://127.0.0.1:99999/']) {
    const response = await get(port, target);
    expect(response.status, target).toBe(400);
    await stillServes();
  }
  // What Node's own parser refuses is a 400 too.
  expect((await rawRequest(port, 'GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nbad header line')).status).toBe(400);
  await stillServes();
});

test('only GET and HEAD: every other method gets 405 with Allow', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
    const response = await get(port, '/', ['content-length: 0'], method);
    expect(response.status, method).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  }
  const head = await get(port, '/', [], 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
});

test('nothing outside the folder: no symlink out, no dotfile, no climbing up', async () => {
  for (const target of ['/link.txt', '/linked-folder/secret.txt', '/.env', '/.git/config', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
    const response = await get(port, target);
    expect([400, 404], target).toContain(response.status);
    expect(response.body.toString()).not.toMatch(/outside|SECRET|core|root:/);
  }
});

test('every response, whatever its status, carries the security headers', async () => {
  const responses = [await get(port, '/'), await get(port, '/nothing-here'), await get(port, '//'), await get(port, '/', [], 'POST'), await rawRequest(port, 'GET / HTTP/1.1\r\nhost: evil.example')];
  expect(responses.map((r) => r.status)).toEqual([200, 404, 400, 405, 403]);
  for (const response of responses) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name], `${name} on ${response.status}`).toBe(value);
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
  }
});

test('types: .mjs, .wasm, .webp and every file the build writes', async () => {
  const expected: Record<string, RegExp> = {
    '.html': /^text\/html; charset=utf-8$/,
    '.js': /^text\/javascript; charset=utf-8$/,
    '.mjs': /^text\/javascript; charset=utf-8$/,
    '.css': /^text\/css; charset=utf-8$/,
    '.json': /^application\/json; charset=utf-8$/,
    '.svg': /^image\/svg\+xml; charset=utf-8$/,
    '.png': /^image\/png$/,
    '.woff2': /^font\/woff2$/,
    '.wasm': /^application\/wasm$/,
    '.webp': /^image\/webp$/,
  };
  for (const file of ['/assets/app.mjs', '/assets/app.wasm', '/assets/photo.webp']) {
    expect((await get(port, file)).headers['content-type'], file).toMatch(expected[extname(file)]!);
  }
  const built = await startStaticServer({ root: DIST_DIR });
  try {
    const builtPort = Number(new URL(built.url).port);
    const files = readdirSync(DIST_DIR, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(5);
    for (const entry of files) {
      const path = relative(DIST_DIR, join(entry.parentPath, entry.name)).split('\\').join('/');
      const type = (await get(builtPort, `/${path}`, [], 'HEAD')).headers['content-type'];
      expect(expected[extname(path)], `a known type for ${path}`).toBeDefined();
      expect(type, path).toMatch(expected[extname(path)]!);
    }
  } finally {
    await built.close();
  }
});

test('ETag and 304, Range and 206, hashed assets cached for good', async () => {
  const first = await get(port, '/');
  expect(first.headers.etag).toBeTruthy();
  expect(first.headers['last-modified']).toBeTruthy();
  expect(first.headers['cache-control']).toBe('no-cache');
  const again = await get(port, '/', [`if-none-match: ${first.headers.etag}`]);
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  const range = await get(port, '/big.txt', ['range: bytes=4-11', 'accept-encoding: gzip']);
  expect(range.status).toBe(206);
  expect(range.headers['content-range']).toMatch(/^bytes 4-11\/\d+$/);
  expect(range.headers['content-encoding']).toBeUndefined();
  expect(range.body.toString()).toBe('work and');
  expect((await get(port, '/assets/app.mjs')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const gzip = await get(port, '/big.txt', ['accept-encoding: gzip']);
  expect(gzip.headers['content-encoding']).toBe('gzip');
});

test('gzipped answers are the file itself, revalidate with 304, and follow a rebuild', async () => {
  const file = join(site, 'notes.txt');
  writeFileSync(file, 'first version '.repeat(500));
  const first = await get(port, '/notes.txt', ['accept-encoding: br, gzip;q=0.8']);
  expect(first.headers['content-encoding']).toBe('gzip');
  expect(first.headers.vary).toMatch(/accept-encoding/i);
  expect(gunzipSync(first.body).toString()).toBe('first version '.repeat(500));
  expect((await get(port, '/notes.txt', ['accept-encoding: gzip', `if-none-match: ${first.headers.etag}`])).status).toBe(304);
  // gzip;q=0 means "not gzip": the file as it is.
  expect((await get(port, '/notes.txt', ['accept-encoding: gzip;q=0'])).headers['content-encoding']).toBeUndefined();
  writeFileSync(file, 'second version '.repeat(500));
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  const second = await get(port, '/notes.txt', ['accept-encoding: gzip']);
  expect(second.headers.etag).not.toBe(first.headers.etag);
  expect(gunzipSync(second.body).toString()).toBe('second version '.repeat(500));
});

/** File descriptors this process holds now: the test runs the server in its own process. */
const openHandles = () => readdirSync('/proc/self/fd').length;

/** Reads the first bytes of a download and hangs up: gzipped (from memory) or the file as it is (a stream). */
function abortedDownload(target: string, gzip: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', reject);
    socket.once('data', () => {
      socket.destroy();
      resolve();
    });
    socket.write(`GET ${target} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n${gzip ? 'accept-encoding: gzip\r\n' : ''}\r\n`);
  });
}

test('300 aborted downloads, compressed and not, leave no file open', async () => {
  test.setTimeout(120_000);
  for (let i = 0; i < 5; i++) await abortedDownload('/big.txt', i % 2 === 0);
  await expect.poll(openHandles).toBeLessThan(openHandles() + 1);
  const before = openHandles();
  for (let i = 0; i < 300; i++) await abortedDownload('/big.txt', i % 2 === 0);
  await expect.poll(openHandles, { message: `open handles after 300 aborts, ${before} before` }).toBeLessThanOrEqual(before + 5);
  await stillServes();
});

test('a file that vanishes while it is read (a rebuild replacing it) never takes the server down', async () => {
  const file = join(site, 'vanish.txt');
  // The moment the file server pipes the file into the response, the file goes, before the stream
  // has opened it: the stream fails with ENOENT, as when a rebuild replaces a file mid-download.
  const vanish = (request: IncomingMessage, response: ServerResponse) => {
    if (request.url === '/vanish.txt') response.once('pipe', () => rmSync(file, { force: true }));
  };
  server.server.on('request', vanish);
  try {
    for (let i = 0; i < 20; i++) {
      writeFileSync(file, 'soon gone');
      const response = await get(port, '/vanish.txt').catch((error: Error) => error);
      if (!(response instanceof Error)) expect(response.body.toString()).not.toBe('soon gone');
      await stillServes();
    }
  } finally {
    server.server.off('request', vanish);
  }
});

test('a file that vanishes before it is gzipped gets a 500, and the server lives on', async () => {
  const file = join(site, 'gone.txt');
  // Runs right after the handler, which has found the file and gone to read it for gzip.
  const vanish = (request: IncomingMessage) => {
    if (request.url === '/gone.txt') rmSync(file, { force: true });
  };
  server.server.on('request', vanish);
  try {
    writeFileSync(file, 'gone soon '.repeat(500));
    const response = await get(port, '/gone.txt', ['accept-encoding: gzip']);
    expect(response.status).toBe(500);
    expect(response.body.toString()).toBe('Internal server error');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    await stillServes();
  } finally {
    server.server.off('request', vanish);
  }
});

test('Host headers that are not this machine are refused, beyond loopback too (DNS rebinding)', async () => {
  for (const host of ['evil.example', 'evil.example:' + port, '127.0.0.1.evil.example', '', '[::1']) {
    expect((await rawRequest(port, `GET / HTTP/1.1\r\nhost: ${host}`)).status, host).toBe(403);
  }
  for (const host of ['localhost', `localhost:${port}`, '127.0.0.1', `[::1]:${port}`]) {
    expect((await rawRequest(port, `GET / HTTP/1.1\r\nhost: ${host}`)).status, host).toBe(200);
  }
  // An absolute-form target names its host itself, and that is what counts.
  expect((await rawRequest(port, `GET http://evil.example/ HTTP/1.1\r\nhost: 127.0.0.1:${port}`)).status).toBe(403);
  expect((await rawRequest(port, `GET http://127.0.0.1:${port}/ HTTP/1.1\r\nhost: 127.0.0.1:${port}`)).status).toBe(200);
  const shared = await startStaticServer({ root: site, host: '0.0.0.0' });
  try {
    const sharedPort = Number(new URL(shared.url).port);
    const { networkInterfaces, hostname } = await import('node:os');
    const own = Object.values(networkInterfaces()).flat().filter((nic) => nic && nic.family === 'IPv4').map((nic) => nic!.address);
    for (const host of [...own, hostname(), 'localhost']) {
      expect((await rawRequest(sharedPort, `GET / HTTP/1.1\r\nhost: ${host}:${sharedPort}`)).status, host).toBe(200);
    }
    expect((await rawRequest(sharedPort, `GET / HTTP/1.1\r\nhost: attacker.example:${sharedPort}`)).status).toBe(403);
  } finally {
    await shared.close();
  }
});

test('an IPv6 address is printed in brackets, and that URL opens', async () => {
  const v6 = await startStaticServer({ root: site, host: '::1' }).catch(() => undefined);
  test.skip(!v6, 'no IPv6 loopback on this machine');
  try {
    expect(v6!.url).toMatch(/^http:\/\/\[::1\]:\d+\/$/);
    expect((await fetch(v6!.url)).status).toBe(200);
  } finally {
    await v6!.close();
  }
});
