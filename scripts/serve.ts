/** `npm run serve`: serves the built deck on localhost (building first when needed) and prints its URL. */
import { parseArgs } from 'node:util';
import { DIST_DIR, ensureBuilt } from '../src/node/build.ts';
import { startStaticServer } from '../src/node/static-server.ts';

const HELP = `Usage: npm run serve -- [--port N] [--host H] [--base /path/]

Serves the built deck (dist/) so it can be presented from this laptop, offline.
  --port N      port to listen on (default 4173; 0 picks a free one)
  --host H      address to listen on (default 127.0.0.1; 0.0.0.0 shares it on the network)
  --base PATH   serve under a sub-path, e.g. /talks/deepseek/ (default /)
  --help        show this help`;

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4173' },
        host: { type: 'string', default: '127.0.0.1' },
        base: { type: 'string', default: '/' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, got "${values.port}".`);
    process.exit(2);
  }
  ensureBuilt();
  startStaticServer({ root: DIST_DIR, port, host: values.host, base: values.base }).then(
    ({ url }) => {
      console.log(`The deck is served at ${url}\nPress S for the speaker view, ? for keys. Ctrl+C stops the server.`);
    },
    (error: NodeJS.ErrnoException) => {
      const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: try --port 0 for a free one.` : '';
      console.error(`Could not start the server: ${error.message}.${hint}`);
      process.exit(1);
    },
  );
}

main();
