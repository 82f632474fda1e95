/**
 * Builds the fixture talk (tests/fixtures/talk/) into dist-fixture/ and serves it: the deck the
 * engine's end-to-end specs run on. Playwright starts it beside the real talk's server.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startStaticServer } from '../../../src/node/static-server.ts';

const root = resolve(import.meta.dirname, '../../..');
const port = Number(process.argv[2]);
if (!Number.isInteger(port)) throw new Error('usage: serve-fixture.ts PORT');

const built = spawnSync('npx', ['vite', 'build', '--config', 'tests/fixtures/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) {
  console.error('The fixture talk did not build; see the output above.');
  process.exit(1);
}
const { url } = await startStaticServer({ root: resolve(root, 'dist-fixture'), port, host: '127.0.0.1', base: '/' });
console.log(`The fixture talk is served at ${url}`);
