/**
 * Two servers the deck's own server is not: another site (an origin of its own, on another port),
 * which serves whatever page a test gives it; and a plain static host for the built deck that sends
 * no headers of its own, as GitHub Pages or a CDN may not.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Site {
  readonly origin: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<Site> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))) });
    });
  });
}

/** Another web site: every path answers with `page`. */
export function foreignSite(page: string): Promise<Site> {
  return listen(createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)));
}

/** The built deck on a static host without security headers. */
export function plainStaticHost(root: string): Promise<Site> {
  const files = sirv(root, { dev: true, extensions: ['html'] });
  return listen(createServer((request, response) => files(request, response, () => void response.writeHead(404).end())));
}
