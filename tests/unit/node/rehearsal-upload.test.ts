import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseRehearsal, type Rehearsal } from '../../../src/core/rehearsal.ts';
import { rehearsalUpload } from '../../../src/node/live/rehearsal-upload.ts';

const TOKEN = 'k3Y-presenter-token-0123456789abcdef';
const TALK = 'A talk';
const RUN: Rehearsal = {
  talk: TALK,
  date: '2026-12-01T18:30:00.000Z',
  pausedSeconds: 12.5,
  slides: [
    { id: 'title', title: 'Title', plannedSeconds: 30, actualSeconds: 41.2 },
    { id: 'market-record', title: 'A record', plannedSeconds: 40, actualSeconds: 35 },
  ],
};

let server: Server;
let url: string;
let parent: string;
let dir: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'deck-rehearsal-upload-'));
  dir = join(parent, 'rehearsals');
  server = createServer(rehearsalUpload({ token: TOKEN, dir, talk: TALK }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rehearsals`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(parent, { recursive: true, force: true });
});

beforeEach(() => rmSync(dir, { recursive: true, force: true }));

function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers } });
}

const files = () => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

describe('the rehearsal upload (src/node/live/rehearsal-upload.ts), on a real server', () => {
  it('writes a valid run into rehearsals/<date-time>.json, which the project reads back', async () => {
    const response = await post(JSON.stringify(RUN));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ file: 'rehearsals/2026-12-01T18-30-00Z.json' });
    expect(files()).toEqual(['2026-12-01T18-30-00Z.json']);
    expect(parseRehearsal(readFileSync(join(dir, '2026-12-01T18-30-00Z.json'), 'utf8'), 'the file')).toEqual(RUN);
  });

  it('never overwrites a run: a second one of the same second gets a name of its own, and no temporary file is left', async () => {
    expect((await post(JSON.stringify(RUN))).status).toBe(201);
    const second = await post(JSON.stringify({ ...RUN, pausedSeconds: 0 }));
    expect(await second.json()).toEqual({ file: 'rehearsals/2026-12-01T18-30-00Z-2.json' });
    expect(files()).toEqual(['2026-12-01T18-30-00Z-2.json', '2026-12-01T18-30-00Z.json']);
  });

  it('refuses a request without the presenter token, or with another, in words', async () => {
    const none = await post(JSON.stringify(RUN), { authorization: '' });
    expect(none.status).toBe(401);
    expect((await none.json()).error).toMatch(/No presenter token/);
    const forged = await post(JSON.stringify(RUN), { authorization: `Bearer ${TOKEN.slice(0, -1)}x` });
    expect(forged.status).toBe(403);
    const longer = await post(JSON.stringify(RUN), { authorization: `Bearer ${TOKEN}x` });
    expect(longer.status).toBe(403);
    expect(files()).toEqual([]);
  });

  it('refuses another method and another media type', async () => {
    const get = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await post(JSON.stringify(RUN), { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('refuses a body over 64 KB, declared or streamed, and stays up for the next request', async () => {
    const big = JSON.stringify({ ...RUN, talk: 'x'.repeat(70 * 1024) });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatch(/at most 64 KB/);
    // Streamed without a length: cut off once past the limit.
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 80; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await fetch(url, { method: 'POST', body: chunks, duplex: 'half', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } } as RequestInit).catch((error: Error) => error);
    if (streamed instanceof Response) expect(streamed.status).toBe(413);
    expect((await post(JSON.stringify(RUN))).status).toBe(201);
  });

  it('refuses a run that does not match the schema, naming the field, and writes nothing', async () => {
    const bad = await post(JSON.stringify({ ...RUN, slides: [{ ...RUN.slides[0], actualSeconds: 'soon' }] }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBe('the uploaded run: slides[0].actualSeconds must be a number of seconds from 0 to 86400, got "soon".');
    const notJson = await post('{"talk":');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toMatch(/^the uploaded run: not JSON/);
    const otherTalk = await post(JSON.stringify({ ...RUN, talk: 'Another talk' }));
    expect(otherTalk.status).toBe(400);
    expect((await otherTalk.json()).error).toMatch(/of "Another talk", not of "A talk"/);
    expect(files()).toEqual([]);
  });
});
