// The compression middleware (expressjs/compression) as this server uses it: on plain node:http.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type Handler = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;
  interface Options {
    filter?: (request: IncomingMessage, response: ServerResponse) => boolean;
    threshold?: number | string;
  }
  function compression(options?: Options): Handler;
  namespace compression {
    function filter(request: IncomingMessage, response: ServerResponse): boolean;
  }
  export default compression;
}
