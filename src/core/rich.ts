/** Authoring helpers for rich text: `t` templates with facts, links and emphasis inside. */
import type { EmphasisRef, FactId, FactRef, Inline, LinkRef, Rich } from './types.ts';

/** A fact from the registry, formatted by its unit where it appears. */
export const f = (id: FactId, style: FactRef['style'] = 'full'): FactRef => ({ kind: 'fact', id, style });

/** A link: an https URL, or `#slide-id` for another slide. */
export const link = (text: string, href: string): LinkRef => ({ kind: 'link', text, href });

export const em = (text: string): EmphasisRef => ({ kind: 'em', text });

/** Tagged template: t`R1 costs ${f('px-r1-out')} per million output tokens`. */
export function t(strings: TemplateStringsArray, ...parts: readonly Inline[]): Rich {
  const out: Inline[] = [];
  strings.forEach((text, i) => {
    if (text) out.push(text);
    const part = parts[i];
    if (part !== undefined) out.push(part);
  });
  return out;
}

/** The plain text of rich text, with facts left as their ids (for word counts and checks). */
export function plainText(rich: Rich, factText: (ref: FactRef) => string = (ref) => ref.id): string {
  return rich.map((part) => (typeof part === 'string' ? part : part.kind === 'fact' ? factText(part) : part.text)).join('');
}
