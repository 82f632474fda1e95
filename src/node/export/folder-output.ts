/**
 * Writing a set of files (one PNG per slide) all or nothing: they are written into a temporary
 * folder beside the destination's files and moved in only when every one is written, so a failed
 * export leaves the earlier set whole. Files of an earlier, longer set that the new one does not
 * replace are removed, so the folder never mixes two exports.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainWriteError } from '../pdf/output.ts';

export interface PendingFolder {
  readonly folder: string;
  /** Writes one file into the temporary folder. */
  add(name: string, bytes: Uint8Array): void;
  /** Moves every added file into place and removes the stale ones `ours` matches. */
  commit(): void;
  discard(): void;
}

/**
 * Checks now that the folder can be written (making it when its parent exists), so a bad --out
 * fails before any work. `what` names the files in messages ("the PNGs").
 */
export function prepareFolder(folder: string, what: string, ours: RegExp): PendingFolder {
  const staging = join(folder, `.export.${process.pid}.partial`);
  try {
    mkdirSync(folder, { recursive: false });
  } catch (error) {
    // The message names the folder's parent, where it could not be made.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw explainWriteError(error as NodeJS.ErrnoException, folder, what);
  }
  try {
    mkdirSync(staging);
  } catch (error) {
    throw explainWriteError(error as NodeJS.ErrnoException, join(folder, 'slide-01.png'), what);
  }
  const added: string[] = [];
  return {
    folder,
    add(name, bytes) {
      try {
        writeFileSync(join(staging, name), bytes);
        added.push(name);
      } catch (error) {
        throw explainWriteError(error as NodeJS.ErrnoException, join(folder, name), what);
      }
    },
    commit() {
      const keep = new Set(added);
      for (const name of added) renameSync(join(staging, name), join(folder, name));
      for (const name of readdirSync(folder)) if (ours.test(name) && !keep.has(name)) rmSync(join(folder, name), { force: true });
      rmSync(staging, { recursive: true, force: true });
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

