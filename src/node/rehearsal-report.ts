/**
 * What the rehearsals say (`npm run rehearsal`): the runs saved in rehearsals/*.json, slide by slide
 * against the plan (median and spread of the actual times), the slides that overrun most, and
 * timings to suggest to the talk's author. Reading fails on the first malformed file, naming it and
 * the field.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseRehearsal, type Rehearsal } from '../core/rehearsal.ts';

export interface SavedRun {
  readonly file: string;
  readonly run: Rehearsal;
}

/** Every run in `dir` (files named *.json, oldest first by name, which starts with the date). */
export function readRehearsals(dir: string): SavedRun[] {
  if (!existsSync(dir)) throw new Error(`There is no ${basename(dir)}/ folder: record a run in the speaker view (S, then Start rehearsal), save it, and put the file in ${dir}.`);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort();
  if (files.length === 0) throw new Error(`${basename(dir)}/ holds no runs yet: record one in the speaker view (S, then Start rehearsal) and save it there.`);
  return files.map((name) => ({ file: join(basename(dir), name), run: parseRehearsal(readFileSync(join(dir, name), 'utf8'), join(basename(dir), name)) }));
}

export interface SlideSummary {
  readonly id: string;
  readonly title: string;
  readonly plannedSeconds: number;
  readonly medianSeconds: number;
  /** Slowest run minus fastest run on this slide. */
  readonly spreadSeconds: number;
  /** How many runs showed it. */
  readonly runs: number;
}

export interface Summary {
  readonly talk: string;
  readonly runs: readonly SavedRun[];
  /** Runs of other talks, left out. */
  readonly otherTalks: readonly SavedRun[];
  readonly slides: readonly SlideSummary[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The runs of `talk`, slide by slide, in the order of its latest run (the plan as it stands). */
export function summarise(saved: readonly SavedRun[], talk: string): Summary {
  const runs = saved.filter(({ run }) => run.talk === talk);
  const otherTalks = saved.filter(({ run }) => run.talk !== talk);
  if (runs.length === 0) throw new Error(`No run is of "${talk}": the runs found are of ${[...new Set(otherTalks.map(({ run }) => `"${run.talk}"`))].join(', ')}.`);
  const latest = runs.at(-1)!.run;
  const slides = latest.slides.map(({ id, title, plannedSeconds }) => {
    const actual = runs.flatMap(({ run }) => run.slides.filter((slide) => slide.id === id).map((slide) => slide.actualSeconds));
    return { id, title, plannedSeconds, medianSeconds: median(actual), spreadSeconds: Math.max(...actual) - Math.min(...actual), runs: actual.length };
  });
  return { talk, runs, otherTalks, slides };
}

/** The slides whose median runs longest over plan, worst first (only those over). */
export function slowest(summary: Summary, count = 5): SlideSummary[] {
  return summary.slides
    .filter((slide) => slide.medianSeconds > slide.plannedSeconds)
    .sort((a, b) => b.medianSeconds - b.plannedSeconds - (a.medianSeconds - a.plannedSeconds))
    .slice(0, count);
}

/** 75 -> "1:15"; with `signed`, "+1:15" or "-0:05". */
export function minutes(seconds: number, signed = false): string {
  const whole = Math.round(Math.abs(seconds));
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return signed ? `${seconds < 0 ? '-' : '+'}${text}` : text;
}

/** The report `npm run rehearsal` prints. */
export function formatReport(summary: Summary): string {
  const { runs, slides } = summary;
  const width = Math.min(48, Math.max(5, ...slides.map((slide) => slide.id.length)));
  const row = (cells: readonly string[]) => `${cells[0]!.padEnd(width)}  ${cells.slice(1).map((cell) => cell.padStart(7)).join('  ')}`;
  const paused = runs.reduce((total, { run }) => total + run.pausedSeconds, 0);
  const lines = [
    `Rehearsals of "${summary.talk}": ${runs.length} run${runs.length === 1 ? '' : 's'}, ${runs[0]!.run.date.slice(0, 10)} to ${runs.at(-1)!.run.date.slice(0, 10)}; paused for questions ${minutes(paused)} in all.`,
    ...(summary.otherTalks.length > 0 ? [`Left out: ${summary.otherTalks.map(({ file }) => file).join(', ')} (another talk).`] : []),
    '',
    row(['Slide', 'plan', 'median', 'spread', 'over']),
    ...slides.map((slide) => row([slide.id.slice(0, width), minutes(slide.plannedSeconds), minutes(slide.medianSeconds), minutes(slide.spreadSeconds), minutes(slide.medianSeconds - slide.plannedSeconds, true)])),
    row(['Total', minutes(slides.reduce((t, s) => t + s.plannedSeconds, 0)), minutes(slides.reduce((t, s) => t + s.medianSeconds, 0)), '', minutes(slides.reduce((t, s) => t + s.medianSeconds - s.plannedSeconds, 0), true)]),
    '',
  ];
  const worst = slowest(summary);
  lines.push(worst.length === 0 ? 'No slide runs over its plan (by the median).' : 'Slowest slides (median over plan):');
  worst.forEach((slide, i) => lines.push(`  ${i + 1}. ${slide.id} ${minutes(slide.medianSeconds - slide.plannedSeconds, true)} (plan ${minutes(slide.plannedSeconds)}, median ${minutes(slide.medianSeconds)}): ${slide.title}`));
  return lines.join('\n');
}

/** Timings to suggest: each slide's median, to the nearest 5 seconds, where it differs from the plan. */
export function suggestedTimings(summary: Summary): { readonly talk: string; readonly from: readonly string[]; readonly timings: Record<string, { readonly planned: number; readonly suggested: number; readonly title: string }> } {
  const timings: Record<string, { planned: number; suggested: number; title: string }> = {};
  for (const slide of summary.slides) {
    const suggested = Math.max(5, Math.round(slide.medianSeconds / 5) * 5);
    if (suggested !== slide.plannedSeconds) timings[slide.id] = { planned: slide.plannedSeconds, suggested, title: slide.title };
  }
  return { talk: summary.talk, from: summary.runs.map(({ file }) => file), timings };
}

/** Writes `content` to `file` whole: beside it first, then renamed over it. */
export function writeWhole(file: string, content: string): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}
