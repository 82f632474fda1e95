/** `npm run images`'s command line: its flags, usage text, and the folder the PNGs go to by default. */
import { parseArgs } from 'node:util';
import { titleStem } from '../../core/file-name.ts';
import { explainParseError, outputFolder, UsageError } from '../export/args.ts';
import type { Command } from '../export/cli.ts';
import type { ImagesOptions } from './export.ts';

const MIN_SCALE = 0.25;
const MAX_SCALE = 4;

export const imagesFolderName = (title: string) => `${titleStem(title)}-slides`;

export function imagesUsage(title: string): string {
  return `Usage: npm run images -- [--out FOLDER] [--scale N]

Writes one PNG per slide (slide-01.png, slide-02.png, ...), charts drawn, through the same
print view and checks as the PDF. Builds the deck first when dist/ is stale.

  --out FOLDER  where to write them (default: exports/${imagesFolderName(title)}/); made if missing,
                earlier slide-NN.png files in it are replaced
  --scale N     size: N times 1920x1080 (default 1; from ${MIN_SCALE} to ${MAX_SCALE}, e.g. 2 for 3840x2160)
  --help        show this help`;
}

export function parseImagesArgs(args: readonly string[], title: string, cwd: string = process.env.INIT_CWD ?? process.cwd()): Command<ImagesOptions> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { out: { type: 'string' }, scale: { type: 'string', default: '1' }, help: { type: 'boolean', default: false } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(explainParseError(error as NodeJS.ErrnoException, 'slides-png').replace('--out needs a path', '--out needs a folder'));
  }
  if (values.help) return { help: true };
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) throw new UsageError(`--scale takes a number from ${MIN_SCALE} to ${MAX_SCALE}, not "${values.scale}".`);
  return { help: false, options: { out: outputFolder(values.out, cwd, imagesFolderName(title)), scale } };
}
