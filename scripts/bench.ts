/**
 * `npm run bench`: builds the deck, then prints (and writes to reports/bench.json) what the budgets are
 * about: first-load JavaScript and CSS, bytes to show the first slide, build time, PDF export time,
 * and Lighthouse scores and metrics. A benchmark, not a test: it reports figures and never fails on them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR, PROJECT_ROOT } from '../src/node/build.ts';
import { runLighthouse, type LighthouseResult } from './measure/lighthouse.ts';
import { firstLoad, JS_BUDGET_GZIP, kib } from './measure/payload.ts';
import { startStaticServer } from '../src/node/static-server.ts';
import { measureFirstSlideTransfer } from './measure/transfer.ts';
import { runCommand } from '../src/node/cli.ts';

const USAGE = `Usage: npm run bench

Builds the deck and prints the figures the budgets are about: build time, first-load JavaScript and
CSS (raw and gzip), preloaded fonts, bytes to the first slide, PDF export time, and Lighthouse mobile
and desktop (the median of five runs each, with the spread). Writes reports/bench.json. Takes a few
minutes; it reports figures and never fails on them.
  --help   show this help`;

function timed(label: string, command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}).`);
  return Math.round(performance.now() - start);
}

const BUDGETS = { performance: 95, accessibility: 100, bestPractices: 100 } as const;

/**
 * Lighthouse's scores vary from run to run with the machine's load (on a shared 2-core machine the
 * mobile score spans several points), so each form factor is run this often and the median reported,
 * as Lighthouse's own guidance on variability advises.
 */
const LIGHTHOUSE_RUNS = 5;

/** The run with the median performance score (its metrics with it, so they belong together). */
function medianRun(runs: readonly LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  console.log('Building...');
  const buildMs = timed('vite build', 'npx', ['vite', 'build', '--logLevel', 'error']);
  const payload = firstLoad(DIST_DIR);

  const server = await startStaticServer({ root: DIST_DIR, port: 0 });
  try {
    console.log(`Measuring ${server.url} ...`);
    const transfer = await measureFirstSlideTransfer(server.url);

    let pdfMs: number | null = null;
    if (existsSync(join(PROJECT_ROOT, 'scripts/export-pdf.ts'))) {
      const out = mkdtempSync(join(tmpdir(), 'deck-bench-pdf-'));
      pdfMs = timed('PDF export', 'npx', ['tsx', 'scripts/export-pdf.ts', '--out', join(out, 'deck.pdf')]);
      rmSync(out, { recursive: true, force: true });
    }

    const lighthouse: (LighthouseResult & { runs: number[] })[] = [];
    for (const formFactor of ['mobile', 'desktop'] as const) {
      console.log(`Lighthouse (${formFactor}, ${LIGHTHOUSE_RUNS} runs)...`);
      const runs: LighthouseResult[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await runLighthouse(server.url, formFactor));
      lighthouse.push({ ...medianRun(runs), runs: runs.map((r) => r.performance) });
    }

    const scores = lighthouse.map(({ report: _full, ...figures }) => figures);
    const report = { date: new Date().toISOString(), buildMs, payload, transfer, pdfMs, lighthouse: scores, budgets: { jsGzip: JS_BUDGET_GZIP, ...BUDGETS } };
    mkdirSync(join(PROJECT_ROOT, 'reports'), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'reports/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    // The median runs' full reports say why a score is what it is (long tasks, main-thread breakdown).
    for (const r of lighthouse) writeFileSync(join(PROJECT_ROOT, `reports/lighthouse-${r.formFactor}.json`), JSON.stringify(r.report));

    const within = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
    console.log(`
build time                    ${buildMs} ms
first-load JS                 ${kib(payload.js.raw)} raw, ${kib(payload.js.gzip)} gzip (${payload.js.files.length} files) — ${within(payload.js.gzip <= JS_BUDGET_GZIP)} (${kib(JS_BUDGET_GZIP)})
first-load CSS                ${kib(payload.css.raw)} raw, ${kib(payload.css.gzip)} gzip
HTML (every slide)            ${kib(payload.html.raw)} raw, ${kib(payload.html.gzip)} gzip
preloaded fonts               ${kib(payload.fonts.raw)} (${payload.fonts.files.length} files)
transferred for first slide   ${kib(transfer.bytes)} in ${transfer.requests} requests
PDF export                    ${pdfMs === null ? 'n/a (no exporter)' : `${pdfMs} ms`}`);
    for (const r of lighthouse) {
      const ok = r.performance >= BUDGETS.performance && r.accessibility >= BUDGETS.accessibility && r.bestPractices >= BUDGETS.bestPractices;
      console.log(
        `Lighthouse ${r.formFactor.padEnd(8)} perf ${r.performance} (runs: ${r.runs.join(', ')}), a11y ${r.accessibility}, best practices ${r.bestPractices}; ` +
          `FCP ${r.fcpMs} ms, LCP ${r.lcpMs} ms, TBT ${r.tbtMs} ms, CLS ${r.cls}, ${r.transferKiB} KiB — ${within(ok)}`,
      );
    }
    console.log('\nWritten to reports/bench.json (full Lighthouse reports: reports/lighthouse-*.json)');
  } finally {
    await server.close();
  }
}

runCommand({ usage: USAGE, options: {} }, main);
