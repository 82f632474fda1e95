/** The Content-Type of each file served: mrmime's table (sirv's own), with a charset on text. */
import { extname } from 'node:path';
import { lookup } from 'mrmime';

/** Types mrmime does not know. */
const EXTRA: Readonly<Record<string, string>> = { '.ico': 'image/x-icon' };

const TEXT = /^(?:text\/|application\/(?:json|manifest\+json|xml)|image\/svg\+xml)/;

export function mediaType(name: string): string {
  const type = lookup(name) ?? EXTRA[extname(name).toLowerCase()] ?? 'application/octet-stream';
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}
