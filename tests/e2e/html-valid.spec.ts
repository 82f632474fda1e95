/**
 * Every page the build writes (dist/*.html: the deck, the single file, and any page added later) is
 * valid HTML by html-validate's recommended rules (.htmlvalidate.json). The W3C's Nu checker, which
 * needs Java, is `npm run check:html`.

 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST_DIR } from '../../src/node/build.ts';
import { countByRule, htmlErrors, type HtmlProblem } from '../support/html-check.ts';

const line = (page: string, problem: HtmlProblem) => `${page}:${problem.line} ${problem.rule} at ${problem.selector}: ${problem.message}`;

test.describe('the built pages are valid HTML (html-validate, recommended rules)', () => {
  /** Each page the build wrote, and its errors. Read in the test, after the web server has built. */
  let checked: { name: string; problems: HtmlProblem[] }[] = [];
  test.beforeAll(async () => {
    const pages = readdirSync(DIST_DIR).filter((name) => name.endsWith('.html'));
    checked = await Promise.all(pages.map(async (name) => ({ name, problems: await htmlErrors(readFileSync(join(DIST_DIR, name), 'utf8'), `dist/${name}`) })));
  });

  test('every page has no errors', () => {
    expect(checked.map((page) => page.name)).toContain('index.html');
    expect(checked.length, 'the deck and its single file at least').toBeGreaterThanOrEqual(2);
    for (const { name, problems } of checked) {
      test.info().annotations.push({ type: `${name}: errors by rule`, description: JSON.stringify(countByRule(problems)) });
      expect(problems.map((problem) => line(name, problem)), name).toEqual([]);
    }
  });
});

test('the checker finds errors: a figure with its caption in the middle, an unnamed second landmark', async () => {
  const page = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><figure><img src="a.png" alt="a"><figcaption>c</figcaption><p>after</p></figure></main><aside>one</aside><aside>two</aside></body></html>`;
  const rules = (await htmlErrors(page)).map((problem) => problem.rule);
  expect(rules).toContain('element-permitted-order');
  expect(rules).toContain('unique-landmark');
});
