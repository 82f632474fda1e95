/** `npm run pdf`: exports the deck to a PDF (see --help). Exit codes: 0 written, 1 failed, 2 bad flags. */
import { talk as deck } from '../vite.config.ts';
import { runExportCommand, shownPath } from '../src/node/export/cli.ts';
import { parsePdfArgs, pdfUsage, type PdfOptions } from '../src/node/pdf/options.ts';

await runExportCommand<PdfOptions>({
  name: 'PDF',
  usage: pdfUsage(deck.meta.title),
  parse: (args) => parsePdfArgs(args, deck.meta.title),
  run: async (options, progress) => {
    // Loaded only for an export, so --help and bad flags answer at once.
    const { exportPdf } = await import('../src/node/pdf/export.ts');
    const result = await exportPdf(deck, options, progress);
    return `Wrote ${shownPath(result.path)}: ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KiB, in ${(result.ms / 1000).toFixed(1)} s.`;
  },
});
