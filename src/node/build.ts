/** Builds the deck when its output is missing or older than any source it is made from. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LIVE } from '../core/contract.ts';
import { singleFileName } from '../core/file-name.ts';
import type { Talk } from '../core/model/talk.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const DIST_DIR = resolve(PROJECT_ROOT, process.env.DECK_OUT_DIR ?? 'dist');

const SOURCES = ['slides', 'src', 'assets', 'index.html', 'remote.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** True when a page (the deck, the phone remote) or the single-file deck is missing from dist/, or older than a source file. */
export function buildIsStale(talk: Pick<Talk, 'meta'>, dist = DIST_DIR): boolean {
  // The phone remote is built when the project has its page (a copy of the engine may not).
  const remote = existsSync(join(PROJECT_ROOT, LIVE.remotePage)) ? [LIVE.remotePage] : [];
  const outputs = ['index.html', ...remote, singleFileName(talk.meta.title)].map((name) => join(dist, name));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  return SOURCES.map((name) => join(PROJECT_ROOT, name))
    .filter(existsSync)
    .some((path) => newestMtime(path) > built);
}

/** Runs `vite build` when the build is stale; throws with the build's output when it fails. */
export function ensureBuilt(talk: Pick<Talk, 'meta'>, log: (line: string) => void = console.log): void {
  if (!buildIsStale(talk)) return;
  log('Building the deck (dist/ is missing or older than the sources)...');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('The build failed; see the output above.');
}
