/** `npm run images`: one PNG per slide (see --help). Exit codes: 0 written, 1 failed, 2 bad flags. */
import { talk as deck } from '../vite.config.ts';
import { runExportCommand, shownPath } from '../src/node/export/cli.ts';
import type { ImagesOptions } from '../src/node/images/export.ts';
import { imagesUsage, parseImagesArgs } from '../src/node/images/options.ts';

await runExportCommand<ImagesOptions>({
  name: 'PNG',
  usage: imagesUsage(deck.meta.title),
  parse: (args) => parseImagesArgs(args, deck.meta.title),
  run: async (options, progress) => {
    // Loaded only for an export, so --help and bad flags answer at once.
    const { exportImages } = await import('../src/node/images/export.ts');
    const result = await exportImages(deck, options, progress);
    const first = result.files[0] ?? '';
    const last = result.files[result.files.length - 1] ?? '';
    return `Wrote ${result.files.length} PNGs (${first} to ${last}), ${result.width}x${result.height}, ${(result.bytes / 1024 / 1024).toFixed(1)} MiB, into ${shownPath(result.folder)} in ${(result.ms / 1000).toFixed(1)} s.`;
  },
});
