/**
 * The deck server's request handler: a gate in front of sirv (files, ETag and Last-Modified with
 * 304, Range) and a cache of gzipped text files (gzip-cache.ts). The gate answers what sirv does not check:
 * methods, malformed targets, the Host header, the base path, dotfiles and symlinks; and it sets the
 * security headers on every response. It is a plain (request, response) handler, so a server can
 * also take an 'upgrade' listener beside it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { lookUp } from './files.ts';
import { createGzipCache } from './gzip-cache.ts';
import { mediaType } from './media-types.ts';
import { cacheControl, SECURITY_HEADERS } from './headers.ts';
import { hostAllowed } from './host-check.ts';
import { parseTarget } from './request-target.ts';
import { releaseStreamsWith } from './streams.ts';

export interface DeckHandlerOptions {
  /** The folder to serve (the build output). */
  readonly root: string;
  /** The URL path the site lives under, e.g. "/talks/deepseek/"; "/" by default. */
  readonly base?: string;
  /** The address the server is bound to: it decides which Host headers are answered. */
  readonly host: string;
  /** Told of each 500, which the client sees only as "Internal server error". */
  readonly onError?: (error: unknown) => void;
  /**
   * Paths under the base answered by a handler of their own, with any method (e.g. `rehearsals`
   * for `npm run present`'s upload), once the target, the Host and the base have been checked.
   */
  readonly routes?: Readonly<Record<string, RequestHandler>>;
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers }).end(text);
}

export function createDeckHandler(options: DeckHandlerOptions): RequestHandler {
  const root = resolve(options.root);
  const base = normaliseBase(options.base ?? '/');
  const allowed = hostAllowed(options.host);
  const onError = options.onError ?? ((error) => console.error(`Server error: ${error instanceof Error ? error.message : String(error)}`));
  const files = sirv(root, {
    // dev: look each file up when asked, as a rebuild replaces them while the server runs.
    dev: true,
    etag: true,
    extensions: [],
    setHeaders: (response, pathname) => {
      response.setHeader('cache-control', cacheControl(pathname.slice(1)));
      // sirv would send an empty Content-Type for a name mrmime does not know.
      response.setHeader('content-type', mediaType(pathname));
    },
  });
  const gzipped = createGzipCache();
  const routes = new Map(Object.entries(options.routes ?? {}));

  const fail = (response: ServerResponse, error: unknown): void => {
    onError(error);
    if (response.headersSent) response.destroy();
    else plain(response, 500, 'Internal server error');
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const parsed = parseTarget(request.url);
    if (!parsed.ok) return plain(response, 400, `Bad request: ${parsed.reason}`);
    const { pathname, search, authority } = parsed.target;
    if (!allowed(authority ?? request.headers.host)) return plain(response, 403, 'This server answers only for the address of this machine.');
    const route = pathname.startsWith(base) ? routes.get(pathname.slice(base.length)) : undefined;
    if (route) return route(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    if (pathname === base.slice(0, -1)) return plain(response, 301, '', { location: base + search });
    if (!pathname.startsWith(base)) return plain(response, 404, 'Not found');
    const found = lookUp(root, pathname.slice(base.length));
    if (found.kind === 'redirect') return plain(response, 301, '', { location: found.location + search });
    if (found.kind === 'missing') return plain(response, 404, 'Not found');
    response.setHeader('cache-control', cacheControl(found.relative));
    gzipped.serve(request, response, join(root, found.relative), mediaType(found.relative)).then((served) => {
      if (served) return;
      // sirv resolves the name checked above, in plain ASCII (files.ts), against the same root.
      request.url = `/${found.relative}`;
      releaseStreamsWith(response, onError);
      files(request, response, () => plain(response, 404, 'Not found'));
    }).catch((error: unknown) => fail(response, error));
  };

  return (request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      fail(response, error);
    }
  };
}
