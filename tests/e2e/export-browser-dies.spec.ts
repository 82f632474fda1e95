/**
 * A browser that dies during an export (killed, crashed, out of memory) gives one line that says
 * what happened and what to do, exit 1, and no file: the earlier export is kept. The browser is
 * killed for real, from outside, as the system would.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../src/node/build.ts';

const LINE = 'the browser closed during the export; nothing was written; run it again';

/** Every process below `root`, with its parent and command line, read from /proc. */
function descendants(root: number): { pid: number; ppid: number; args: string }[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid ...": the name may hold spaces, so read after its closing bracket.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: { pid: number; ppid: number; args: string }[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      let args: string;
      try {
        args = readFileSync(`/proc/${child}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        continue;
      }
      found.push({ pid: child, ppid: pid, args });
      visit(child);
    }
  };
  visit(root);
  return found;
}

for (const [script, name] of [['export-pdf.ts', 'talk.pdf'], ['export-pptx.ts', 'talk.pptx']] as const) {
  test(`${script}: the browser killed mid-export gives one line, exit 1, and keeps the earlier file`, async () => {
    test.setTimeout(120_000);
    const scratch = mkdtempSync(join(tmpdir(), 'deck-browser-dies-'));
    try {
      const out = join(scratch, name);
      writeFileSync(out, 'the earlier export');
      const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, '--out', out], { cwd: PROJECT_ROOT, env: { ...process.env, INIT_CWD: PROJECT_ROOT } });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));

      // Once the browser has a page loading the deck, its main process is killed.
      let killed = false;
      const deadline = Date.now() + 60_000;
      while (!killed && Date.now() < deadline && child.exitCode === null) {
        const tree = descendants(child.pid!);
        const renderer = tree.some((p) => p.args.includes('--type=renderer') && tree.some((m) => m.ppid === child.pid && /chrom/i.test(m.args)));
        // The export's own browser is its child; a build it starts may run a browser of its own further down.
        const main = tree.find((p) => p.ppid === child.pid && /chrom/i.test(p.args) && !p.args.includes('--type='));
        if (renderer && main) {
          process.kill(main.pid, 'SIGKILL');
          killed = true;
        } else await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const code = await exited;
      expect(killed, `the browser was found and killed (stdout: ${stdout})`).toBe(true);
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(LINE);
      expect(readFileSync(out, 'utf8')).toBe('the earlier export');
      expect(readdirSync(scratch)).toEqual([name]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
}
