/** The PDF exporter's command line: its flags, its usage text, and where the PDF goes by default. */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { titleStem } from '../../core/file-name.ts';
import { DIST_DIR } from '../build.ts';

export interface PdfOptions {
  /** Absolute path of the PDF to write. */
  readonly out: string;
  /** A handout: each slide with its speaker notes. */
  readonly notes: boolean;
  /** One page per fragment step instead of one per slide. */
  readonly fragments: boolean;
}

export type PdfCommand = { readonly help: true } | { readonly help: false; readonly options: PdfOptions };

/** Bad flags: the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The PDF's file name, from the talk's title: "deepseek-black-swan-for-the-mag7.pdf". */
export function pdfFileName(options: { notes: boolean; fragments: boolean }, title: string): string {
  return `${titleStem(title)}${options.notes ? '-handout' : ''}${options.fragments ? '-steps' : ''}.pdf`;
}

export const pdfUsage = (title: string): string => `Usage: npm run pdf -- [--out PATH] [--notes] [--fragments]

Exports the deck to a PDF: one 16:9 page per slide, with bookmarks, links, selectable text
and the talk's metadata. Builds the deck first when dist/ is missing or older than the sources.

  --out PATH     where to write the PDF (default: dist/${pdfFileName({ notes: false, fragments: false }, title)});
                 a folder puts the default file name in it
  --notes        a handout: each slide on an A4 page with its speaker notes below
                 (default file: dist/${pdfFileName({ notes: true, fragments: false }, title)})
  --fragments    one page per fragment step, as the slides build up when presented
  --help         show this help`;

/** What a user typed, turned into options; relative paths are taken from where npm was run. */
export function parsePdfArgs(args: readonly string[], title: string, cwd: string = process.env.INIT_CWD ?? process.cwd()): PdfCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string' },
        notes: { type: 'boolean', default: false },
        fragments: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(explainParseError(error as NodeJS.ErrnoException));
  }
  if (values.help) return { help: true };
  const { notes, fragments } = values;
  if (values.out === '') throw new UsageError('--out needs a path, e.g. --out talk.pdf.');
  return { help: false, options: { notes, fragments, out: outputPath(values.out, cwd, { notes, fragments }, title) } };
}

function explainParseError(error: NodeJS.ErrnoException): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${quoted ?? ''}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument "${quoted ?? ''}": to choose the file, use --out PATH.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /--out/.test(error.message) ? '--out needs a path, e.g. --out talk.pdf.' : error.message;
    default:
      return error.message;
  }
}

function outputPath(out: string | undefined, cwd: string, kind: { notes: boolean; fragments: boolean }, title: string): string {
  if (out === undefined) return join(DIST_DIR, pdfFileName(kind, title));
  const path = resolve(cwd, out);
  return isDirectory(path) ? join(path, pdfFileName(kind, title)) : path;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
