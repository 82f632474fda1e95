/** Runs an export's command line as `npm run <name> -- ...` does, for the export specs. */
import { execFile } from 'node:child_process';
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

/** Letters and digits only: readers join, hyphenate and space words in their own ways. */
export const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
