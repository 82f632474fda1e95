/** Measures what a browser must fetch to show the first slide of a build: the figures the budgets guard. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  readonly files: readonly string[];
  readonly raw: number;
  readonly gzip: number;
}

export interface FirstLoad {
  readonly html: Weight;
  /** Entry script and every module it preloads. */
  readonly js: Weight;
  readonly css: Weight;
  /** Fonts the page preloads (index.html's `<link rel="preload" as="font">`). */
  readonly fonts: Weight;
}

/** Budget for first-load JavaScript, gzip: 150 KiB. */
export const JS_BUDGET_GZIP = 150 * 1024;

function weigh(dist: string, files: readonly string[]): Weight {
  const buffers = files.map((file) => readFileSync(join(dist, file)));
  return {
    files,
    raw: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** Asset paths referenced by index.html's `<script src>`, `modulepreload`, stylesheet and font preload links. */
function referenced(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\.\//, ''));
}

export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...referenced(html, /<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...referenced(html, /<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const styles = referenced(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const fonts = referenced(html, /<link[^>]+rel="preload"[^>]+href="([^"]+)"[^>]+as="font"/g);
  return { html: weigh(dist, ['index.html']), js: weigh(dist, [...new Set(scripts)]), css: weigh(dist, styles), fonts: weigh(dist, fonts) };
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
