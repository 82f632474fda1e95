/** Each slide kind's layout, on the fixture talk: one slide of every kind, rendered as the build does. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KINDS } from '../../../src/kinds/index.ts';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { fixtureTalk } from '../../fixtures/talk/index.ts';

const rendered = renderDeck(fixtureTalk);
const markup = (id: string): string => {
  const found = rendered.slides.find((s) => s.slide.id === id);
  if (!found) throw new Error(`the fixture talk has no slide "${id}"`);
  return found.html.markup;
};

describe('the fixture talk', () => {
  it('has a slide of every kind the engine knows, and one of its own', () => {
    const kinds = new Set(rendered.slides.map((s) => s.slide.kind));
    expect([...Object.keys(BUILT_IN_KINDS)].filter((kind) => !kinds.has(kind))).toEqual([]);
    expect(kinds.has('big-number')).toBe(true);
  });
});

describe('every slide', () => {
  it.each(rendered.slides.map((s) => [s.slide.id, s] as const))('%s is a section labelled by its title, with its kind, part and timing', (id, s) => {
    expect(s.html.markup).toMatch(new RegExp(`^<section id="${id}" class="slide slide-${s.slide.kind}" data-kind="${s.slide.kind}" data-section="${s.section.id}" data-section-title="${s.section.title}" data-timing="30" aria-labelledby="${id}-title">`));
    expect(s.html.markup).toContain(`id="${id}-title"`);
  });

  it('carries its notes as a note named after the slide, with the talk’s label for source paragraphs', () => {
    const slide = markup('statement');
    expect(slide).toContain('<aside class="notes" role="note" aria-label="Notes for One sentence carries the point"><p>What the speaker says, with <span class="fact" data-fact="run-cost">$5.576M</span> in it.</p><p class="notes-essay">Source text: <abbr title="The evidence.">P02</abbr></p></aside>');
  });

  it('ends with one source line naming what it cites, linked where the source has an address', () => {
    expect(markup('statement')).toContain('<p class="cite"><span class="cite-label">Source:</span> <a href="https://example.org/report" target="_blank" rel="noopener noreferrer">Example Lab, 27 Dec 2024</a></p>');
    // The notes' figures are cited too: a reader of the notes sees where they came from.
    expect(markup('table')).toMatch(/Sources:<\/span> .*Example Wire, 27 Jan 2025<\/a>; Example Weekly, Feb 2025; .*Example Lab, 27 Dec 2024<\/a><\/p>/);
  });

  it('sits one heading level under its part’s divider: the title h1, dividers h2, content h3 (h2 in a part without one)', () => {
    expect(markup('title')).toContain('<h1 class="slide-title deck-title" id="title-title">');
    expect(markup('evidence-divider')).toContain('<h2 class="slide-title" id="evidence-divider-title">');
    expect(markup('statement')).toContain('<h3 class="slide-title"');
    expect(markup('agenda')).toContain('<h2 class="slide-title"');
  });
});

describe('each kind’s layout', () => {
  it('title: eyebrow, title, subtitle and byline', () => {
    expect(markup('title')).toMatch(/<p class="eyebrow">Every kind of slide<\/p>\n<h1[^>]*>Fixture Talk<\/h1>\n<p class="subtitle">Every kind of slide<\/p>\n<p class="byline">The tests<\/p>/);
  });

  it('section: the part’s title and its question', () => {
    expect(markup('evidence-divider')).toContain('<p class="kicker">What the numbers say.</p>');
  });

  it('agenda: every part with a divider, linked to it', () => {
    expect(markup('agenda')).toContain('<ol class="agenda"><li><a href="#evidence-divider">The evidence</a></li></ol>');
  });

  it('statement: one big sentence and its detail, facts marked', () => {
    expect(markup('statement')).toContain('<p class="statement">It cost <span class="fact" data-fact="run-cost">$5.6M</span>.</p>');
    expect(markup('statement')).toContain('<p class="detail">At <span class="fact" data-fact="rate">$2/GPU-hour</span>.</p>');
  });

  it('bullets: a list, revealed step by step when asked', () => {
    expect(markup('bullets')).toMatch(/<ul class="bullets"><li class="fragment">First, <span class="fact" data-fact="fall">\u221216\.86%<\/span><\/li><li class="fragment">Then/);
  });

  it('quote: the words, who said them when and where, and their stake, with the caption last', () => {
    const quote = markup('quote');
    expect(quote).toContain('<blockquote><p>We did it with less.</p></blockquote>\n<figcaption><span class="attribution"><strong class="who">A. Founder</strong> <span class="role">CEO, Example Lab · <time datetime="2025-01-20">20 Jan 2025</time></span></span><span class="interest"><span class="interest-label">Stake:</span> Sells the model.</span></figcaption>\n</figure>');
    expect(quote).toContain('Example Lab, 27 Dec 2024');
  });

  it('chart: the canvas, the data as a table, then the caption with its sources; the takeaway under it', () => {
    const chart = markup('bars');
    expect(chart).toMatch(/<figure class="chart chart-bar" data-chart-id="fixture-bars" data-chart="[^"]+" data-cites-slide>\n<div class="chart-frame" role="img" aria-label="The market value fell by a sixth in a day\."><canvas class="chart-canvas"><\/canvas><\/div>\n<table class="chart-table">[\s\S]*<\/table>\n<figcaption class="chart-caption">[\s\S]*Example Wire, 27 Jan 2025[\s\S]*<\/figcaption>\n<\/figure>/);
    expect(chart).toContain('<tr><th scope="row">After</th><td>$2.9T</td></tr>');
    expect(chart).toContain('<p class="takeaway">A sixth of the value, gone.</p>');
  });

  it('chart (line): a line figure whose table names each point with its date', () => {
    const line = markup('line');
    expect(line).toContain('<figure class="chart chart-line" data-chart-id="fixture-line"');
    expect(line).toContain('<tr><th scope="row">Sell-off, 27 Jan 2025</th><td>$2.9T</td></tr>');
  });

  it('code: highlighted at build time, with its caption', () => {
    expect(markup('code')).toContain('<pre class="code"><code class="hljs language-python">cost = <span class="hljs-number">2_788_000</span> * <span class="hljs-number">2</span>');
    expect(markup('code')).toContain('<p class="caption">Run it.</p>');
  });

  it('table: column headers, and each row named by its first cell', () => {
    expect(markup('table')).toContain('<thead><tr><th scope="col">Stock</th><th scope="col">Move</th></tr></thead>');
    expect(markup('table')).toContain('<tr><th scope="row">A</th><td><span class="fact" data-fact="fall">\u221216.86%</span></td></tr>');
  });

  it('timeline: each event at its date fact, the highlighted one marked', () => {
    expect(markup('timeline')).toContain('<li class="is-highlight"><span class="timeline-date fact" data-fact="day-of">27 Jan 2025</span><span class="timeline-label">The fall</span></li>');
  });

  it('sources: every source the talk cites, in order of first citation, linked where it has an address', () => {
    const sources = markup('sources');
    expect(rendered.sources).toEqual(['lab-report', 'wire-story', 'print-only']);
    expect(sources).toContain('<li id="source-lab-report"><a href="https://example.org/report" target="_blank" rel="noopener noreferrer">Example Lab: Technical report (27 Dec 2024)</a></li>');
    expect(sources).toContain('<li id="source-print-only">Example Weekly: A story seen only in print (Feb 2025)</li>');
  });

  it('closing: the message, and the talk’s own sentence while there is no public address', () => {
    expect(markup('closing')).toContain('<p class="lead">Questions?</p>\n<p class="public-url is-unset">No public address yet.</p>');
  });

  it('a talk’s own kind renders through its module and cites what it shows', () => {
    expect(markup('big-number')).toContain('<p class="big-number"><span class="fact" data-fact="loss">$589B\u2013$593B</span></p>');
    expect(markup('big-number')).toContain('Example Wire, 27 Jan 2025');
  });
});

describe('src/core/render/render-deck', () => {
  it('splits a long Sources list over slides that keep counting', async () => {
    const { SOURCES_PER_SLIDE } = await import('../../../src/kinds/sources.ts');
    const { deck } = await import('../../../slides/index.ts');
    const real = renderDeck(deck);
    const pages = real.slides.filter(({ slide }) => slide.kind === 'sources').map(({ html }) => html.markup);
    expect(pages.length).toBeGreaterThan(1);
    let next = 1;
    for (const page of pages) {
      const start = Number(/<ol class="sources-list"(?: start="(\d+)")?>/.exec(page)?.[1] ?? 1);
      expect(start).toBe(next);
      const items = page.match(/<li id="source-/g)?.length ?? 0;
      expect(items).toBeLessThanOrEqual(SOURCES_PER_SLIDE);
      next += items;
    }
    expect(next - 1).toBe(real.sources.length);
  });

  it('names the slide and its part when a slide cannot be rendered', () => {
    const broken = {
      ...fixtureTalk,
      sections: [{ id: 'broken-part', title: 'Broken', slides: [{ kind: 'chart', id: 'bad-chart', title: 'Bad', notes: [], timing: 1, paragraphs: [], chart: { id: 'bad', type: 'bar', categories: ['a'], series: [{ label: 's', points: [] }], valueAxis: { title: 'x' }, alt: 'x' } }] }],
    };
    expect(() => renderDeck(broken as never)).toThrow(/Slide "bad-chart" \(part "broken-part"\): chart "bad" has no values/);
  });

  it('stops at a slide whose kind has no module, saying where to add one', () => {
    const unknown = { ...fixtureTalk, sections: [{ id: 'p', title: 'P', slides: [{ kind: 'poster', id: 'x', title: 'x', notes: [], timing: 1, paragraphs: [] }] }] };
    expect(() => renderDeck(unknown as never)).toThrow(/Slide "x" \(part "p"\): its kind "poster" has no module: add one to src\/kinds\/ or to the talk's kinds/);
  });
});
