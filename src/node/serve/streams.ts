/**
 * A file stream piped into a response must end with the response: a client that goes away (an
 * aborted download) would otherwise leave the file open forever, and a read error (a file replaced
 * by a rebuild) is an 'error' no one listens to, which ends the process. Neither sirv nor `pipe`
 * does this, so every response is watched for the stream piped into it.
 */
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

export function releaseStreamsWith(response: ServerResponse, onError: (error: Error) => void): void {
  response.on('pipe', (source: Readable) => {
    source.once('error', (error) => {
      onError(error);
      if (response.headersSent) response.destroy(error);
      else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal server error');
    });
    response.once('close', () => source.destroy());
  });
}
