import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { unsourcedFigures } from './figures.ts';

const rendered = renderDeck(deck);
const slides = rendered.slides;

describe('slides/index (the real deck)', () => {
  it('gives every slide a unique kebab-case id, its deep link', () => {
    const ids = slides.map((s) => s.slide.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(slides.map((s) => [s.slide.id, s] as const))('slide %s shows no figure without a source', (_id, s) => {
    expect(unsourcedFigures(s.html.markup)).toEqual([]);
  });

  it('shows a source line on every slide that shows a figure', () => {
    for (const s of slides) {
      if (s.citations.facts.size > 0) expect(s.html.markup, s.slide.id).toContain('<p class="cite">');
    }
  });
});
