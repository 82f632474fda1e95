/** `npm run pdf`: exports the deck to a PDF (see --help). Exit codes: 0 written, 1 failed, 2 bad flags. */
import { relative } from 'node:path';
import { parsePdfArgs, pdfUsage, UsageError, type PdfCommand } from '../src/node/pdf/options.ts';
import { talk } from '../vite.config.ts';

const PDF_USAGE = pdfUsage(talk.meta.title);

async function main(): Promise<void> {
  let command: PdfCommand;
  try {
    command = parsePdfArgs(process.argv.slice(2), talk.meta.title);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${PDF_USAGE}`);
    process.exit(2);
  }
  if (command.help) {
    console.log(PDF_USAGE);
    return;
  }
  // Loaded only for an export, so --help and bad flags answer at once.
  const { exportPdf } = await import('../src/node/pdf/export.ts');
  const result = await exportPdf(talk, command.options);
  const shown = relative(process.env.INIT_CWD ?? process.cwd(), result.path);
  console.log(`Wrote ${shown.startsWith('..') ? result.path : shown}: ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KiB, in ${(result.ms / 1000).toFixed(1)} s.`);
}

main().catch((error: Error) => {
  console.error(`PDF export failed: ${error.message}\nNo PDF was written.`);
  process.exit(1);
});
