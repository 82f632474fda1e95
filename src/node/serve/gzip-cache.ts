/**
 * Text files go out gzipped, compressed once per version of the file and kept in memory: a room
 * of phones opening the deck at once would otherwise gzip the same scripts hundreds of times (that
 * was the server's whole cost under load). Answers from memory hold no file open, so an aborted
 * download releases nothing but its socket. Ranges and everything not text are sirv's.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Below this a gzip header costs more than it saves. */
const MIN_SIZE = 1024;
/** The whole deck gzipped is well under 1 MiB; the cap only bounds a folder of other files. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest\+json|xml|wasm)|image\/svg\+xml)/;

interface Entry {
  readonly version: string;
  readonly body: Promise<Buffer>;
  size: number;
}

export interface GzipCache {
  /**
   * Answers the request with the gzipped file when it should be (text, asked for with gzip, no
   * Range) and returns true; returns false to leave the answer to the file server.
   */
  serve(request: IncomingMessage, response: ServerResponse, file: string, type: string): Promise<boolean>;
}

function acceptsGzip(request: IncomingMessage): boolean {
  const header = String(request.headers['accept-encoding'] ?? '');
  return /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+\s*)?(?:,|$)/i.test(header);
}

export function createGzipCache(): GzipCache {
  const entries = new Map<string, Entry>();
  let cachedBytes = 0;

  const body = (file: string, version: string): Promise<Buffer> => {
    const hit = entries.get(file);
    if (hit?.version === version) return hit.body;
    if (hit) cachedBytes -= hit.size;
    const entry: Entry = { version, size: 0, body: readFile(file).then((raw) => gzipAsync(raw)) };
    entries.set(file, entry);
    entry.body.then(
      (buffer) => {
        entry.size = buffer.length;
        cachedBytes += buffer.length;
        if (cachedBytes > MAX_CACHED_BYTES) {
          entries.clear();
          cachedBytes = 0;
        }
      },
      () => entries.delete(file),
    );
    return entry.body;
  };

  return {
    async serve(request, response, file, type) {
      if (request.headers.range || !COMPRESSIBLE.test(type) || !acceptsGzip(request)) return false;
      const stats = await stat(file);
      if (stats.size < MIN_SIZE) return false;
      // sirv's validator for the same file, so a revalidation matches whichever answered first.
      const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
      response.setHeader('vary', 'Accept-Encoding');
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, { etag }).end();
        return true;
      }
      const gzipped = await body(file, etag);
      if (response.destroyed) return true;
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': gzipped.length,
        'last-modified': stats.mtime.toUTCString(),
        etag,
      });
      response.end(request.method === 'HEAD' ? undefined : gzipped);
      return true;
    },
  };
}
