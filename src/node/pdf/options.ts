/** The PDF exporter's command line: its flags, its usage text, and where the PDF goes by default. */
import { parseArgs } from 'node:util';
import { titleStem } from '../../core/file-name.ts';
import { explainParseError, outputPath, UsageError } from '../export/args.ts';
import type { Command } from '../export/cli.ts';

export { UsageError } from '../export/args.ts';

export type Paper = 'a4' | 'letter';
export type PrintTheme = 'light' | 'dark';

export interface PdfOptions {
  /** Absolute path of the PDF to write. */
  readonly out: string;
  /** A handout: each slide with its speaker notes. */
  readonly notes: boolean;
  /** One page per fragment step instead of one per slide. */
  readonly fragments: boolean;
  /** Slides on each handout page: 1, 2 or 3 with notes, or 6 without; 1 for the slides PDF. */
  readonly perPage: number;
  /** The handout's paper; the slides PDF is always 16:9. */
  readonly paper: Paper;
  /** The slides' palette: the slides PDF is dark (as on screen) unless asked, a handout light. */
  readonly theme: PrintTheme;
}

export type PdfCommand = Command<PdfOptions>;

/** The PDF's file name, from the talk's title: "deepseek-black-swan-for-the-mag7.pdf". */
export function pdfFileName(options: { notes: boolean; fragments: boolean; perPage?: number }, title: string): string {
  const handout = options.notes || (options.perPage ?? 1) > 1;
  const perPage = (options.perPage ?? 1) > 1 ? `-${options.perPage}up` : '';
  return `${titleStem(title)}${handout ? '-handout' : ''}${perPage}${options.fragments ? '-steps' : ''}.pdf`;
}

export function pdfUsage(title: string): string {
  return `Usage: npm run pdf -- [--out PATH] [--notes] [--per-page N] [--paper a4|letter] [--theme light|dark] [--fragments]

Exports the deck to a PDF: one 16:9 page per slide, with bookmarks, links, selectable text, tags
and the talk's metadata (PDF/UA-1). Builds the deck first when dist/ is missing or older than the sources.

  --out PATH         where to write the PDF (default: exports/${pdfFileName({ notes: false, fragments: false }, title)});
                     a folder puts the default file name in it
  --notes            a handout: each slide with its speaker notes, on paper
                     (default file: exports/${pdfFileName({ notes: true, fragments: false }, title)})
  --per-page N       slides on each handout page: 1, 2 or 3 beside or above their notes,
                     or 6 without notes (default 1 with --notes)
  --paper a4|letter  the handout's paper (default a4)
  --theme light|dark the slides' palette: the slides PDF is dark by default (as on screen),
                     a handout light (dark ink on white)
  --fragments        one page per fragment step, as the slides build up when presented
  --help             show this help`;
}

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
        'per-page': { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        theme: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(explainParseError(error as NodeJS.ErrnoException, 'talk.pdf'));
  }
  if (values.help) return { help: true };
  const { notes, fragments } = values;
  const perPage = perPageOf(values['per-page'], notes);
  const paper = oneOf(values.paper, ['a4', 'letter'] as const, '--paper');
  const handout = notes || perPage > 1;
  const theme = oneOf(values.theme ?? (handout ? 'light' : 'dark'), ['light', 'dark'] as const, '--theme');
  if (fragments && perPage > 1) throw new UsageError('--fragments makes one page per step; it does not combine with --per-page above 1.');
  const out = outputPath(values.out, cwd, pdfFileName({ notes, fragments, perPage }, title), 'talk.pdf');
  return { help: false, options: { notes, fragments, out, perPage, paper, theme } };
}

function perPageOf(value: string | undefined, notes: boolean): number {
  if (value === undefined) return 1;
  const allowed = notes ? ['1', '2', '3'] : ['1', '6'];
  if (!allowed.includes(value)) {
    throw new UsageError(
      notes ? `--per-page with --notes takes 1, 2 or 3, not "${value}".` : `--per-page without --notes takes 6 (or 1), not "${value}"; with notes, add --notes.`,
    );
  }
  return Number(value);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} takes ${allowed.join(' or ')}, not "${value}".`);
  return value as T;
}
