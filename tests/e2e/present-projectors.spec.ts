/**
 * Projectors: at every screen size a meetup may hand the speaker, every slide's content lies inside
 * the slide and nothing in it is cut off. Walks whatever slides the manifest has.
 */
import { expect, test } from '@playwright/test';
import { openDeck, RENDERED, SLIDE_IDS } from './support/deck.ts';
import { layoutProblems, PROJECTORS, showWholeSlide } from './support/layout.ts';

// Measured at rest: under reduced motion a slide is in place the moment it is shown.
test.use({ reducedMotion: 'reduce' });

for (const screen of PROJECTORS) {
  test(`every slide fits at ${screen.width}x${screen.height} (${screen.name})`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await openDeck(page);
    const found: string[] = [];
    for (const id of SLIDE_IDS) {
      await showWholeSlide(page, id);
      found.push(...(await layoutProblems(page)).map((problem) => `${id}: ${problem}`));
      if (process.env.PRESENT_SHOTS) await page.screenshot({ path: `${process.env.PRESENT_SHOTS}/${screen.width}x${screen.height}-${id}.png` });
    }
    expect(found).toEqual([]);
  });
}

test('the check finds content that runs off a slide, a word too long for its box, and text in the source line’s place', async ({ page }) => {
  await openDeck(page);
  // A slide with a source line at its foot, and room above it.
  const target = RENDERED.slides.find(({ citations, slide }) => citations.sources.size > 0 && slide.kind !== 'title')?.slide.id ?? SLIDE_IDS[0]!;
  await showWholeSlide(page, target);
  expect(await layoutProblems(page)).toEqual([]);
  // A scratch bullet list in the page only: a bullet far too long, and a word no line can hold.
  await page.evaluate((id) => {
    const list = document.createElement('ul');
    list.className = 'bullets';
    for (const text of ['A bullet that goes on and on. '.repeat(40), 'Unbreakable'.repeat(30)]) {
      const item = document.createElement('li');
      item.textContent = text;
      list.append(item);
    }
    document.querySelector(`section#${id} .slide-body`)!.append(list);
  }, target);
  const problems = (await layoutProblems(page)).join("\n");
  expect(problems).toMatch(/<li> "A bullet that goes on.*" leaves the slide \(bottom by \d+px\)/);
  expect(problems).toMatch(/<li> "Unbreakable.*" (spills out of its box by \d+px of width|leaves the slide \(right)/);
  expect(problems).toMatch(/<li> "A bullet that goes on.*" runs into the source line/);
});
