import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseFlags, UsageError } from '../../../src/node/cli.ts';
import { PROJECT_ROOT } from '../../../src/node/build.ts';

const command = { usage: 'Usage: npm run x -- [--port N]', options: { port: { type: 'string', default: '4173' }, notes: { type: 'boolean', default: false } } } as const;

describe('src/node/cli: flags', () => {
  it('reads the flags, with their defaults, and --help', () => {
    expect(parseFlags(command, ['--port', '0', '--notes'])).toEqual({ port: '0', notes: true, help: false });
    expect(parseFlags(command, [])).toEqual({ port: '4173', notes: false, help: false });
    expect(parseFlags(command, ['--help']).help).toBe(true);
  });

  it.each([
    [['--colour'], /Unknown option --colour\./],
    [['talk.pdf'], /Unexpected argument "talk\.pdf": every setting is a flag/],
    [['--port'], /--port needs a value\./],
  ])('refuses %j, saying what is wrong', (args, message) => {
    expect(() => parseFlags(command, args)).toThrow(UsageError);
    expect(() => parseFlags(command, args)).toThrow(message);
  });
});

describe('a command (npm run bench:charts, which would build and measure)', () => {
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/bench-charts.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

  it('prints its usage for --help and exits 0 without doing the work', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    // The usage and nothing else: no build started, no figure measured.
    expect(result.stdout).toMatch(/^Usage: npm run bench:charts\n[\s\S]* {2}--help {3}show this help\n$/);
  }, 30_000);

  it('prints the problem and the usage for an unknown flag, and exits 2', () => {
    const result = run('--bogus');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Unknown option --bogus\.\n\nUsage: npm run bench:charts/);
  }, 30_000);
});
