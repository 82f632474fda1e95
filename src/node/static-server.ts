/**
 * The static server for the built deck (`npm run serve`, the PDF export, the tests): loopback by
 * default, any sub-path as base. What it answers and how is the handler's (serve/handler.ts); this
 * module listens, keeps the process alive through bad requests and prints a URL a browser opens.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { createDeckHandler, normaliseBase, type RequestHandler } from './serve/handler.ts';

export interface StaticServerOptions {
  /** The folder to serve (the build output). */
  readonly root: string;
  /** The URL path the site lives under, e.g. "/talks/deepseek/"; "/" by default. */
  readonly base?: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Paths under the base with a handler of their own (see DeckHandlerOptions.routes). */
  readonly routes?: Readonly<Record<string, RequestHandler>>;
}

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** A host as it goes into a URL: an IPv6 address in brackets ("http://[::1]:4173/"). */
export function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const base = normaliseBase(options.base ?? '/');
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createDeckHandler({ root: options.root, base, host, routes: options.routes }));
  // A client that opens connections and sends its request slowly, or never, is cut off, so a
  // guest on the network cannot hold the server's sockets (Node waits up to five minutes).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  // A request Node cannot parse gets a 400 and its socket is closed; nothing reaches the handler.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      // Once listening, an error on the server (not on one request) is reported, not fatal.
      server.on('error', (error) => console.error(`Server error: ${error.message}`));
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${urlHost(host)}:${port}${base}`,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Keep-alive connections of browsers still open would hold close() back.
            server.closeAllConnections();
          }),
      });
    });
  });
}
