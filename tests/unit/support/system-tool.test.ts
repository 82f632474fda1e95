// The gate for checks that need a system program (tests/support/system-tool.ts), on real files:
// a program on the PATH is found; a missing one skips with one line, or fails in CI.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemTool } from '../../support/system-tool.ts';

const bin = mkdtempSync(join(tmpdir(), 'deck-system-tool-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const program = join(bin, process.platform === 'win32' ? 'deck-test-tool.exe' : 'deck-test-tool');
writeFileSync(program, '#!/bin/sh\nexit 0\n');
chmodSync(program, 0o755);

const tool = { names: ['deck-missing-tool', 'deck-test-tool'], checks: 'the test rendering', install: 'install deck-test-tool' };

describe('tests/support/system-tool', () => {
  it('finds the program on the PATH, under any of its names', () => {
    const lines: string[] = [];
    expect(systemTool(tool, { PATH: bin }, (line) => lines.push(line))).toBe(program);
    expect(lines).toEqual([]);
  });

  it('says once, in one line, what was not checked and how to enable it', () => {
    const lines: string[] = [];
    const missing = { ...tool, names: ['deck-missing-tool'] };
    expect(systemTool(missing, { PATH: bin }, (line) => lines.push(line))).toBeUndefined();
    expect(systemTool(missing, { PATH: bin }, (line) => lines.push(line))).toBeUndefined();
    expect(lines).toEqual(['Not checked: the test rendering, since deck-missing-tool is not installed. To check it: install deck-test-tool.']);
  });

  it('fails in CI, which installs the program', () => {
    expect(() => systemTool({ ...tool, names: ['deck-missing-tool'] }, { PATH: bin, CI: 'true' })).toThrow(/Not checked: the test rendering.*CI must install it/);
  });
});
