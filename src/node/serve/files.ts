/**
 * Which file a path names, if any: only regular files inside the served folder, reached without a
 * dotfile or dot-folder on the way and without leaving the folder through a symlink.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export type Lookup =
  | { readonly kind: 'file'; readonly relative: string }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'missing' };

/** Names the build writes: plain ASCII, so the name sirv resolves is exactly the one checked here. */
const PLAIN_NAME = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * `path` is the part of the decoded URL path below the base, without its leading "/". A folder is
 * served by its index.html; a folder asked for without its trailing "/" is redirected to it, so the
 * page's relative URLs resolve.
 */
export function lookUp(root: string, path: string): Lookup {
  const segments = path.split('/');
  const folder = path === '' || path.endsWith('/');
  const names = folder ? [...segments.filter(Boolean), 'index.html'] : segments;
  if (!names.every((name) => PLAIN_NAME.test(name))) return { kind: 'missing' };
  const relative = names.join('/');
  let real: string;
  try {
    real = realpathSync(join(root, relative));
  } catch {
    return { kind: 'missing' };
  }
  // The root itself is resolved when the server starts (it may be a symlink, e.g. a mounted build).
  if (!real.startsWith(realRoot(root) + sep)) return { kind: 'missing' };
  const stat = statSync(real, { throwIfNoEntry: false });
  if (stat?.isDirectory() && !folder) return lookUpFolder(root, relative);
  return stat?.isFile() ? { kind: 'file', relative } : { kind: 'missing' };
}

function lookUpFolder(root: string, relative: string): Lookup {
  const index = lookUp(root, `${relative}/`);
  const last = relative.split('/').pop()!;
  return index.kind === 'file' ? { kind: 'redirect', location: `${last}/` } : { kind: 'missing' };
}

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync(root);
    } catch {
      // No build yet (serve starts before it builds): nothing can be inside it.
      return `${root}${sep}\0`;
    }
    realRoots.set(root, real);
  }
  return real;
}
