/**
 * Every page the build writes (dist/*.html: the deck, the single file, and any page added later) is
 * valid HTML by html-validate's recommended rules (.htmlvalidate.json). The W3C's Nu checker, which
 * needs Java, is `npm run check:html`.
 *
 * KNOWN lists the errors the renderers still make, each with why, so that the test fails on any
 * other error now, and fails again once a known one is fixed, until it leaves the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST_DIR } from '../../src/node/build.ts';
import { countByRule, htmlErrors, type HtmlProblem } from '../support/html-check.ts';

interface Known {
  readonly rule: string;
  /** Where it occurs: the end of the element's selector. */
  readonly at: RegExp;
  readonly why: string;
}

const KNOWN: readonly Known[] = [
  {
    rule: 'unique-landmark',
    at: /> aside$/,
    why: 'each slide\'s <aside class="notes"> is an unnamed complementary landmark: the renderers are to name it per slide or make it no landmark',
  },
  {
    rule: 'element-permitted-order',
    at: /> figure(:nth-child\(\d+\))? > (table|p)$/,
    why: 'a chart\'s <figcaption> comes before its data table or note: the caption must be the figure\'s first or last child',
  },
  {
    rule: 'wcag/h32',
    at: /> form$/,
    why: 'the cost model\'s inputs are a <form> with no submit button (they update live): a form needs one, or the controls need no form',
  },
];

const isKnown = (problem: HtmlProblem) => KNOWN.some((known) => known.rule === problem.rule && known.at.test(problem.selector));
const line = (page: string, problem: HtmlProblem) => `${page}:${problem.line} ${problem.rule} at ${problem.selector}: ${problem.message}`;

test.describe('the built pages are valid HTML (html-validate, recommended rules)', () => {
  /** Each page the build wrote, and its errors. Read in the test, after the web server has built. */
  let checked: { name: string; problems: HtmlProblem[] }[] = [];
  test.beforeAll(async () => {
    const pages = readdirSync(DIST_DIR).filter((name) => name.endsWith('.html'));
    checked = await Promise.all(pages.map(async (name) => ({ name, problems: await htmlErrors(readFileSync(join(DIST_DIR, name), 'utf8'), `dist/${name}`) })));
  });

  test('every page has no errors but the known ones', () => {
    expect(checked.map((page) => page.name)).toContain('index.html');
    expect(checked.length, 'the deck and its single file at least').toBeGreaterThanOrEqual(2);
    for (const { name, problems } of checked) {
      test.info().annotations.push({ type: `${name}: errors by rule`, description: JSON.stringify(countByRule(problems)) });
      expect(problems.filter((problem) => !isKnown(problem)).map((problem) => line(name, problem)), name).toEqual([]);
    }
  });

  test('every known error still occurs (a fixed one leaves KNOWN)', () => {
    const all = checked.flatMap((page) => page.problems);
    const gone = KNOWN.filter((known) => !all.some((problem) => problem.rule === known.rule && known.at.test(problem.selector)));
    expect(gone.map((known) => `${known.rule}: fixed, remove it from KNOWN`)).toEqual([]);
  });
});

test('the checker finds errors: a figure with its caption in the middle, an unnamed second landmark', async () => {
  const page = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><figure><img src="a.png" alt="a"><figcaption>c</figcaption><p>after</p></figure></main><aside>one</aside><aside>two</aside></body></html>`;
  const rules = (await htmlErrors(page)).map((problem) => problem.rule);
  expect(rules).toContain('element-permitted-order');
  expect(rules).toContain('unique-landmark');
});
