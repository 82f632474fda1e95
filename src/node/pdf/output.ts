/**
 * Writing an export all or nothing: the file is written beside its destination under a temporary
 * name and renamed into place, so a failed export never leaves a partial file, and an old one stays
 * whole until the new one is complete. Every export (PDF, handout, PowerPoint, PNGs) writes this way.
 */
import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The export cannot be written where it was asked for. */
export class OutputError extends Error {
  override name = 'OutputError';
}

export interface PendingOutput {
  readonly path: string;
  /** Writes the bytes to the temporary file, then renames it to `path`. */
  commit(bytes: Uint8Array): void;
  /** Removes the temporary file if it is still there. */
  discard(): void;
}

const REASONS: Record<string, (folder: string) => string> = {
  ENOENT: (folder) => `the folder ${folder} does not exist`,
  ENOTDIR: (folder) => `${folder} is not a folder`,
  EACCES: (folder) => `no permission to write in ${folder}`,
  EPERM: (folder) => `no permission to write in ${folder}`,
  EROFS: (folder) => `${folder} is on a read-only file system`,
  ENOSPC: (folder) => `the disk holding ${folder} is full`,
  EISDIR: () => 'it is a folder',
};

export function explainWriteError(error: NodeJS.ErrnoException, path: string, what: string): OutputError {
  const reason = REASONS[error.code ?? '']?.(dirname(path)) ?? error.message;
  return new OutputError(`Cannot write ${what} to ${path}: ${reason}. Choose another place with --out PATH.`);
}

/**
 * Checks now, by creating and removing the temporary file, that the PDF can be written at `path`,
 * so a bad --out fails before any work is done. Nothing is left behind.
 */
export function prepareOutput(path: string, what = 'the PDF'): PendingOutput {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  let probe: number;
  try {
    probe = openSync(temporary, 'wx');
  } catch (error) {
    throw explainWriteError(error as NodeJS.ErrnoException, path, what);
  }
  closeSync(probe);
  rmSync(temporary, { force: true });
  return {
    path,
    commit(bytes) {
      try {
        writeFileSync(temporary, bytes, { flag: 'wx' });
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw explainWriteError(error as NodeJS.ErrnoException, path, what);
      }
    },
    discard() {
      rmSync(temporary, { force: true });
    },
  };
}
