/** Runs an export's command line as `npm run <name> -- ...` does, for the export specs. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deck } from '../../../slides/index.ts';
import { LIVE } from '../../../src/core/contract.ts';
import { singleFileName } from '../../../src/core/file-name.ts';
import { PROJECT_ROOT } from '../../../src/node/build.ts';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export function runExport(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const start = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}`, ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, INIT_CWD: PROJECT_ROOT, ...env }, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, ms: performance.now() - start }),
    );
  });
}

/**
 * A build folder (for DECK_OUT_DIR) whose page throws "not the deck" instead of starting: every page
 * a build makes is there, and newer than the sources, so an export takes it as built and fails on it.
 */
export function brokenBuild(parent: string): string {
  const dir = mkdtempSync(join(parent, 'broken-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title><script>throw new Error("not the deck")</script>');
  writeFileSync(join(dir, singleFileName(deck.meta.title)), '');
  writeFileSync(join(dir, LIVE.remotePage), '');
  const later = new Date(Date.now() + 24 * 3600 * 1000);
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), later, later);
  return dir;
}

/** Letters and digits only: readers join, hyphenate and space words in their own ways. */
export const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
