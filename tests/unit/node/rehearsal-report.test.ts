import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rehearsal } from '../../../src/core/rehearsal.ts';
import { PROJECT_ROOT } from '../../../src/node/build.ts';
import { talk } from '../../../vite.config.ts';

const TALK = talk.meta.title;

function run(date: string, actual: readonly number[], pausedSeconds = 0): Rehearsal {
  const plan = [['title', 'Title', 30], ['market-record', 'A record', 40], ['cost-debate', 'The cost debate', 60]] as const;
  return { talk: TALK, date, pausedSeconds, slides: plan.map(([id, title, plannedSeconds], i) => ({ id, title, plannedSeconds, actualSeconds: actual[i]! })) };
}

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folderOf(files: Record<string, unknown>): string {
  const parent = mkdtempSync(join(tmpdir(), 'deck-rehearsal-report-'));
  made.push(parent);
  const dir = join(parent, 'rehearsals');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

function rehearsal(args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/rehearsal.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run rehearsal (scripts/rehearsal.ts)', { timeout: 60_000 }, () => {
  it('prints per slide the plan, the median, the spread and the overrun, then the slowest slides', () => {
    const dir = folderOf({
      '2026-11-28T18-00-00Z.json': run('2026-11-28T18:00:00Z', [35, 40, 100], 20),
      '2026-11-29T18-00-00Z.json': run('2026-11-29T18:00:00Z', [45, 38, 80]),
      '2026-11-30T18-00-00Z.json': run('2026-11-30T18:00:00Z', [40, 30, 90], 10),
    });
    const { status, out } = rehearsal(['--dir', dir]);
    expect(status).toBe(0);
    expect(out).toContain(`Rehearsals of "${TALK}": 3 runs, 2026-11-28 to 2026-11-30; paused for questions 0:30 in all.`);
    expect(out).toMatch(/^title\s+0:30\s+0:40\s+0:10\s+\+0:10$/m);
    expect(out).toMatch(/^market-record\s+0:40\s+0:38\s+0:10\s+-0:02$/m);
    expect(out).toMatch(/^cost-debate\s+1:00\s+1:30\s+0:20\s+\+0:30$/m);
    expect(out).toMatch(/Slowest slides \(median over plan\):\n {2}1\. cost-debate \+0:30 .*\n {2}2\. title \+0:10/);
  });

  it('--write-timings writes suggested timings beside the slides, for the author to accept, and says where', () => {
    const dir = folderOf({ '2026-11-30T18-00-00Z.json': run('2026-11-30T18:00:00Z', [31, 52, 60]) });
    const out = join(dir, '..', 'timings.suggested.json');
    const result = rehearsal(['--dir', dir, '--write-timings', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/Suggested timings for 1 slide written to .*timings\.suggested\.json/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
      talk: TALK,
      from: ['rehearsals/2026-11-30T18-00-00Z.json'],
      timings: { 'market-record': { planned: 40, suggested: 50, title: 'A record' } },
    });
  });

  it('a malformed file: names the file and the field, exits with 1', () => {
    const good = run('2026-11-30T18:00:00Z', [31, 52, 60]);
    const dir = folderOf({ '2026-11-30T18-00-00Z.json': good, '2026-12-01T18-00-00Z.json': { ...good, slides: [{ ...good.slides[0], actualSeconds: '40s' }] } });
    const { status, err } = rehearsal(['--dir', dir]);
    expect(status).toBe(1);
    expect(err.trim()).toBe('rehearsals/2026-12-01T18-00-00Z.json: slides[0].actualSeconds must be a number of seconds from 0 to 86400, got "40s".');
  });

  it('no runs yet, or a bad flag: says what to do', () => {
    const empty = rehearsal(['--dir', folderOf({})]);
    expect(empty.status).toBe(1);
    expect(empty.err).toMatch(/holds no runs yet: record one in the speaker view/);
    const flag = rehearsal(['--rite-timings']);
    expect(flag.status).toBe(2);
    expect(flag.err).toMatch(/Unknown option --rite-timings\.[\s\S]*Usage: npm run rehearsal/);
  });
});
