/**
 * A tiny HTML builder for build-time rendering. The `html` tag escapes every interpolated string;
 * markup only ever comes from templates in this engine (or from libraries that escape their input),
 * never from slide text.
 */

/** Markup made by the `html` tag, or by a library that escapes its input. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

type Interpolation = Html | string | number | false | null | undefined | readonly Interpolation[];

function toMarkup(value: Interpolation): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(toMarkup).join('');
  return escapeHtml(String(value));
}

/** html`<p>${text}</p>`: strings and numbers are escaped; Html values and arrays of them are inserted. */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += toMarkup(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Output of a library that escapes its own input (highlight.js, the QR code's SVG). */
export function fromLibrary(markup: string): Html {
  return new Html(markup);
}
