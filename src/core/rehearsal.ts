/**
 * A rehearsal run as the project keeps it (rehearsals/<date-time>.json): written by the speaker view,
 * checked by the upload handler, read by `npm run rehearsal`. One schema and one reader for all three,
 * so a file one side writes is a file the others read. Pure data (no DOM, no Node).
 */

/** One slide's share of a run. */
export interface RehearsedSlide {
  readonly id: string;
  readonly title: string;
  /** Seconds the talk plans for the slide (its data-timing). */
  readonly plannedSeconds: number;
  /** Seconds the run spent on it, pauses for questions left out. */
  readonly actualSeconds: number;
}

export interface Rehearsal {
  /** The talk's title, so runs of another talk are not mixed in. */
  readonly talk: string;
  /** When the run started, as an ISO 8601 date-time (UTC). */
  readonly date: string;
  /** Seconds paused for questions, over the whole run. */
  readonly pausedSeconds: number;
  /** The slides in the order they were shown; each once, its visits added up. */
  readonly slides: readonly RehearsedSlide[];
}

/** The largest rehearsal file accepted (a talk of a few hundred slides fits many times over). */
export const REHEARSAL_MAX_BYTES = 64 * 1024;

/** A rehearsal that does not match the schema: the message names the field and what it should be. */
export class RehearsalError extends Error {
  override name = 'RehearsalError';
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** A slide id as the renderer writes it into `id="..."`. */
const SLIDE_ID = /^[a-z0-9][a-z0-9-]*$/i;
/** A day is more than any run or any slide. */
const MAX_SECONDS = 24 * 3600;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 60) ?? String(value));

function text(fields: Fields, key: string, where: string, pattern?: RegExp): string {
  const value = fields[key];
  if (typeof value !== 'string' || value.trim() === '' || value.length > 500 || (pattern && !pattern.test(value))) {
    const want = key === 'date' ? 'an ISO date-time such as "2026-12-01T18:30:00Z"' : key === 'id' ? 'a slide id (letters, digits, hyphens)' : 'a non-empty string';
    throw new RehearsalError(`${where}${key} must be ${want}, got ${shown(value)}.`);
  }
  return value;
}

function seconds(fields: Fields, key: string, where: string): number {
  const value = fields[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_SECONDS) {
    throw new RehearsalError(`${where}${key} must be a number of seconds from 0 to ${MAX_SECONDS}, got ${shown(value)}.`);
  }
  return value;
}

/** Checks parsed JSON against the schema; throws a RehearsalError naming the first field that is wrong. */
export function toRehearsal(value: unknown): Rehearsal {
  if (!isRecord(value)) throw new RehearsalError(`A rehearsal is a JSON object with talk, date, pausedSeconds and slides, got ${shown(value)}.`);
  const slides = value['slides'];
  if (!Array.isArray(slides) || slides.length === 0) throw new RehearsalError(`slides must be a non-empty list of { id, title, plannedSeconds, actualSeconds }, got ${shown(slides)}.`);
  const seen = new Set<string>();
  return {
    talk: text(value, 'talk', ''),
    date: text(value, 'date', '', ISO_DATE_TIME),
    pausedSeconds: seconds(value, 'pausedSeconds', ''),
    slides: slides.map((slide: unknown, i) => {
      const where = `slides[${i}].`;
      if (!isRecord(slide)) throw new RehearsalError(`slides[${i}] must be an object { id, title, plannedSeconds, actualSeconds }, got ${shown(slide)}.`);
      const id = text(slide, 'id', where, SLIDE_ID);
      if (seen.has(id)) throw new RehearsalError(`${where}id "${id}" appears twice: each slide is listed once, its visits added up.`);
      seen.add(id);
      return { id, title: text(slide, 'title', where), plannedSeconds: seconds(slide, 'plannedSeconds', where), actualSeconds: seconds(slide, 'actualSeconds', where) };
    }),
  };
}

/** Reads a rehearsal file's text; `source` (its name) starts every error. */
export function parseRehearsal(json: string, source: string): Rehearsal {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new RehearsalError(`${source}: not JSON (${(error as Error).message}).`);
  }
  try {
    return toRehearsal(value);
  } catch (error) {
    throw new RehearsalError(`${source}: ${(error as Error).message}`);
  }
}

/**
 * The file a run is saved as: its start in ISO 8601 with the time's colons as hyphens (no file
 * system refuses them), e.g. 2026-12-01T18-30-00Z.json.
 */
export function rehearsalFileName(date: string): string {
  if (!ISO_DATE_TIME.test(date)) throw new RehearsalError(`date must be an ISO date-time such as "2026-12-01T18:30:00Z", got ${shown(date)}.`);
  return `${date.replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}.json`;
}
