// The step before the end-to-end tests, run as `npm test` runs it, with Playwright's real installer:
// pointed at a download host on this machine that serves a stand-in browser, one that refuses
// connections, and one that serves a broken archive. Nothing is downloaded from outside.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/node/build.ts';
import { zip } from '../../support/zip.ts';

const scratch = mkdtempSync(join(tmpdir(), 'deck-chromium-install-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs scripts/ensure-chromium.ts with no Chromium to find: CHROMIUM_PATH unset, an empty PATH and
 * an empty Playwright browser folder (node is started by its full path).
 */
function ensure(name: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const rest = { ...process.env };
  delete rest.CHROMIUM_PATH;
  const empty = mkdtempSync(join(scratch, `${name}-path-`));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ensure-chromium.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...rest, PATH: empty, Path: empty, PLAYWRIGHT_BROWSERS_PATH: join(scratch, name), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Where Playwright would put its Chromium, relative to its browser folder: ["chromium-1255", "chrome-linux64", "chrome"]. */
const installed = relative(join(chromium.executablePath(), '..', '..', '..'), chromium.executablePath()).split(sep);

/** A stand-in download: the browser folder's layout with an executable where Chromium's is. */
const standIn = zip([{ name: installed.slice(1).join('/'), data: Buffer.from('#!/bin/sh\nexit 0\n'), mode: 0o755 }]);

let server: Server;
let host: string;
let broken = false;
beforeAll(async () => {
  server = createServer((request, response) => {
    // Chromium's archive, or the broken one. The other download, ffmpeg, gets the executable it is
    // named after ("ffmpeg-linux.zip" holds "ffmpeg-linux", "ffmpeg-win64.exe" on Windows).
    const archive = /([^/]+)\.zip$/.exec(request.url ?? '')?.[1] ?? '';
    const ffmpeg = zip([archive, `${archive}.exe`].map((name) => ({ name, data: Buffer.from(''), mode: 0o755 })));
    const body = broken ? Buffer.from('not a zip') : archive.startsWith('chrom') ? standIn : ffmpeg;
    response.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('scripts/ensure-chromium.ts', () => {
  it('installs Playwright\'s Chromium when none resolves, showing its progress, then goes on', async () => {
    const run = await ensure('installs', { PLAYWRIGHT_DOWNLOAD_HOST: host });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('No Chromium found');
    expect(run.stdout).toMatch(/Downloading Chrome for Testing/);
    expect(run.stdout).toMatch(/100%/);
    expect(existsSync(join(scratch, 'installs', ...installed)), 'the browser is where Playwright looks for it').toBe(true);
    // The next run finds it and prints nothing.
    const again = await ensure('installs', { PLAYWRIGHT_DOWNLOAD_HOST: host });
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
  }, 60_000);

  it('says in one line that the download host cannot be reached, and names the two fixes', async () => {
    const run = await ensure('unreachable', { PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:1' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot download Playwright's Chromium \(connect ECONNREFUSED 127\.0\.0\.1:1\): /);
    expect(lines[0]).toContain('install Chromium from the system\'s packages');
    expect(lines[0]).toContain('set CHROMIUM_PATH');
    // None of the installer's retries or stack traces.
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringContaining('No Chromium found')]);
    expect(existsSync(join(scratch, 'unreachable', ...installed))).toBe(false);
  }, 60_000);

  it('shows the installer\'s own output when it fails for another reason', async () => {
    broken = true;
    try {
      const run = await ensure('broken', { PLAYWRIGHT_DOWNLOAD_HOST: host });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^Playwright's Chromium installer failed \(exit 1\):\n/);
      expect(run.stderr.split('\n').length).toBeGreaterThan(2);
      expect(run.stderr).toContain('set CHROMIUM_PATH');
    } finally {
      broken = false;
    }
  }, 60_000);

  it('installs nothing when CHROMIUM_PATH names no executable: the setting is what to fix', async () => {
    const run = await ensure('bad-setting', { CHROMIUM_PATH: join(scratch, 'no-such-chrome'), PLAYWRIGHT_DOWNLOAD_HOST: host });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`CHROMIUM_PATH is set to "${join(scratch, 'no-such-chrome')}", but no executable is there.`);
    expect(run.stdout).toBe('');
    expect(existsSync(join(scratch, 'bad-setting'))).toBe(false);
  }, 60_000);
});
