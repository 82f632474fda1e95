/**
 * A failed build loses nothing, and two builds at once do not mix. Each test builds a copy of the
 * project (its node_modules linked), so breaking a slide there leaves this one alone.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { singleFileName } from '../../src/core/file-name.ts';
import { DIST_DIR, PROJECT_ROOT } from '../../src/node/build.ts';
import { deck } from '../../slides/index.ts';

const COPIED = ['slides', 'src', 'assets', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json'];
const SINGLE_FILE = singleFileName(deck.meta.title);

let project: string;
test.beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'deck-build-'));
  for (const name of COPIED) cpSync(join(PROJECT_ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(project, 'node_modules'));
});
test.afterEach(() => rmSync(project, { recursive: true, force: true }));

function build(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // The copy builds into its own dist/, whatever folder this run builds into.
    const env = { ...process.env };
    delete env.DECK_OUT_DIR;
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'info'], { cwd: project, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Every file under a folder with its bytes, to compare a folder before and after. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(folder.length), readFileSync(join(entry.parentPath, entry.name)).toString('base64'));
  }
  return files;
}

/** One slide cites a fact that does not exist: the build fails while it renders the page, after Vite would have emptied dist/. */
function breakASlide(): void {
  const file = join(project, 'slides', 'sections', 'opening.ts');
  const source = readFileSync(file, 'utf8');
  const broken = source.replace(/f\('[a-z0-9-]+'\)/, "f('no-such-fact')");
  expect(broken, 'the copy of slides/sections/opening.ts has a fact to break').not.toBe(source);
  writeFileSync(file, broken);
}

test('a failed build keeps the last good deck and single file, and leaves no staging folder', async () => {
  test.setTimeout(120_000);
  const dist = join(project, 'dist');
  cpSync(DIST_DIR, dist, { recursive: true });
  // An export a speaker made earlier, beside the deck.
  writeFileSync(join(dist, 'talk.pdf'), '%PDF-1.7 earlier export');
  const before = snapshot(dist);
  breakASlide();
  const { code, output } = await build();
  expect(code).not.toBe(0);
  expect(output).toContain('Unknown fact "no-such-fact"');
  expect(output).toContain('the last good build');
  expect(snapshot(dist)).toEqual(before);
  expect(existsSync(join(project, 'dist-staging'))).toBe(false);
  expect(existsSync(join(project, 'dist-lock'))).toBe(false);
});

test('two builds at once take turns; the second waits, and dist/ ends complete', async () => {
  test.setTimeout(240_000);
  const [first, second] = await Promise.all([build(), new Promise((resolve) => setTimeout(resolve, 300)).then(build)]);
  expect(first.code, first.output).toBe(0);
  expect(second.code, second.output).toBe(0);
  expect(first.output + second.output).toMatch(/Waiting for another build of .*dist \(process \d+\)/);
  for (const name of ['index.html', SINGLE_FILE]) expect(statSync(join(project, 'dist', name)).size).toBeGreaterThan(10_000);
  for (const left of ['dist-staging', 'dist-lock', 'dist-previous']) expect(existsSync(join(project, left)), left).toBe(false);
});

test('a lock left by a build that was killed is taken over', async () => {
  test.setTimeout(120_000);
  mkdirSync(join(project, 'dist-lock'));
  // A process id no process has (above the kernel's default pid_max).
  writeFileSync(join(project, 'dist-lock', 'pid'), '4194305');
  const { code, output } = await build();
  expect(code, output).toBe(0);
  expect(output).not.toContain('Waiting for another build');
  expect(existsSync(join(project, 'dist', SINGLE_FILE))).toBe(true);
});
