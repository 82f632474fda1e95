/** Collects what a slide cites while it renders, so its source line and the Sources slide are generated. */
import type { Registry } from '../registry.ts';

export class Citations {
  readonly facts = new Set<string>();
  readonly sources = new Set<string>();

  constructor(private readonly registry: Registry) {}

  useFact(id: string): void {
    this.facts.add(id);
    for (const src of this.registry.fact(id).sources) this.sources.add(src);
  }

  useQuote(id: string): void {
    for (const src of this.registry.quote(id).sources) this.sources.add(src);
  }

  useSources(ids: readonly string[]): void {
    for (const src of ids) this.sources.add(src);
  }

  /** A fresh, empty collection over the same registry (a chart's caption counts its own sources). */
  fresh(): Citations {
    return new Citations(this.registry);
  }
}
