/** `npm run serve`: serves the built deck on localhost (building first when needed) and prints its URL. */
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { DIST_DIR, ensureBuilt } from '../src/node/build.ts';
import { runCommand } from '../src/node/cli.ts';
import { portFlag, serverFlags, serverFlagsUsage } from '../src/node/serve/flags.ts';
import { singleFileName } from '../src/core/file-name.ts';
import { ANY_ADDRESS, lanAddresses } from '../src/node/serve/network.ts';
import { startStaticServer } from '../src/node/static-server.ts';
import { talk } from '../vite.config.ts';

const USAGE = `Usage: npm run serve -- [--port N] [--host H] [--base /path/]

Serves the built deck (dist/) so it can be presented from this laptop, offline.
${serverFlagsUsage('address to listen on (default 127.0.0.1; 0.0.0.0 shares it on the network)')}`;

const OPTIONS = serverFlags('127.0.0.1');

function serve(values: { port: string; host: string; base: string }): void {
  const port = portFlag(values.port);
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

/** When shared on the network, the addresses other devices (a phone, a second screen) open. */
function networkUrls(host: string, port: number, path: string): string[] {
  if (!ANY_ADDRESS.has(host)) return [];
  return lanAddresses().map((address) => `http://${address}:${port}${path}`);
}

runCommand({ usage: USAGE, options: OPTIONS }, serve);
