/** `npm run serve`: serves the built deck on localhost (building first when needed) and prints its URL. */
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, relative } from 'node:path';
import { DIST_DIR, ensureBuilt } from '../src/node/build.ts';
import { runCommand, UsageError } from '../src/node/cli.ts';
import { singleFileName } from '../src/core/file-name.ts';
import { startStaticServer } from '../src/node/static-server.ts';
import { talk } from '../vite.config.ts';

const USAGE = `Usage: npm run serve -- [--port N] [--host H] [--base /path/]

Serves the built deck (dist/) so it can be presented from this laptop, offline.
  --port N      port to listen on (default 4173; 0 picks a free one)
  --host H      address to listen on (default 127.0.0.1; 0.0.0.0 shares it on the network)
  --base PATH   serve under a sub-path, e.g. /talks/deepseek/ (default /)
  --help        show this help`;

const OPTIONS = {
  port: { type: 'string', default: '4173' },
  host: { type: 'string', default: '127.0.0.1' },
  base: { type: 'string', default: '/' },
} as const;

function serve(values: { port: string; host: string; base: string }): void {
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${values.port}".`);
  // The port first: a port in use is reported at once, not after a build.
  startStaticServer({ root: DIST_DIR, port, host: values.host, base: values.base }).then(
    ({ url, server }) => {
      try {
        ensureBuilt(talk);
      } catch (error) {
        console.error(`${(error as Error).message} Fix the build (npm run build shows the same errors), then serve again.`);
        process.exit(1);
      }
      const { port: bound } = server.address() as AddressInfo;
      const path = url.replace(/^http:\/\/.*:\d+(?=\/)/, '');
      console.log(`The deck is served at ${ANY_ADDRESS.has(values.host) ? `http://127.0.0.1:${bound}${path}` : url}`);
      for (const address of networkUrls(values.host, bound, path)) console.log(`  on the network: ${address}`);
      console.log(`Press S for the speaker view, ? for the keys. Ctrl+C stops the server.`);
      console.log(`No server at hand: ${relative(process.cwd(), join(DIST_DIR, singleFileName(talk.meta.title)))} opens from disk.`);
    },
    (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: try --port 0 for a free one.` : '';
      console.error(`Could not start the server: ${error.message}.${hint}`);
      process.exit(1);
    },
  );
}

/** Listening on every address: a browser cannot open "0.0.0.0", so the laptop's own URL is 127.0.0.1. */
const ANY_ADDRESS = new Set(['0.0.0.0', '::']);

/** When shared on the network, the addresses other devices (a phone, a second screen) open. */
function networkUrls(host: string, port: number, path: string): string[] {
  if (!ANY_ADDRESS.has(host)) return [];
  return Object.values(networkInterfaces())
    .flat()
    .filter((nic) => nic && nic.family === 'IPv4' && !nic.internal)
    .map((nic) => `http://${nic!.address}:${port}${path}`);
}

runCommand({ usage: USAGE, options: OPTIONS }, serve);
