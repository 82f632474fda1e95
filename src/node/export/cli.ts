/**
 * Runs an export's command line the same way for every export, on the commands' own exits
 * (src/node/cli.ts): usage errors exit 2 with the usage,
 * a browser that died gets one line, any other failure says what went wrong and that nothing was
 * written, and on a terminal each stage prints a progress line. Exit codes: 0 written, 1 failed, 2 bad flags.
 */
import { relative } from 'node:path';
import { exitOnFailure } from '../cli.ts';
import { BrowserClosedError } from './errors.ts';

export type Command<O> = { readonly help: true } | { readonly help: false; readonly options: O };

export interface ExportCommand<O> {
  /** "PDF", "PowerPoint", "PNG": names the failure. */
  readonly name: string;
  readonly usage: string;
  readonly parse: (args: readonly string[]) => Command<O>;
  /** Does the export; returns the line that says what was written. */
  readonly run: (options: O, progress: (stage: string) => void) => Promise<string>;
}

/** A path as the user would type it: relative to where they ran npm, unless that climbs out. */
export function shownPath(path: string): string {
  const shown = relative(process.env.INIT_CWD ?? process.cwd(), path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}

/**
 * Progress goes to stderr on a terminal only, so piped output stays the one result line. With
 * DECK_EXPORT_TIMINGS=1 every stage line is printed, terminal or not, with the seconds since the
 * process started (module loading included), to read where an export spends its time.
 */
const timings = process.env.DECK_EXPORT_TIMINGS === '1';

function progressLine(): (stage: string) => void {
  if (timings) return (stage) => process.stderr.write(`${(performance.now() / 1000).toFixed(2).padStart(6)} s  ${stage}\n`);
  return process.stderr.isTTY ? (stage) => process.stderr.write(`${stage}\n`) : () => {};
}

export async function runExportCommand<O>(command: ExportCommand<O>, args: readonly string[] = process.argv.slice(2)): Promise<void> {
  let parsed: Command<O>;
  try {
    parsed = command.parse(args);
  } catch (error) {
    exitOnFailure(error, command.usage);
  }
  if (parsed.help) {
    console.log(command.usage);
    return;
  }
  const progress = progressLine();
  try {
    console.log(await command.run(parsed.options, progress));
    if (timings) progress('Done.');
  } catch (error) {
    // A dead browser is said in its own one line; anything else says what failed and that nothing was written.
    exitOnFailure(error instanceof BrowserClosedError ? error : new Error(`${command.name} export failed: ${(error as Error).message}\nNo ${command.name} was written.`), command.usage);
  }
}
