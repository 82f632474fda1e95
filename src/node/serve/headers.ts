/** Headers on every response of the server, whatever its status, and the caching rule per file. */

/**
 * frame-ancestors 'self': only the deck's own speaker view may frame it (its previews); the page's
 * own policy (a meta tag, which cannot carry frame-ancestors) governs scripts, so this one limits
 * nothing the single file needs. X-Frame-Options says the same to browsers without CSP 2.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // A page of another origin that opens the deck gets no handle on its window to post messages to.
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Hashed assets never change; everything else is revalidated (ETag / Last-Modified, then 304). */
export function cacheControl(relativePath: string): string {
  return relativePath.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
