/**
 * What a screen reader's landmark list and figures show, in each view, read from the accessibility
 * tree (Playwright's ariaSnapshot) and the page: one main; every other landmark named, and no two of
 * a role with the same name; every figure's caption its first or last child.

 */
import { expect, test, type Page } from '@playwright/test';
import { openDeck } from './support/deck.ts';

const VIEWS = [
  { name: 'slides', path: '' },
  { name: 'scroll', path: '?view=scroll' },
  { name: 'print', path: '?print-pdf' },
] as const;

const LANDMARK = /^\s*- (main|navigation|complementary|banner|contentinfo|region|form|search)(?: "((?:[^"\\]|\\.)*)")?(?::|$| \[)/;

/** The landmarks in the accessibility tree: role and accessible name ("" when it has none). */
async function landmarks(page: Page): Promise<{ role: string; name: string }[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot.split('\n').flatMap((line) => {
    const match = LANDMARK.exec(line);
    return match ? [{ role: match[1]!, name: match[2] ?? '' }] : [];
  });
}

/** Every problem the view has, one line each. */
async function problems(page: Page): Promise<string[]> {
  const found: string[] = [];
  const marks = await landmarks(page);
  const mains = marks.filter((mark) => mark.role === 'main').length;
  if (mains !== 1) found.push(`${mains} main landmarks`);
  const seen = new Set<string>();
  for (const mark of marks) {
    if (['main', 'banner', 'contentinfo'].includes(mark.role)) continue;
    if (!mark.name) found.push(`an unnamed ${mark.role} landmark`);
    else if (seen.has(`${mark.role} ${mark.name}`)) found.push(`two ${mark.role} landmarks named "${mark.name}"`);
    seen.add(`${mark.role} ${mark.name}`);
  }
  const misplaced = await page.evaluate(() =>
    [...document.querySelectorAll('figure')]
      .filter((figure) => {
        const caption = figure.querySelector(':scope > figcaption');
        return caption && caption !== figure.firstElementChild && caption !== figure.lastElementChild;
      })
      .map((figure) => figure.closest('section[id]')?.id ?? '(no slide)'),
  );
  for (const slide of misplaced) found.push(`a figure's caption in the middle, on "${slide}"`);
  return found;
}

for (const view of VIEWS) {
  test(`${view.name} view: one main, named landmarks, captions first or last`, async ({ page }) => {
    await openDeck(page, view.path);
    expect(await problems(page)).toEqual([]);
  });
}

test('the check finds an unnamed landmark, a second main, and a caption in the middle', async ({ page }) => {
  await page.setContent(
    '<main><section id="s"><figure><img alt="a" src="data:,"><figcaption>c</figcaption><p>after</p></figure></section></main><main></main><nav></nav><aside aria-label="x"></aside><aside aria-label="x"></aside>',
  );
  expect(await problems(page)).toEqual([
    '2 main landmarks',
    'an unnamed navigation landmark',
    'two complementary landmarks named "x"',
    'a figure\'s caption in the middle, on "s"',
  ]);
});
