/**
 * `npm run present`: serves the built deck with the live relay (building first when needed), on
 * the network by default, and prints the three addresses of the talk with QR codes for the phones.
 */
import QRCode from 'qrcode';
import { join } from 'node:path';
import { DIST_DIR, ensureBuilt, PROJECT_ROOT } from '../src/node/build.ts';
import { runCommand } from '../src/node/cli.ts';
import { portFlag, serverFlags, serverFlagsUsage } from '../src/node/serve/flags.ts';
import { startPresentServer } from '../src/node/live/present-server.ts';
import { talk } from '../vite.config.ts';

const USAGE = `Usage: npm run present -- [--port N] [--host H] [--base /path/]

Serves the built deck with a live relay: the presenter's deck, a remote on the speaker's phone,
and the room following along on theirs.
${serverFlagsUsage('address to listen on (default 0.0.0.0, the network; 127.0.0.1 keeps it on this laptop)')}`;

const OPTIONS = serverFlags('0.0.0.0');

/** A QR code drawn with block characters, small enough for a terminal beside the addresses. */
function terminalQr(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'terminal', small: true, errorCorrectionLevel: 'L' });
}

async function present(values: { port: string; host: string; base: string }): Promise<void> {
  const port = portFlag(values.port);
  // The port first: a port in use is reported at once, not after a build.
  const running = await startPresentServer({ root: DIST_DIR, port, host: values.host, base: values.base, rehearsals: { dir: join(PROJECT_ROOT, 'rehearsals'), talk: talk.meta.title } }).catch((error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: try --port 0 for a free one.` : '';
    throw new Error(`Could not start the server: ${error.message}.${hint}`);
  });
  try {
    ensureBuilt(talk);
  } catch (error) {
    throw new Error(`${(error as Error).message} Fix the build (npm run build shows the same errors), then present again.`, { cause: error });
  }
  const { presenter, remote, follow, onNetwork } = running.addresses;
  console.log(`Presenter: ${presenter}`);
  console.log(`Remote: ${remote}`);
  console.log(`Follow: ${follow}`);
  if (!onNetwork) console.log('Phones cannot reach these addresses (the server is on this laptop only): leave out --host, or give this machine\'s network address.');
  console.log(`\nRemote (the speaker's phone; keep it to yourself):\n${await terminalQr(remote)}`);
  console.log(`Follow (the room):\n${await terminalQr(follow)}`);
  console.log('Open the Presenter address on this laptop. Each run makes new keys: links of an earlier run are refused. Ctrl+C stops the server.');
}

runCommand({ usage: USAGE, options: OPTIONS }, present);
