import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkQuery, QUERY_OPTIONS } from '../../../src/browser/query-options.ts';

/** Every option reveal.js 6 declares (its RevealConfig type): each is one a link might try to set. */
function revealOptionNames(): string[] {
  const types = readFileSync(fileURLToPath(new URL('../../../node_modules/reveal.js/dist/config.d.ts', import.meta.url)), 'utf8');
  const body = types.slice(types.indexOf('interface RevealConfig {'));
  return [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {4}([A-Za-z0-9]+)\??:/gm)].map((match) => match[1]!);
}

describe('src/browser/query-options', () => {
  it('keeps the queries the deck itself writes: speaker view previews, print view, reader views', () => {
    for (const search of [
      '?receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none&postMessageEvents=true',
      '?receiver&progress=false&history=false&transition=none&autoSlide=0&backgroundTransition=none&controls=false',
      '?print-pdf&margin=0&pdfSeparateFragments=false&handout',
      // What npm run pdf -- --notes --per-page 3 --paper letter --theme dark opens.
      '?print-pdf&margin=0&handout&perPage=3&paper=letter&theme=dark',
      // The speaker view's window and its previews (src/browser/speaker/channel.ts).
      '?view=speaker',
      '?receiver&postMessageEvents=true&transition=none&backgroundTransition=none&controls=false&progress=false&slideNumber=false&autoSlide=0',
      '?view=scroll',
      '?view=slides&showNotes=true',
      '?notes',
      '',
    ]) {
      expect(checkQuery(search)).toEqual({ search, refused: [] });
    }
  });

  it('takes out malformed values and leaves the rest of the address', () => {
    expect(checkQuery('?transition=a%20b')).toEqual({ search: '', refused: ['transition=a%20b'] });
    expect(checkQuery('?view=scroll&transition=a%20b&notes')).toEqual({ search: '?view=scroll&notes', refused: ['transition=a%20b'] });
    expect(checkQuery('?print-pdf&handout&perPage=5&theme=neon')).toEqual({ search: '?print-pdf&handout', refused: ['perPage=5', 'theme=neon'] });
    expect(checkQuery('?autoSlide=1').refused).toEqual(['autoSlide=1']);
    expect(checkQuery('?margin=-3').refused).toEqual(['margin=-3']);
    expect(checkQuery('?slideNumber=%3Cimg%3E').refused).toEqual(['slideNumber=%3Cimg%3E']);
    expect(checkQuery('?transition=%E0').refused).toEqual(['transition=%E0']);
  });

  it('takes out options a link must not set, however they are spelt', () => {
    for (const setting of ['keyboard=false', 'postMessage=true', 'url=https%3A%2F%2Fevil.example', 'embedded=true', 'plugins=x', 'hash=false', 'width=0', 'constructor=1']) {
      expect(checkQuery(`?${setting}`).refused, setting).toEqual([setting]);
    }
    // reveal's parser finds "keyboard=false" inside a longer name too, so this does as well.
    expect(checkQuery('?a_keyboard=false').refused).toEqual(['keyboard=false']);
    // What reveal does not read (its keys are letters and digits) stays as it is.
    expect(checkQuery('?__proto__=1&handout')).toEqual({ search: '?__proto__=1&handout', refused: [] });
  });

  it('has a check for each option it accepts, and refuses every other reveal option with any value', () => {
    const names = revealOptionNames();
    expect(names.length).toBeGreaterThan(60);
    for (const key of Object.keys(QUERY_OPTIONS)) expect(names, `${key} is a reveal option`).toContain(key);
    for (const key of names.filter((name) => !Object.hasOwn(QUERY_OPTIONS, name))) {
      for (const value of ['true', 'false', '0', '1', 'x']) expect(checkQuery(`?${key}=${value}`).refused, `${key}=${value}`).toHaveLength(1);
    }
  });
});
