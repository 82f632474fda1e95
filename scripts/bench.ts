/**
 * `npm run bench`: builds the talk, or the talk repeated to N slides (`--slides 40,100,200`), each into
 * .cache/bench-<N>/ (dist/ is left alone), serves it gzip-compressed with the deck's own server and
 * prints, one column per length, what a reader and a presenter wait for: build time, first-load
 * bytes, the single file, Lighthouse mobile and desktop, the first slide on a phone, the longest
 * block while walking the slides, and the PDF export. Written to reports/bench.json. A benchmark,
 * not a test: it reports figures and never fails on them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/node/build.ts';
import { runCommand, UsageError } from '../src/node/cli.ts';
import { startStaticServer } from '../src/node/static-server.ts';
import { singleFileName } from '../src/core/file-name.ts';
import { talk } from '../vite.config.ts';
import { runLighthouse, type LighthouseResult } from './measure/lighthouse.ts';
import { SLIDES_ENV } from '../src/node/long-talk.ts';
import { firstLoad, JS_BUDGET_GZIP, kib, type FirstLoad } from './measure/payload.ts';
import { firstSlideOnPhone, walkSlides, type Walk } from './measure/phone.ts';
import { printTable, spread } from './measure/table.ts';
import { measureFirstSlideTransfer, type FirstSlideTransfer } from './measure/transfer.ts';

/**
 * Lighthouse's scores vary from run to run with the machine's load (on a shared 2-core machine the
 * mobile score spans several points), so each form factor is run this often and the median reported,
 * as Lighthouse's own guidance on variability advises. `--runs` trades that for time.
 */
const DEFAULT_RUNS = 5;

const USAGE = `Usage: npm run bench [-- --slides 40,100,200] [--runs ${DEFAULT_RUNS}]

Builds the talk (or, with --slides, the talk's slides repeated to each length, with ids of their own)
into .cache/bench-<length>/, serves it gzip-compressed and prints, side by side: build time,
first-load HTML, JavaScript and CSS (raw and gzip), the single file, Lighthouse mobile and desktop
(median of the runs, with the spread), the time to the first slide on a phone (390x844, CPU slowed
4x; median of the runs), the longest task while walking every slide, and the PDF export's time.
Writes reports/bench.json. Reports figures; never fails on them. About 4 minutes a length at 3 runs on 2 busy cores.
  --slides N[,N...]  lengths to build, in slides (default: the talk as it is)
  --runs N           Lighthouse and phone runs per length (default ${DEFAULT_RUNS})
  --help             show this help`;

const BUDGETS = { performance: 95, accessibility: 100, bestPractices: 100, tbtMs: 200 } as const;

interface Column {
  readonly label: string;
  readonly slides: number;
  readonly buildMs: number;
  readonly payload: FirstLoad;
  readonly singleFileBytes: number;
  readonly transfer: FirstSlideTransfer;
  readonly phoneMs: readonly number[];
  readonly walk: Walk;
  readonly pdfMs: number;
  readonly lighthouse: Readonly<Record<'mobile' | 'desktop', readonly Omit<LighthouseResult, 'report'>[]>>;
  /** One-minute load average before and after the column was measured: the machine is shared. */
  readonly load: readonly [number, number];
}

function timed(label: string, args: readonly string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync('npx', args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}); see its output above.`);
  return Math.round(performance.now() - start);
}

function parseList(flag: string, value: string | undefined, fallback: readonly (number | undefined)[]): (number | undefined)[] {
  if (value === undefined) return [...fallback];
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(`${flag} ${value}: give whole numbers of 1 or more, separated by commas (e.g. ${flag} 40,100,200).`);
  }
  return numbers;
}

/**
 * The run with the median performance score (its metrics with it, so they belong together), among
 * the runs that measured something: a run Lighthouse could not finish scores 0 with no metrics.
 */
function medianRun<R extends Pick<LighthouseResult, 'performance' | 'tbtMs'>>(runs: readonly R[]): R {
  const measured = runs.filter((run) => Number.isFinite(run.tbtMs));
  const sorted = [...(measured.length > 0 ? measured : runs)].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure(slides: number | undefined, runs: number): Promise<Column> {
  const label = slides === undefined ? 'talk' : String(slides);
  const outDir = join(PROJECT_ROOT, '.cache', `bench-${label}`);
  // Every step (the build, the PDF export's own build check) sees the same talk and folder.
  const env = { ...process.env, DECK_OUT_DIR: outDir, [SLIDES_ENV]: slides === undefined ? '' : String(slides) };
  // The staged build puts its lock and staging folder beside outDir.
  mkdirSync(join(PROJECT_ROOT, '.cache'), { recursive: true });
  const load0 = loadavg()[0]!;
  console.log(`\n[${label}] building into ${outDir} ...`);
  const buildMs = timed('vite build', ['vite', 'build', '--logLevel', 'error'], env);
  const payload = firstLoad(outDir);
  const singleFileBytes = statSync(join(outDir, singleFileName(talk.meta.title))).size;
  const pageCount = (readFileSync(join(outDir, 'index.html'), 'utf8').match(/<section id="/g) ?? []).length;

  console.log(`[${label}] PDF export ...`);
  const pdfOut = mkdtempSync(join(tmpdir(), 'deck-bench-pdf-'));
  let pdfMs: number;
  try {
    pdfMs = timed('PDF export', ['tsx', 'scripts/export-pdf.ts', '--out', join(pdfOut, 'deck.pdf')], env);
  } finally {
    rmSync(pdfOut, { recursive: true, force: true });
  }

  const server = await startStaticServer({ root: outDir, port: 0 });
  try {
    console.log(`[${label}] ${pageCount} slides at ${server.url}: first slide, phone, walk, Lighthouse (${runs} runs each) ...`);
    const transfer = await measureFirstSlideTransfer(server.url);
    const phoneMs = await firstSlideOnPhone(server.url, runs);
    const walk = await walkSlides(server.url);
    const lighthouse = { mobile: [] as LighthouseResult[], desktop: [] as LighthouseResult[] };
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (let run = 0; run < runs; run++) lighthouse[formFactor].push(await runLighthouse(server.url, formFactor));
      // The median run's full report says why a score is what it is (long tasks, main-thread breakdown).
      writeFileSync(join(PROJECT_ROOT, `reports/lighthouse-${formFactor}-${label}.json`), JSON.stringify(medianRun(lighthouse[formFactor]).report));
    }
    const figures = (rs: readonly LighthouseResult[]) => rs.map(({ report: _full, ...rest }) => rest);
    return {
      label,
      slides: pageCount,
      buildMs,
      payload,
      singleFileBytes,
      transfer,
      phoneMs,
      walk,
      pdfMs,
      lighthouse: { mobile: figures(lighthouse.mobile), desktop: figures(lighthouse.desktop) },
      load: [load0, loadavg()[0]!],
    };
  } finally {
    await server.close();
  }
}

function report(columns: readonly Column[]): void {
  const each = (cell: (c: Column) => string) => columns.map(cell);
  const lh = (form: 'mobile' | 'desktop', pick: (r: Omit<LighthouseResult, 'report'>) => number, unit = '') => (c: Column) => {
    const runs = c.lighthouse[form];
    return `${pick(medianRun(runs))}${unit} ${spread(runs.map(pick))}`;
  };
  const bytes = (w: { raw: number; gzip: number }) => `${kib(w.raw)} / ${kib(w.gzip)}`;
  printTable(['slides', ...each((c) => String(c.slides))], [
    ['build', ...each((c) => `${(c.buildMs / 1000).toFixed(1)} s`)],
    ['HTML raw / gzip', ...each((c) => bytes(c.payload.html))],
    ['JS raw / gzip', ...each((c) => bytes(c.payload.js))],
    ['CSS raw / gzip', ...each((c) => bytes(c.payload.css))],
    ['single file', ...each((c) => kib(c.singleFileBytes))],
    ['to first slide (wire)', ...each((c) => `${kib(c.transfer.bytes)}, ${c.transfer.requests} req`)],
    ['LH mobile perf', ...each(lh('mobile', (r) => r.performance))],
    ['LH mobile TBT', ...each(lh('mobile', (r) => r.tbtMs, ' ms'))],
    ['LH mobile LCP', ...each(lh('mobile', (r) => r.lcpMs, ' ms'))],
    ['LH desktop perf', ...each(lh('desktop', (r) => r.performance))],
    ['LH desktop TBT', ...each(lh('desktop', (r) => r.tbtMs, ' ms'))],
    ['LH a11y / best pr.', ...each((c) => `${medianRun(c.lighthouse.mobile).accessibility} / ${medianRun(c.lighthouse.mobile).bestPractices}`)],
    ['phone first slide', ...each((c) => `${spread(c.phoneMs, true)} ms`)],
    ['walk longest task', ...each((c) => `${c.walk.longestMs} ms (${c.walk.longTasks} over 50)`)],
    ['PDF', ...each((c) => `${(c.pdfMs / 1000).toFixed(1)} s, ${(c.pdfMs / 1000 / c.slides).toFixed(2)} s/slide`)],
    ['load avg (1 min)', ...each((c) => `${c.load[0].toFixed(1)} -> ${c.load[1].toFixed(1)}`)],
  ]);
  console.log(
    `\nBudgets: Lighthouse mobile performance >= ${BUDGETS.performance} and TBT <= ${BUDGETS.tbtMs} ms, a11y ${BUDGETS.accessibility}, ` +
      `best practices ${BUDGETS.bestPractices}; first-load JS <= ${kib(JS_BUDGET_GZIP)} gzip; no task over 50 ms while walking.`,
  );
}

runCommand(
  { usage: USAGE, options: { slides: { type: 'string' }, runs: { type: 'string' } } },
  async (flags) => {
    const lengths = parseList('--slides', flags.slides, [undefined]);
    const [runs] = parseList('--runs', flags.runs, [DEFAULT_RUNS]) as [number];
    mkdirSync(join(PROJECT_ROOT, 'reports'), { recursive: true });
    const columns: Column[] = [];
    for (const slides of lengths) columns.push(await measure(slides, runs));
    writeFileSync(join(PROJECT_ROOT, 'reports/bench.json'), `${JSON.stringify({ date: new Date().toISOString(), budgets: { jsGzip: JS_BUDGET_GZIP, ...BUDGETS }, columns }, null, 2)}\n`);
    report(columns);
    console.log('\nWritten to reports/bench.json (the median runs\' Lighthouse reports: reports/lighthouse-<form>-<length>.json)');
  },
);
