/**
 * The deck's Content-Security-Policy. Scripts come only from the deck's own origin (and, in the
 * single file, its inline scripts by hash). The speaker view is the same page opened again, so it
 * needs nothing of its own.
 */
import { createHash } from 'node:crypto';

/**
 * sha256 sources for every inline script in a page, in CSP syntax. A block of JSON (the deferred
 * slides, src/core/render/page.ts) is data, never run, so it needs none.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*(?:\ssrc=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`,
  );
}

/** The policy for a page whose scripts are files of its own, plus the given inline-script hashes. */
export function contentSecurityPolicy(extraScriptHashes: readonly string[] = []): string {
  const scripts = ["'self'", ...extraScriptHashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // reveal.js lays out slides with inline styles and adds a <style> for the print page size.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The speaker view shows the deck in frames of its own origin (its previews).
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The single file's policy. Opened from disk, 'self' is every local file (file: is one origin to
 * the policy), so 'self' in script-src would admit any script on the disk: this policy names each
 * inline script by hash and nothing else. Everything it shows is inline or a data: URL; the one
 * 'self' left is frame-src, for the speaker view's previews, which frame this same file.
 */
export function singleFilePolicy(inlineScriptHashesOfPage: readonly string[]): string {
  const scripts = [...inlineScriptHashesOfPage];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
