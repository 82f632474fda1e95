/**
 * `npm run bench:serve`: the static server under a room's worth of load. 200 clients at once, each on
 * its own keep-alive connection, fetch the whole deck (the page and every file of assets/, gzip
 * accepted as a browser does) over 127.0.0.1, three times over. Prints requests per second, latency
 * percentiles, errors, and the server's memory before and after. A benchmark, not a test: it prints
 * figures. Bounded: it stops after the rounds, or after two minutes whatever happens.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { join } from 'node:path';
import { DIST_DIR, ensureBuilt, PROJECT_ROOT } from '../src/node/build.ts';
import { runCommand } from '../src/node/cli.ts';
import { talk } from '../vite.config.ts';
import { percentile } from './measure/percentile.ts';

const USAGE = `Usage: npm run bench:serve

Serves the built deck and puts 200 clients at once on it over 127.0.0.1, each fetching the whole
deck three times; prints requests per second, p50 and p99 latency, errors and the server's memory
before and after.
  --help   show this help`;

const CLIENTS = 200;
const ROUNDS = 3;
const TIME_LIMIT_MS = 120_000;

/** The server's resident memory, from the kernel, in MiB. */
function rssMiB(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

/** `npm run serve` itself, in a process of its own, so its memory is its own. */
function startServer(): Promise<{ url: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', '0'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /served at (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, pid: child.pid!, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

/** The page and every file under assets/: what presenting the whole talk loads. */
function deckPaths(): string[] {
  const assets = readdirSync(join(DIST_DIR, 'assets')).map((name) => `assets/${name}`);
  return ['', ...assets];
}

function fetchOnce(agent: Agent, url: string): Promise<{ ms: number; ok: boolean }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const request = get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve({ ms: performance.now() - start, ok: response.statusCode === 200 }));
      response.on('error', () => resolve({ ms: performance.now() - start, ok: false }));
    });
    request.on('error', () => resolve({ ms: performance.now() - start, ok: false }));
  });
}


async function main(): Promise<void> {
  ensureBuilt(talk);
  const server = await startServer();
  try {
    const paths = deckPaths();
    const before = rssMiB(server.pid);
    const latencies: number[] = [];
    let errors = 0;
    const deadline = Date.now() + TIME_LIMIT_MS;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        for (let round = 0; round < ROUNDS && Date.now() < deadline; round++) {
          for (const path of paths) {
            const { ms, ok } = await fetchOnce(agent, server.url + path);
            latencies.push(ms);
            if (!ok) errors += 1;
          }
        }
        agent.destroy();
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const after = rssMiB(server.pid);
    const sorted = latencies.sort((a, b) => a - b);
    const rows = [
      ['clients at once', `${CLIENTS}, each fetching the whole deck (${paths.length} files) ${ROUNDS} times over 127.0.0.1`],
      ['requests', `${latencies.length} in ${seconds.toFixed(1)} s: ${Math.round(latencies.length / seconds)} requests/s`],
      ['latency', `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`],
      ['errors', String(errors)],
      ['server memory (RSS)', `${before} MiB before, ${after} MiB after`],
    ];
    const width = Math.max(...rows.map(([label]) => label!.length));
    for (const [label, value] of rows) console.log(`${label!.padEnd(width)}  ${value}`);
    if (errors > 0) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

runCommand({ usage: USAGE, options: {} }, main);
