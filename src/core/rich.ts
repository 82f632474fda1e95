/** Rich text builders and readers; `authoring.ts` hands them to a talk typed by its ids. */
import type { AnyIds, Ids } from './model/ids.ts';
import type { EmphasisRef, FactRef, Inline, LinkRef, Rich } from './model/rich.ts';

/** A fact from the registry, formatted by its unit where it appears. */
export const fact = <I extends Ids = AnyIds>(id: I['fact'], style: FactRef['style'] = 'full'): FactRef<I> => ({ kind: 'fact', id, style });

/** A link: an https URL, or `#slide-id` for another slide. */
export const link = (text: string, href: string): LinkRef => ({ kind: 'link', text, href });

export const em = (text: string): EmphasisRef => ({ kind: 'em', text });

/** Tagged template: t`R1 costs ${f('px-r1-out')} per million output tokens`. */
export function rich<I extends Ids = AnyIds>(strings: TemplateStringsArray, ...parts: readonly Inline<I>[]): Rich<I> {
  const out: Inline<I>[] = [];
  strings.forEach((text, i) => {
    if (text) out.push(text);
    const part = parts[i];
    if (part !== undefined) out.push(part);
  });
  return out;
}

/** The plain text of rich text, with facts left as their ids (for word counts and checks). */
export function plainText(text: Rich, factText: (ref: FactRef) => string = (ref) => ref.id): string {
  return text.map((part) => (typeof part === 'string' ? part : part.kind === 'fact' ? factText(part) : part.text)).join('');
}
