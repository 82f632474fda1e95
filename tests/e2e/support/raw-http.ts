/** HTTP exactly as written: request targets and headers no client library would send. */
import { connect } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Sends one request on a fresh connection ("connection: close") and reads the whole answer. */
export function rawRequest(port: number, head: string, host = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(head.split('\r\n')[0])}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no HTTP answer to ${JSON.stringify(head.split('\r\n')[0])}: ${JSON.stringify(all.toString())}`));
      const [statusLine, ...lines] = all.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: all.subarray(end + 4) });
    });
    socket.write(`${head}\r\nconnection: close\r\n\r\n`);
  });
}

/** `GET target` with a Host header for the port, and any extra header lines. */
export function get(port: number, target: string, extra: readonly string[] = [], method = 'GET'): Promise<RawResponse> {
  return rawRequest(port, [`${method} ${target} HTTP/1.1`, `host: 127.0.0.1:${port}`, ...extra].join('\r\n'));
}
