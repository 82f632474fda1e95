/** `npm run rehearsal`: what the saved rehearsal runs (rehearsals/*.json) say, slide by slide, against the plan. */
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../src/node/build.ts';
import { runCommand } from '../src/node/cli.ts';
import { formatReport, readRehearsals, suggestedTimings, summarise, writeWhole } from '../src/node/rehearsal-report.ts';
import { talk } from '../vite.config.ts';

const SUGGESTED = join(PROJECT_ROOT, 'slides', 'timings.suggested.json');

const USAGE = `Usage: npm run rehearsal -- [--dir DIR] [--write-timings] [--out FILE]

Reads the rehearsal runs the speaker view saved (rehearsals/*.json) and prints, per slide, the plan
(its timing), the median of the runs, their spread and the overrun, then the slowest slides.
  --dir DIR         folder of runs (default rehearsals/)
  --write-timings   also write suggested timings (each slide's median, to 5 s) for the talk's
                    author to accept into slides/; nothing in slides/*.ts is changed
  --out FILE        where --write-timings writes (default ${relative(PROJECT_ROOT, SUGGESTED)})
  --help            show this help`;

const OPTIONS = {
  dir: { type: 'string', default: join(PROJECT_ROOT, 'rehearsals') },
  'write-timings': { type: 'boolean', default: false },
  out: { type: 'string', default: SUGGESTED },
} as const;

runCommand({ usage: USAGE, options: OPTIONS }, (flags) => {
  const summary = summarise(readRehearsals(flags.dir), talk.meta.title);
  console.log(formatReport(summary));
  if (!flags['write-timings']) return;
  const suggestion = suggestedTimings(summary);
  writeWhole(flags.out, `${JSON.stringify(suggestion, null, 2)}\n`);
  const count = Object.keys(suggestion.timings).length;
  console.log(`\nSuggested timings for ${count} slide${count === 1 ? '' : 's'} written to ${relative(process.cwd(), flags.out)}: copy the ones you accept into each slide's timing in slides/.`);
});
