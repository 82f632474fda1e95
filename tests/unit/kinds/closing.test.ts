import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { fixtureTalk } from '../../fixtures/talk/index.ts';

/** An address as a speaker might publish the deck at (a sub-path of a static host). */
const FIXTURE_URL = 'https://talks.example.org/deepseek-black-swan/';

/** The closing slide's markup, as the build renders it for a talk published at `publicUrl`. */
function closingMarkup(publicUrl: string): string {
  const talk = { ...fixtureTalk, meta: { ...fixtureTalk.meta, publicUrl } };
  return renderDeck(talk).slides.find((s) => s.slide.kind === 'closing')!.html.markup;
}

/** Paints the QR code's SVG path (one "M x y h1v1h-1z" square per dark module) at `scale` pixels a module. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
        data.fill(0, i, i + 3);
      }
    }
  }
  return { data, size };
}

describe('the closing slide', () => {
  describe('with a public address', () => {
    const markup = closingMarkup(FIXTURE_URL);
    const svg = /<svg class="qr"[\s\S]*?<\/svg>/.exec(markup)?.[0] ?? '';

    it('shows a QR code that reads back as the address', () => {
      expect(svg).not.toBe('');
      const { data, size } = rasterise(svg);
      expect(jsQR(data, size, size)?.data).toBe(FIXTURE_URL);
    });

    it('names the address for screen readers, and links it in text a person can type', () => {
      expect(svg).toContain(`role="img" aria-label="QR code for ${FIXTURE_URL}"`);
      expect(markup).toMatch(new RegExp(`<a href="${FIXTURE_URL}"[^>]*>talks\\.example\\.org/deepseek-black-swan/</a>`));
      expect(markup).not.toContain('is-unset');
    });

    it('draws dark modules on a light square with a quiet zone, so a phone reads it off a dark slide', () => {
      expect(svg).toMatch(/<rect width="(\d+)" height="\1" fill="#fff"\/><path d="M2 2h1v1h-1z/);
      expect(svg).toContain('fill="#000"');
    });
  });

  describe('without a public address', () => {
    const markup = closingMarkup('');

    it('says the address is not set, with no QR code and no empty link', () => {
      expect(markup).toContain('<p class="public-url is-unset">No public address yet.</p>');
      expect(markup).not.toContain('<svg class="qr"');
      expect(markup).not.toMatch(/<a href=""/);
    });
  });

  it('refuses an address a phone could not open, saying where to fix it', () => {
    expect(() => closingMarkup('talks.example.org/deepseek')).toThrow(/Slide "closing".*package\.json "homepage".*https:\/\//);
    expect(() => closingMarkup('https://talks.example.org/has space')).toThrow(/package\.json "homepage"/);
  });
});
