/**
 * `npm run present` itself: on the network by default, it prints the three addresses in their
 * form with QR codes, and the server answers on this machine's network address but not on a name
 * of another site (DNS rebinding).
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../src/node/build.ts';

function get(url: string, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('npm run present prints Presenter, Remote and Follow with QR codes, and answers on the LAN address only for this machine', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--port', '0'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await expect.poll(() => out, { timeout: 30_000 }).toContain('Ctrl+C stops the server.');
    const lines = out.split('\n');
    const presenter = lines.find((line) => line.startsWith('Presenter: '));
    const remote = lines.find((line) => line.startsWith('Remote: '));
    const follow = lines.find((line) => line.startsWith('Follow: '));
    expect(presenter).toMatch(/^Presenter: http:\/\/127\.0\.0\.1:\d+\/#live=[\w-]{22}$/);
    expect(remote).toMatch(/^Remote: http:\/\/(\d+\.){3}\d+:\d+\/remote\.html#live=[\w-]{22}$/);
    expect(follow).toMatch(/^Follow: http:\/\/(\d+\.){3}\d+:\d+\/\?follow$/);
    expect(out).not.toContain('0.0.0.0');
    // Two QR codes drawn with block characters.
    expect(out.match(/▄▄▄▄▄▄▄/g)?.length).toBeGreaterThanOrEqual(4);
    const followUrl = follow!.slice('Follow: '.length);
    expect(await get(followUrl)).toBe(200);
    expect(await get(followUrl, `rebound.example:${new URL(followUrl).port}`)).toBe(403);
  } finally {
    child.kill('SIGTERM');
  }
});
