/**
 * The rehearsal upload (`POST <base>rehearsals` on `npm run present`): the speaker view sends a run
 * it recorded, and it lands in the project's rehearsals/ as <date-time>.json, where `npm run
 * rehearsal` reads it. Only the presenter may write (their token, compared in constant time); the
 * body is size-limited and checked against the schema before anything touches the disk; the file
 * appears whole or not at all (written aside, then linked into place, never over another run).
 * Every answer is JSON: `{ file }` or `{ error }`. A bad request never throws out of the handler.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { parseRehearsal, REHEARSAL_MAX_BYTES, rehearsalFileName, RehearsalError, type Rehearsal } from '../../core/rehearsal.ts';

export interface RehearsalUploadOptions {
  /** The presenter's secret for this run of the server; the request carries it as `Authorization: Bearer <token>`. */
  readonly token: string;
  /** The folder runs go into (the project's rehearsals/). */
  readonly dir: string;
  /** The talk being presented: a run of another talk is refused. */
  readonly talk: string;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Equal-length digests, so the comparison takes as long whatever the guess. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;
}

function checkRequest(request: IncomingMessage, token: string): void {
  if (request.method !== 'POST') throw new Refusal(405, 'Send the run with POST.');
  const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!bearer) throw new Refusal(401, 'No presenter token: open the speaker view from the Presenter address `npm run present` printed.');
  if (!sameSecret(bearer, token)) throw new Refusal(403, 'This presenter token is not this server’s (it changes each run): open the Presenter address `npm run present` printed this time.');
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) throw new Refusal(415, 'A rehearsal is sent as application/json.');
  const declared = Number(request.headers['content-length']);
  if (declared > REHEARSAL_MAX_BYTES) throw new Refusal(413, `A rehearsal is at most ${REHEARSAL_MAX_BYTES / 1024} KB; this one is ${declared} bytes.`);
}

/** The body, up to the limit; past it, a 413 (and the rest of the body is not read). */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > REHEARSAL_MAX_BYTES) {
        request.removeAllListeners('data');
        request.pause();
        reject(new Refusal(413, `A rehearsal is at most ${REHEARSAL_MAX_BYTES / 1024} KB.`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Writes the run as dir/<date-time>.json, or <date-time>-2.json (and so on) when a run of that
 * second is there already: written to a temporary file first, then hard-linked to its name, which
 * fails rather than replaces, so a reader never sees half a file and no run overwrites another.
 */
async function writeRun(dir: string, run: Rehearsal): Promise<string> {
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.upload-${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temporary, `${JSON.stringify(run, null, 2)}\n`, { flag: 'wx' });
  try {
    const name = rehearsalFileName(run.date);
    for (let n = 1; n < 100; n++) {
      const file = join(dir, n === 1 ? name : name.replace(/\.json$/, `-${n}.json`));
      try {
        await link(temporary, file);
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    throw new Refusal(409, `A hundred runs already carry the date ${run.date}.`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

function answer(response: ServerResponse, status: number, body: Record<string, string>): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(status === 405 ? { allow: 'POST' } : {}) });
  response.end(`${JSON.stringify(body)}\n`);
}

/** The handler for the upload route; the caller routes `POST <base>rehearsals` to it and passes the presenter token. */
export function rehearsalUpload({ token, dir, talk }: RehearsalUploadOptions): Handler {
  return (request, response) => {
    const refuse = (error: unknown) => {
      if (error instanceof Refusal) answer(response, error.status, { error: error.message });
      else if (error instanceof RehearsalError) answer(response, 400, { error: error.message });
      else answer(response, 500, { error: `The run could not be written: ${(error as Error).message}` });
      // What is left of a refused body is not read: the connection closes after the answer.
      if (!request.complete) response.once('finish', () => request.destroy());
    };
    try {
      checkRequest(request, token);
    } catch (error) {
      refuse(error);
      return;
    }
    readBody(request)
      .then((body) => {
        const run = parseRehearsal(body, 'the uploaded run');
        if (run.talk !== talk) throw new Refusal(400, `The uploaded run is of "${run.talk}", not of "${talk}", the talk this server presents.`);
        return writeRun(dir, run);
      })
      .then((file) => answer(response, 201, { file: `${basename(dir)}/${basename(file)}` }))
      .catch(refuse);
  };
}
