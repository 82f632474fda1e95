/** Collects what a slide cites while it renders, so its source line and the Sources slide are generated. */
import { chartFacts } from '../chart-data.ts';
import { fact, quote } from '../registry.ts';
import type { FactId, QuoteId, Slide, SourceId } from '../types.ts';

export class Citations {
  readonly facts = new Set<FactId>();
  readonly sources = new Set<SourceId>();

  useFact(id: FactId): void {
    this.facts.add(id);
    for (const src of fact(id).sources) this.sources.add(src);
  }

  useQuote(id: QuoteId): void {
    for (const src of quote(id).sources) this.sources.add(src);
  }

  useSources(ids: readonly SourceId[]): void {
    for (const src of ids) this.sources.add(src);
  }

  /** Facts and quotes a slide uses outside its rich text. */
  useSlide(slide: Slide): void {
    if (slide.sources) this.useSources(slide.sources);
    switch (slide.kind) {
      case 'chart':
        chartFacts(slide.chart).forEach((id) => this.useFact(id));
        break;
      case 'timeline':
        slide.events.forEach((event) => this.useFact(event.date));
        break;
      case 'quote':
        slide.quotes.forEach((item) => this.useQuote(item.quote));
        break;
      case 'cost-model':
        [slide.gpuHours, slide.pricePerHour, slide.hardware].forEach((id) => this.useFact(id));
        break;
      default:
        break;
    }
  }
}
