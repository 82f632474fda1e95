import { describe, expect, it } from 'vitest';
import { nextScrollTop, pageAt, pageStops, placeAt, previousScrollTop, scrollTopFor, triggerRanges } from '../../../src/browser/scroll-geometry.ts';
import { renderHead, renderShareImage, SHARE_IMAGE, TEXT_CARD } from '../../../src/core/render/page.ts';
import { withShareImage } from '../../../src/node/og-image.ts';
import { fixtureTalk as deck } from '../../fixtures/talk/index.ts';

describe('scroll view geometry (src/browser/scroll-geometry)', () => {
  // Four pages of different heights (a slide and its notes each), in a 500px window.
  const tops = [0, 300, 1000, 1200];
  const contentHeight = 1900;
  const viewport = 500;
  const max = contentHeight - viewport;

  it('a page above the reader that changes height leaves the text on screen where it was', () => {
    // Reading 150px into the third page; the first page, an estimate, turns out 400px taller.
    const place = placeAt(tops, 1150, contentHeight);
    expect(place).toMatchObject({ page: 2, into: 150 });
    expect(scrollTopFor(place, [0, 700, 1400, 1600], contentHeight + 400, false)).toBe(1550);
    // The page being read growing below the reading point moves nothing.
    expect(scrollTopFor(place, [0, 300, 1000, 1500], contentHeight + 300, false)).toBe(1150);
  });

  it('a reflow at a new width keeps the same share of the page being read', () => {
    const place = placeAt(tops, 1100, contentHeight); // halfway down the 200px third page
    expect(place.share).toBeCloseTo(0.5);
    expect(scrollTopFor(place, [0, 150, 500, 900], 1300, true)).toBe(700);
  });

  it('a page becomes current when its top reaches the top of the window', () => {
    const stops = pageStops(tops, max);
    expect(stops).toEqual([0, 300, 1000, 1200]);
    expect(pageAt(stops, 0)).toBe(0);
    expect(pageAt(stops, 299)).toBe(0);
    expect(pageAt(stops, 300)).toBe(1);
    expect(pageAt(stops, 999)).toBe(1);
  });

  it('pages the document ends before share the last stretch, the last one current at the very bottom', () => {
    // Tops past the largest scroll offset can never reach the top of the window.
    const stops = pageStops([0, 300, 700, 900, 1100], 800);
    expect(stops).toEqual([0, 300, 700, 750, 800]);
    expect(pageAt(stops, 800)).toBe(4);
    expect(pageAt(stops, 760)).toBe(3);
  });

  it('a page that starts exactly where scrolling ends still gets its turn', () => {
    const stops = pageStops([0, 300, 1000, 1200], 1000);
    expect(stops).toEqual([0, 300, 976, 1000]);
    expect(pageAt(stops, 990)).toBe(2);
    expect(pageAt(stops, 1000)).toBe(3);
  });

  it("gives reveal's trigger ranges that agree with the stops", () => {
    const stops = pageStops(tops, max);
    const ranges = triggerRanges(stops, max);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges[1]![0]).toBe(300 / 1400);
    expect(ranges.at(-1)).toEqual([1200 / 1400, 1]);
    // Every offset falls in exactly one range, that of the page pageAt names: reveal leaves a page
    // that is already active alone, so a page must not stay in range at the next one's stop.
    for (const scrollTop of [0, 150, 299, 300, 640, 999, 1000, 1300, 1400]) {
      const progress = scrollTop / max;
      const matching = ranges.flatMap(([from, to], i) => (progress >= from && progress <= to ? [i] : []));
      expect(matching).toEqual([pageAt(stops, scrollTop)]);
    }
  });

  it('"next" goes to the next page, or one screen on when the notes are longer than a screen', () => {
    const stops = [0, 300, 2000, 2300];
    expect(nextScrollTop(stops, 0, 500, 3000)).toBe(300);
    expect(nextScrollTop(stops, 300, 500, 3000)).toBe(725);
    expect(nextScrollTop(stops, 1800, 500, 3000)).toBe(2000);
    expect(nextScrollTop(stops, 2900, 500, 3000)).toBe(3000);
  });

  it('"previous" goes to the previous page start, or one screen back', () => {
    const stops = [0, 300, 2000, 2300];
    expect(previousScrollTop(stops, 2300, 500)).toBe(2000);
    expect(previousScrollTop(stops, 2000, 500)).toBe(1575);
    expect(previousScrollTop(stops, 300, 500)).toBe(0);
    expect(previousScrollTop(stops, 0, 500)).toBe(0);
  });
});

describe('link-preview tags (src/core/render/page, src/node/og-image)', () => {
  it('the head carries a text-only card until the build has the image', () => {
    const head = renderHead(deck);
    expect(head).toContain(TEXT_CARD);
    expect(head).not.toContain('og:image');
    expect(head).toContain(`<meta name="twitter:title" content="`);
  });

  it('the image tags replace that card once, with the image size', () => {
    const page = `<head>${renderHead(deck)}</head>`;
    const shared = withShareImage(page, deck);
    expect(shared).not.toContain(TEXT_CARD);
    expect(shared.match(/twitter:card/g)).toHaveLength(1);
    expect(shared).toContain('content="summary_large_image"');
    expect(shared).toContain(`<meta property="og:image:width" content="${SHARE_IMAGE.width}">`);
    expect(shared).toContain(`<meta property="og:image:height" content="${SHARE_IMAGE.height}">`);
  });

  it('a page without the card is an error naming where the card comes from', () => {
    expect(() => withShareImage('<head></head>', deck)).toThrow(/renderHead in src\/core\/render\/page\.ts/);
  });

  it('the image URL is absolute when the public address is known, relative otherwise', () => {
    const published = { ...deck, meta: { ...deck.meta, publicUrl: 'https://example.org/talks/deepseek' } };
    expect(renderShareImage(published)).toContain('content="https://example.org/talks/deepseek/og-image.png"');
    expect(renderHead(published)).toContain('<meta property="og:url" content="https://example.org/talks/deepseek/">');
    const unpublished = { ...deck, meta: { ...deck.meta, publicUrl: '' } };
    expect(renderShareImage(unpublished)).toContain('<meta property="og:image" content="og-image.png">');
    expect(renderHead(unpublished)).not.toContain('og:url');
  });
});
