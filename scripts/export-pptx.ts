/** `npm run pptx`: exports the deck to PowerPoint (see --help). Exit codes: 0 written, 1 failed, 2 bad flags. */
import { talk as deck } from '../vite.config.ts';
import { runExportCommand, shownPath } from '../src/node/export/cli.ts';
import type { PptxOptions } from '../src/node/pptx/export.ts';
import { parsePptxArgs, pptxUsage } from '../src/node/pptx/options.ts';

await runExportCommand<PptxOptions>({
  name: 'PowerPoint',
  usage: pptxUsage(deck.meta.title),
  parse: (args) => parsePptxArgs(args, deck.meta.title),
  run: async (options, progress) => {
    // Loaded only for an export, so --help and bad flags answer at once.
    const { exportPptx } = await import('../src/node/pptx/export.ts');
    const { path, bytes, ms, report } = await exportPptx(deck, options, progress);
    const lines = [
      `Wrote ${shownPath(path)}: ${report.slides} slides, ${report.charts} native charts, ${report.titles} titles, notes on ${report.notes} slides, ${report.pictures.length} pictures; ${(bytes / 1024).toFixed(0)} KiB, in ${(ms / 1000).toFixed(1)} s.`,
      ...(report.pictures.length > 0 ? ['Became pictures (alt text set):', ...report.pictures.map((p) => `  - ${p}`)] : []),
      ...(report.caveats.length > 0 ? ['In the native charts:', ...report.caveats.map((c) => `  - ${c}`)] : []),
    ];
    return lines.join('\n');
  },
});
