/**
 * `npm run check:html`: the W3C's Nu Html Checker (vnu.jar, from npm) on every page the build writes
 * (dist/*.html). Prints each error and the counts by message. The checker is installed on first run
 * into .cache/vnu-jar/, outside the project's dependencies: its package would download a Java
 * runtime when installed where none is (its install script, which is skipped here), and `npm
 * install` must download nothing but packages. It reads the files from disk (it
 * refuses to fetch from this machine's own addresses), so its Content-Security-Policy warnings about
 * scripts "blocked by script-src" are about a file: URL, which 'self' does not match; served over
 * HTTP the page loads them. It needs Java 11 or later; where there is none it says so in one line
 * and exits 0, since html-validate in `npm test` checks the same pages without Java.
 * Exit codes: 0 no errors (or no Java), 1 errors, 2 bad flags.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, ensureBuilt, PROJECT_ROOT } from '../src/node/build.ts';
import { talk } from '../vite.config.ts';
import { runCommand } from '../src/node/cli.ts';

const VNU_VERSION = '26.9.27';
const VNU_DIR = join(PROJECT_ROOT, '.cache', 'vnu-jar');

const USAGE = `Usage: npm run check:html [-- --json FILE]

Checks every page in dist/ (building first when needed) with the Nu Html Checker.
  --json FILE   also write the checker's JSON report to FILE
  --help        show this help`;

interface NuMessage {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly message: string;
}

/** The Java to run the checker with: JAVA_HOME's, else the one on the PATH; undefined when none runs. */
function findJava(): string | undefined {
  const candidates = [process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java'), 'java'];
  return candidates.find((java): java is string => !!java && spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0);
}

/** A message with its quoted addresses and values blanked (element names kept), so one kind of error is one row. */
const kind = (message: string) => message.replace(/“[^”]*[/ ][^”]*”/g, '“…”').replace(/ \(Suppressing further errors from this subtree\.\)/, '');

/** Installs vnu-jar once (its install script skipped) and returns the path of its vnu.jar. */
function installVnu(): string {
  const jar = join(VNU_DIR, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  const manifest = join(VNU_DIR, 'node_modules', 'vnu-jar', 'package.json');
  if (existsSync(jar) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === VNU_VERSION) return jar;
  console.log(`Installing the Nu Html Checker (vnu-jar ${VNU_VERSION}, about 32 MB) into .cache/vnu-jar/ (once)...`);
  mkdirSync(VNU_DIR, { recursive: true });
  writeFileSync(join(VNU_DIR, 'package.json'), `${JSON.stringify({ name: 'vnu-check-html', private: true, description: 'The Nu Html Checker for npm run check:html; not a dependency of the deck.' }, null, 2)}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', VNU_DIR, '--save-exact', '--ignore-scripts', '--no-audit', '--no-fund', `vnu-jar@${VNU_VERSION}`], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0 || !existsSync(jar)) throw new Error(`npm could not install vnu-jar@${VNU_VERSION} (exit ${result.status}); is the registry reachable?`);
  return jar;
}

function runChecker(java: string, jar: string, files: readonly string[]): Promise<NuMessage[]> {
  return new Promise((resolve, reject) => {
    // --exit-zero-always: the report says what failed; a non-zero exit then means the checker itself broke.
    execFile(java, ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) return reject(new Error(`the Nu checker failed to run: ${stderr.trim() || error.message}`));
      try {
        resolve((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
      } catch {
        reject(new Error(`the Nu checker's report is not JSON: ${stderr.slice(0, 300)}`));
      }
    });
  });
}

async function check(values: { json?: string | undefined }): Promise<void> {
  const java = findJava();
  if (!java) {
    console.log('Nu Html Checker not run: no Java found (it needs Java 11 or later on the PATH or in JAVA_HOME: e.g. sudo apt-get install default-jre-headless, brew install openjdk, winget install EclipseAdoptium.Temurin.21.JRE).');
    return;
  }
  const jar = installVnu();
  ensureBuilt(talk);
  const pages = readdirSync(DIST_DIR).filter((name) => name.endsWith('.html'));
  const messages = await runChecker(java, jar, pages.map((name) => join(DIST_DIR, name)));
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ messages }, null, 2)}\n`);
  }
  let errors = 0;
  for (const name of pages) {
    const mine = messages.filter((m) => m.url?.endsWith(`/${name}`));
    const errorsHere = mine.filter((m) => m.type !== 'info');
    errors += errorsHere.length;
    const warnings = mine.length - errorsHere.length;
    console.log(`${name}: ${errorsHere.length} errors, ${warnings} warnings`);
    const counts = new Map<string, number>();
    for (const m of mine) {
      const row = `${m.type === 'info' ? 'warning' : 'error'}: ${kind(m.message)}`;
      counts.set(row, (counts.get(row) ?? 0) + 1);
    }
    for (const [text, count] of counts) console.log(`  ${String(count).padStart(3)} x ${text}`);
    for (const m of errorsHere) console.log(`    line ${m.lastLine ?? '?'}: ${m.message}`);
  }
  const unplaced = messages.filter((m) => !pages.some((name) => m.url?.endsWith(`/${name}`)));
  for (const m of unplaced) console.log(`${m.url ?? '(no page)'}: ${m.type}: ${m.message}`);
  errors += unplaced.filter((m) => m.type !== 'info').length;
  if (errors > 0) throw new Error(`Nu Html Checker: ${errors} errors.`);
  console.log('Nu Html Checker: no errors.');
}

runCommand({ usage: USAGE, options: { json: { type: 'string' } } }, check);
