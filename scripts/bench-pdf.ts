/**
 * `npm run bench:pdf`: exports the same build with ours (`npm run pdf`) and with DeckTape 3.16.1 on the
 * same Chromium, and prints time (median of N runs), size, pages and what a reader gets from each PDF
 * (tags, bookmarks, links, text, chart resolution, fonts), then the time ratio. A benchmark: it prints
 * figures and fails only when an exporter fails. DeckTape is installed on first run into
 * .cache/decktape/, outside the project's dependencies.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDeck } from '../src/core/render/render-deck.ts';
import { CHROMIUM_ARGS, resolveChromium } from '../src/node/browser.ts';
import { PDFDocument } from '../src/node/pdf/pdf-lib.ts';
import { DIST_DIR, ensureBuilt, PROJECT_ROOT } from '../src/node/build.ts';
import { runCommand, UsageError } from '../src/node/cli.ts';
import { checkPdfUa } from '../src/node/pdf/pdfua.ts';
import { startStaticServer } from '../src/node/static-server.ts';
import { openPdf } from '../tests/support/pdf-reader.ts';
import { talk } from '../vite.config.ts';

const DECKTAPE_VERSION = '3.16.1';
const DECKTAPE_DIR = join(PROJECT_ROOT, '.cache/decktape');
const DECKTAPE_BIN = join(DECKTAPE_DIR, 'node_modules/decktape/decktape.js');

const USAGE = `Usage: npm run bench:pdf -- [--runs N]

Exports the built deck with npm run pdf and with DeckTape ${DECKTAPE_VERSION} (installed into
.cache/decktape/ on first run), N times each (default 3), and prints the median time, size, pages,
what each PDF offers a reader, and the ratio.`;

function installDecktape(): void {
  const installed = join(DECKTAPE_DIR, 'node_modules/decktape/package.json');
  if (existsSync(installed) && (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version === DECKTAPE_VERSION) return;
  console.log(`Installing DeckTape ${DECKTAPE_VERSION} into .cache/decktape/ (once; Puppeteer's own Chromium is skipped)...`);
  mkdirSync(DECKTAPE_DIR, { recursive: true });
  writeFileSync(
    join(DECKTAPE_DIR, 'package.json'),
    `${JSON.stringify({ name: 'decktape-bench', private: true, description: 'DeckTape for npm run bench:pdf; not a dependency of the deck.' }, null, 2)}\n`,
  );
  const result = spawnSync('npm', ['install', '--prefix', DECKTAPE_DIR, '--save-exact', '--no-audit', '--no-fund', `decktape@${DECKTAPE_VERSION}`], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (result.status !== 0) throw new Error(`npm could not install decktape@${DECKTAPE_VERSION} (exit ${result.status}); is the registry reachable?`);
}

/**
 * Runs a command, resolves with its wall time in ms; rejects with its output when it fails. Not
 * spawnSync: the static server DeckTape reads from runs in this process and must keep answering.
 */
function timed(label: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: PROJECT_ROOT, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${label} failed (${error.code ?? error.message}):\n${stderr || stdout}`));
      else resolve(performance.now() - start);
    });
  });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Fidelity {
  readonly pages: number;
  readonly pageSize: string;
  readonly bytes: number;
  readonly tagged: boolean;
  readonly bookmarks: number;
  readonly links: number;
  readonly titlesFound: number;
  readonly chartPpi: number;
  readonly fontsEmbedded: string;
  readonly metadata: string;
  /** PDF/UA-1 rules passed, of those src/node/pdf/pdfua.ts checks. */
  readonly pdfUa: string;
}

/**
 * What a reader gets from a PDF, read back as a viewer reads it (the tests' reader, pdf.js). One page
 * per slide is assumed for titles and charts; a chart is the page's largest image with transparency, or
 * vectors when the page has none.
 */
async function fidelity(file: string): Promise<Fidelity> {
  const pdf = await openPdf(file);
  try {
    const info = await pdf.info();
    const slides = renderDeck(talk).slides;
    const pages = pdf.pageCount;
    let titlesFound = 0;
    for (const [i, r] of slides.entries()) if (i < pages && (await pdf.text(i + 1)).includes(r.slide.title.replace(/\s+/g, ' '))) titlesFound += 1;
    const chartPages = slides.flatMap((r, i) => (r.html.markup.includes('<figure class="chart') && i < pages ? [i + 1] : []));
    // A chart page without a picture holds its chart as drawing commands (vectors): counted as sharp at any zoom.
    const chartPpis: number[] = [];
    for (const page of chartPages) chartPpis.push(Math.max(0, ...(await pdf.images(page)).filter((image) => image.masked).map((image) => image.ppi)) || Infinity);
    const fonts = await pdf.fonts();
    const metadata = (['Title', 'Author', 'Subject', 'Keywords'] as const).filter((field) => info[field]).join(', ');
    const size = await pdf.pageSize(1);
    return {
      pages,
      pageSize: `${Math.round(size.width)} x ${Math.round(size.height)} pt`,
      bytes: statSync(file).size,
      tagged: await pdf.tagged(),
      bookmarks: (await pdf.bookmarks()).length,
      links: (await pdf.links()).filter((link) => link.url).length,
      titlesFound,
      chartPpi: chartPages.length ? Math.round(Math.min(...chartPpis)) : Number.NaN,
      fontsEmbedded: `${fonts.filter((f) => f.embedded).length}/${fonts.length}`,
      metadata: metadata || 'none',
      pdfUa: await pdfUaScore(file),
    };
  } finally {
    await pdf.close();
  }
}

async function pdfUaScore(pdf: string): Promise<string> {
  const checks = checkPdfUa(await PDFDocument.load(readFileSync(pdf)));
  return `${checks.filter((check) => check.failures.length === 0).length}/${checks.length}`;
}

async function main(values: { runs: string }): Promise<void> {
  const runs = Number(values.runs);
  if (!/^\d+$/.test(values.runs) || runs < 1) throw new UsageError(`--runs must be a whole number of 1 or more, got "${values.runs}".`);

  ensureBuilt(talk);
  installDecktape();
  const scratch = mkdtempSync(join(tmpdir(), 'deck-bench-pdf-'));
  // Both exporters read one snapshot of the build, dated ahead so that no rebuild starts mid-run.
  const build = join(scratch, 'build');
  cpSync(DIST_DIR, build, { recursive: true, filter: (path) => !path.endsWith('.pdf') });
  const later = new Date(Date.now() + 24 * 3600 * 1000);
  utimesSync(join(build, 'index.html'), later, later);
  const env = { ...process.env, DECK_OUT_DIR: build };
  const server = await startStaticServer({ root: build, port: 0 });
  try {
    const ours = join(scratch, 'ours.pdf');
    const theirs = join(scratch, 'decktape.pdf');
    const oursArgs = ['--import', 'tsx', 'scripts/export-pdf.ts', '--out', ours];
    const decktapeArgs = [
      DECKTAPE_BIN,
      'reveal',
      '--chrome-path',
      resolveChromium(),
      ...CHROMIUM_ARGS.map((arg) => `--chrome-arg=${arg}`),
      '--size',
      '1280x720',
      server.url,
      theirs,
    ];
    const times = { ours: [] as number[], decktape: [] as number[] };
    for (let run = 1; run <= runs; run++) {
      console.log(`Run ${run}/${runs}: npm run pdf...`);
      times.ours.push(await timed('npm run pdf', process.execPath, oursArgs, env));
      console.log(`Run ${run}/${runs}: DeckTape (its default 1 s pause per slide)...`);
      times.decktape.push(await timed('DeckTape', process.execPath, decktapeArgs, env));
    }

    const rows = [
      { name: `npm run pdf`, times: times.ours, ...(await fidelity(ours)) },
      { name: `DeckTape ${DECKTAPE_VERSION}`, times: times.decktape, ...(await fidelity(theirs)) },
    ];
    const slides = renderDeck(talk).slides.length;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const table: [string, (r: (typeof rows)[number]) => string][] = [
      [`time, median of ${runs}`, (r) => `${s(median(r.times))} (${r.times.map(s).join(', ')})`],
      ['time a slide', (r) => `${(median(r.times) / 1000 / slides).toFixed(2)} s`],
      ['size', (r) => `${(r.bytes / 1024).toFixed(0)} KiB`],
      [`pages (slides: ${slides})`, (r) => String(r.pages)],
      ['page size', (r) => r.pageSize],
      ['tagged (accessible)', (r) => (r.tagged ? 'yes' : 'no')],
      ['bookmarks', (r) => String(r.bookmarks)],
      ['web links', (r) => String(r.links)],
      [`slide titles found as text`, (r) => `${r.titlesFound}/${slides}`],
      ['chart resolution (lowest)', (r) => (Number.isNaN(r.chartPpi) ? 'no charts' : r.chartPpi === Infinity ? 'vectors' : `${r.chartPpi} ppi (${(r.chartPpi / 96).toFixed(1)}x)`)],
      ['fonts embedded', (r) => r.fontsEmbedded],
      ['metadata', (r) => r.metadata],
      ['PDF/UA-1 checks passed', (r) => r.pdfUa],
    ];
    const width = Math.max(...table.map(([label]) => label.length)) + 2;
    const column = Math.max(...rows.flatMap((r) => table.map(([, cell]) => cell(r).length)), 12) + 2;
    console.log(`\n${''.padEnd(width)}${rows.map((r) => r.name.padEnd(column)).join('')}`);
    for (const [label, cell] of table) console.log(`${label.padEnd(width)}${rows.map((r) => cell(r).padEnd(column)).join('')}`);
    const ratio = median(times.decktape) / median(times.ours);
    console.log(`\nnpm run pdf is ${ratio.toFixed(1)}x as fast as DeckTape (median wall time, process start to PDF written): ${(median(times.ours) / median(times.decktape)).toFixed(2)} of its time.`);
    if (rows[1]!.pages !== slides) console.log(`Note: DeckTape wrote ${rows[1]!.pages} pages for ${slides} slides.`);
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

runCommand({ usage: USAGE, options: { runs: { type: 'string', default: '3' } } }, main);
