/** The flags `npm run serve` and `npm run present` share: where to listen, and under which path. */
import { UsageError } from '../cli.ts';

/** As node:util's parseArgs takes them; only the default host differs between the two commands. */
export function serverFlags(defaultHost: string) {
  return {
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: defaultHost },
    base: { type: 'string', default: '/' },
  } as const;
}

/** The usage lines of those flags. */
export function serverFlagsUsage(hostLine: string): string {
  return `  --port N      port to listen on (default 4173; 0 picks a free one)
  --host H      ${hostLine}
  --base PATH   serve under a sub-path, e.g. /talks/deepseek/ (default /)
  --help        show this help`;
}

/** --port's value as a number, or a UsageError saying what it must be. */
export function portFlag(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}".`);
  return port;
}
