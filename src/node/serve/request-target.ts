/**
 * The request target (the path a client asks for), checked before anything touches the disk. Every
 * way it can be malformed is a 400 here, so no parser further on can throw on it.
 */

export interface Target {
  /** The decoded path, starting with one "/". */
  readonly pathname: string;
  /** The raw query, with its "?", or "". */
  readonly search: string;
  /** The host an absolute-form target names ("http://host/a"), which HTTP puts before the Host header. */
  readonly authority?: string;
}

export type TargetResult = { readonly ok: true; readonly target: Target } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): TargetResult => ({ ok: false, reason });

/**
 * Accepts origin-form ("/a/b?q"), and absolute-form ("http://host/a") as HTTP allows a client to
 * send. "//x" is refused: a URL parser reads it as a host, which is how "//a:99999/" would throw.
 */
export function parseTarget(raw: string | undefined): TargetResult {
  if (!raw) return refuse('empty request target');
  let path = raw;
  let authority: string | undefined;
  if (/^https?:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return refuse('malformed absolute URL');
    }
    path = url.pathname + url.search;
    authority = url.host;
  }
  if (!path.startsWith('/') || path.startsWith('//')) return refuse('the path must start with a single "/"');
  const query = path.indexOf('?');
  const encoded = query < 0 ? path : path.slice(0, query);
  const search = query < 0 ? '' : path.slice(query);
  let pathname: string;
  try {
    pathname = decodeURIComponent(encoded);
  } catch {
    return refuse('malformed percent-encoding');
  }
  // NUL and other control characters have no place in a file name this server serves.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(pathname)) return refuse('control character or backslash in the path');
  return { ok: true, target: authority === undefined ? { pathname, search } : { pathname, search, authority } };
}
