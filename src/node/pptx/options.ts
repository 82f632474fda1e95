/** `npm run pptx`'s command line: its flags, usage text, and where the .pptx goes by default. */
import { parseArgs } from 'node:util';
import { titleStem } from '../../core/file-name.ts';
import { explainParseError, outputPath, UsageError } from '../export/args.ts';
import type { Command } from '../export/cli.ts';
import type { PptxOptions } from './export.ts';

export const pptxFileName = (title: string) => `${titleStem(title)}.pptx`;

export function pptxUsage(title: string): string {
  return `Usage: npm run pptx -- [--out PATH]

Exports the deck to PowerPoint: one 16:9 slide per slide, titles and text as editable text in the
theme's fonts and colours, tables as tables, charts as native PowerPoint charts from the same data,
code as monospace text, the rest as 2x pictures with alt text, and the speaker notes in the notes
pane. Prints which parts became pictures. Builds the deck first when dist/ is stale.

  --out PATH   where to write the .pptx (default: exports/${pptxFileName(title)});
               a folder puts the default file name in it
  --help       show this help`;
}

export function parsePptxArgs(args: readonly string[], title: string, cwd: string = process.env.INIT_CWD ?? process.cwd()): Command<PptxOptions> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { out: { type: 'string' }, help: { type: 'boolean', default: false } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(explainParseError(error as NodeJS.ErrnoException, 'talk.pptx'));
  }
  if (values.help) return { help: true };
  return { help: false, options: { out: outputPath(values.out, cwd, pptxFileName(title), 'talk.pptx') } };
}
