/**
 * One build of a folder at a time. Two builds writing into the same folder at once (two stale
 * exports, a `npm run build` beside `npm run serve`) would mix their files; so a build holds a lock
 * (a folder, made atomically, with its process id inside) and a second build waits for it. A lock
 * whose process is gone (a build killed mid-way) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOptions {
  /** Told once when the build must wait, with the process id holding the lock. */
  readonly onWait?: (holder: number) => void;
  /** How long to wait for another build before giving up; 10 minutes by default. */
  readonly timeoutMs?: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock at `lock` (a path beside the output folder); resolves with its release. */
export async function acquireBuildLock(lock: string, options: LockOptions = {}): Promise<() => void> {
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = holder(lock);
    // No pid yet: the other build made the folder a moment ago and is writing it.
    if (pid !== undefined && !alive(pid)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (pid !== undefined && !told) {
      options.onWait?.(pid);
      told = true;
    }
    if (Date.now() > deadline) {
      throw new Error(`Another build (process ${pid ?? 'unknown'}) has held ${lock} for too long. Stop it, or remove that folder if no build is running, then build again.`);
    }
    await sleep(250);
  }
}
