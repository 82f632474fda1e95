import { describe, expect, it } from 'vitest';
import { DEFERRED_FILE_MARK, renderPage, SLIDES_IN_PAGE } from '../../../src/core/render/page.ts';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { inlineScriptHashes } from '../../../src/node/csp.ts';
import { deck } from '../../../slides/index.ts';

const TEMPLATE = '<!doctype html><html lang="x"><head><!--deck:head--></head><body><div class="slides"><!--deck:slides--></div></body></html>';
const SLIDES = renderDeck(deck).slides;
const shells = (page: string) => [...page.matchAll(/<section id="([^"]+)"[^>]* data-deferred><div class="slide-body"><h[123] class="slide-title" id="\1-title">[^<]*<\/h[123]><\/div><\/section>/g)].map((m) => m[1]);
const whole = (page: string) => SLIDES.filter((s) => page.includes(s.html.markup)).map((s) => s.slide.id);

describe('src/core/render/page: deferred slides', () => {
  it('holds the first slides whole and the rest as their headlines, their content in a file the build names', () => {
    const { page, deferred } = renderPage(TEMPLATE, deck, 'file');
    expect(whole(page)).toEqual(SLIDES.slice(0, SLIDES_IN_PAGE).map((s) => s.slide.id));
    expect(shells(page)).toEqual(SLIDES.slice(SLIDES_IN_PAGE).map((s) => s.slide.id));
    expect(page).toContain(`<script type="application/json" id="deck-deferred-slides" data-src="${DEFERRED_FILE_MARK}"></script>`);
    // Each deferred slide's content is what its whole <section> holds.
    const content = JSON.parse(deferred!) as Record<string, string>;
    for (const s of SLIDES.slice(SLIDES_IN_PAGE)) expect(s.html.markup).toBe(`${s.shell.markup.replace(/ data-deferred>[\s\S]*$/, '>')}${content[s.slide.id]}</section>`);
    // A reader without JavaScript is told, and pointed to the single file.
    expect(page).toMatch(/<noscript><p class="deferred-note">[^<]*first 8 of \d+ slides[^<]*<a href="\.\/deepseek-black-swan-for-the-mag7\.html">/);
  });

  it('in the page, the content is JSON no markup can close early, and never a script to hash', () => {
    const { page, deferred } = renderPage(TEMPLATE, deck, 'page');
    const block = /<script type="application\/json" id="deck-deferred-slides">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(block).not.toContain('<');
    expect(JSON.parse(block)).toEqual(JSON.parse(deferred!));
    // The early palette script in the head is the one script the policy admits by its hash.
    expect(inlineScriptHashes(page)).toEqual(inlineScriptHashes(page.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')));
    expect(inlineScriptHashes(page)).toHaveLength(1);
  });

  it('the single file has every slide whole, and nothing deferred', () => {
    const { page, deferred } = renderPage(TEMPLATE, deck, 'none');
    expect(whole(page)).toEqual(SLIDES.map((s) => s.slide.id));
    expect(shells(page)).toEqual([]);
    expect(deferred).toBeNull();
    expect(page).not.toContain('deck-deferred-slides');
    expect(page).not.toContain('<noscript>');
  });

  it('a talk no longer than the page holds defers nothing', () => {
    const short = { ...deck, sections: [{ ...deck.sections[0]!, slides: deck.sections[0]!.slides.slice(0, 3) }] };
    const { page, deferred } = renderPage(TEMPLATE, short, 'file');
    expect(deferred).toBeNull();
    expect(shells(page)).toEqual([]);
    expect(page).not.toContain('<noscript>');
  });
});
