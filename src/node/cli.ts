/**
 * The one way every command (scripts/) reads its flags and ends: `--help` prints the usage and exits
 * 0 without doing the work; an unknown or malformed flag prints the problem and the usage and exits
 * 2; a failure prints one clear line and exits 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];

/** A flag the user got wrong: the command prints the message and its usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Command<O extends Options> {
  /** The usage text, starting "Usage: npm run ...". */
  readonly usage: string;
  /** The flags besides --help, as node:util's parseArgs takes them. */
  readonly options: O;
}

/** The flags a user typed, or throws a UsageError saying what is wrong with them. */
export function parseFlags<O extends Options>(command: Command<O>, args: readonly string[]): Values<O> & { help: boolean } {
  try {
    const { values } = parseArgs({ args: [...args], options: { ...command.options, help: { type: 'boolean', default: false } }, strict: true, allowPositionals: false });
    return values as Values<O> & { help: boolean };
  } catch (error) {
    throw new UsageError(explainFlagError(error as NodeJS.ErrnoException));
  }
}

/** Node's parseArgs errors, said the way a user can act on. */
export function explainFlagError(error: NodeJS.ErrnoException): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${quoted ?? ''}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument "${quoted ?? ''}": every setting is a flag (see the usage).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${/^Option '(--[\w-]+)/.exec(error.message)?.[1] ?? 'An option'} needs a value.`;
    default:
      return error.message;
  }
}

/**
 * Runs a command: parses its flags, answers --help, and turns every failure into the exit codes
 * above. `run` gets the parsed flags; a UsageError it throws (a flag's value is wrong) exits with 2.
 */
export function runCommand<O extends Options>(command: Command<O>, run: (flags: Values<O>) => Promise<void> | void, args: readonly string[] = process.argv.slice(2)): void {
  const fail = (error: unknown) => exitOnFailure(error, command.usage);
  try {
    const flags = parseFlags(command, args);
    if (flags.help) {
      console.log(command.usage);
      return;
    }
    Promise.resolve(run(flags)).catch(fail);
  } catch (error) {
    fail(error);
  }
}

/** Ends a command that failed: a UsageError exits 2 with the usage, anything else 1 with its one line. */
export function exitOnFailure(error: unknown, usage: string): never {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
