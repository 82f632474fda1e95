/**
 * What every export's command line shares: where its file goes by default (exports/, a folder the
 * build never empties), how --out is read, and how a bad flag is explained.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { explainFlagError, UsageError } from '../cli.ts';

/** The project root, found from this file so that nothing here imports the talk. */
const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Where exports go unless --out says otherwise: outside dist/, which every build replaces, so a
 * rebuild never deletes a PDF someone is about to send. DECK_EXPORTS_DIR moves it (for tests).
 */
export const EXPORTS_DIR = resolve(PROJECT_ROOT, process.env.DECK_EXPORTS_DIR ?? 'exports');

export { UsageError };

/** Node's parseArgs errors as every command says them (src/node/cli.ts), with the export's own hints for --out. */
export function explainParseError(error: NodeJS.ErrnoException, example: string): string {
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Unexpected argument "${/'([^']+)'/.exec(error.message)?.[1] ?? ''}": to choose the file, use --out PATH.`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /--out\b/.test(error.message)) return `--out needs a path, e.g. --out ${example}.`;
  return explainFlagError(error);
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The file to write: --out taken from where the command was run (a folder gets the default name),
 * or the default name in exports/, which is made on first use.
 */
export function outputPath(out: string | undefined, cwd: string, defaultName: string, example: string): string {
  if (out === '') throw new UsageError(`--out needs a path, e.g. --out ${example}.`);
  if (out === undefined) {
    mkdirSync(EXPORTS_DIR, { recursive: true });
    return join(EXPORTS_DIR, defaultName);
  }
  const path = resolve(cwd, out);
  return isDirectory(path) ? join(path, defaultName) : path;
}

/** The folder to write into, for exports of several files (one PNG per slide). */
export function outputFolder(out: string | undefined, cwd: string, defaultName: string): string {
  if (out === '') throw new UsageError('--out needs a folder, e.g. --out slides-png.');
  if (out === undefined) {
    mkdirSync(EXPORTS_DIR, { recursive: true });
    return join(EXPORTS_DIR, defaultName);
  }
  return resolve(cwd, out);
}
