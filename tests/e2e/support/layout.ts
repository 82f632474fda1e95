/** What a projector would show wrong on the slide in view: anything outside the slide, or clipped inside it. */
import type { Page } from '@playwright/test';

/** Projector and laptop screens a meetup may hand the speaker, 4:3 included. */
export const PROJECTORS = [
  { name: '720p', width: 1280, height: 720 },
  { name: '1080p', width: 1920, height: 1080 },
  { name: 'WXGA laptop', width: 1366, height: 768 },
  { name: '4:3 XGA', width: 1024, height: 768 },
] as const;

/** Shows the slide with every fragment in, as the audience sees it last. */
export async function showWholeSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const slide = document.getElementById(slideId);
    if (!slide) throw new Error(`no slide #${slideId}`);
    const { h, v } = window.Reveal.getIndices(slide);
    window.Reveal.slide(h, v);
    while (window.Reveal.nextFragment());
  }, id);
}

/**
 * Problems on the slide in view, each naming the element: a box that leaves the slide, and an
 * element whose content is larger than its box (text cut off, a scrollbar, a line pushed out).
 * With `slides`, a selector, every slide it matches instead, each within its own box (a handout's
 * sheets), its problems named by its id.
 */
export function layoutProblems(page: Page, slides?: string): Promise<string[]> {
  return page.evaluate(async (selector) => {
    await document.fonts.ready;
    const TOLERANCE = 1;
    if (selector) {
      const all = [...document.querySelectorAll<HTMLElement>(selector)];
      if (all.length === 0) return [`no slide matches ${selector}`];
      return all.flatMap((slide) => problemsOf(slide, slide.getBoundingClientRect()).map((problem) => `${slide.id}: ${problem}`));
    }
    const inView = document.querySelector<HTMLElement>('.reveal .slides section.present:not(.stack)');
    const frame = document.querySelector<HTMLElement>('.reveal .slides')?.getBoundingClientRect();
    if (!inView || !frame) return ['no slide in view'];
    return problemsOf(inView, frame);

    function problemsOf(slide: HTMLElement, frame: DOMRect): string[] {
      const name = (el: Element) => {
        const classes = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `<${el.tagName.toLowerCase()}${classes}>${text ? ` "${text}"` : ''}`;
      };
      const skipped = (el: Element) => el.closest('aside.notes, .sr-only, .chart-table') !== null || (el.parentElement?.closest('svg') ?? null) !== null;
      const problems: string[] = [];
      for (const el of [slide, ...slide.querySelectorAll('*')]) {
        if (skipped(el) || el.getClientRects().length === 0) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const outside = [
          box.left < frame.left - TOLERANCE && `left by ${Math.round(frame.left - box.left)}px`,
          box.top < frame.top - TOLERANCE && `top by ${Math.round(frame.top - box.top)}px`,
          box.right > frame.right + TOLERANCE && `right by ${Math.round(box.right - frame.right)}px`,
          box.bottom > frame.bottom + TOLERANCE && `bottom by ${Math.round(box.bottom - frame.bottom)}px`,
        ].filter(Boolean);
        if (outside.length > 0) problems.push(`${name(el)} leaves the slide (${outside.join(', ')})`);
        if (!(el instanceof HTMLElement) || el instanceof HTMLCanvasElement || el instanceof HTMLImageElement) continue;
        const { clientWidth, clientHeight, scrollWidth, scrollHeight } = el;
        if (clientWidth === 0 && clientHeight === 0) continue;
        const style = getComputedStyle(el);
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        const holdsText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
        if (!clips && !holdsText) continue;
        // Glyphs of a tight line-height reach past their line box; that slack is not overflow, unless
        // the box clips (then even a pixel is cut off or scrolls).
        const slack = clips ? TOLERANCE : Math.max(2, 0.3 * parseFloat(style.fontSize));
        const verb = clips ? 'is cut off' : 'spills out of its box';
        if (scrollHeight - clientHeight > slack) problems.push(`${name(el)} ${verb} by ${scrollHeight - clientHeight}px of height`);
        if (scrollWidth - clientWidth > (clips ? TOLERANCE : 2)) problems.push(`${name(el)} ${verb} by ${scrollWidth - clientWidth}px of width`);
      }
      // Lines of text, each with the element that holds it.
      const lines: { owner: HTMLElement; box: DOMRect }[] = [];
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const owner = node.parentElement;
        if (!owner || skipped(owner) || node.textContent!.trim() === '' || owner.getClientRects().length === 0) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) if (box.width > 0) lines.push({ owner, box });
      }
      for (const { owner, box } of lines) {
        if (box.left < frame.left - TOLERANCE || box.right > frame.right + TOLERANCE || box.top < frame.top - TOLERANCE || box.bottom > frame.bottom + TOLERANCE) {
          problems.push(`${name(owner)} has a line of text outside the slide`);
        }
      }
      const meet = (a: DOMRect, b: DOMRect) => a.left < b.right - TOLERANCE && a.right > b.left + TOLERANCE && a.top < b.bottom - TOLERANCE && a.bottom > b.top + TOLERANCE;

      // The source line sits at the slide's foot, out of the flow: nothing of the slide may run into it.
      const citeLines = lines.filter(({ owner }) => owner.closest('.cite'));
      const body = [
        ...lines.filter(({ owner }) => !owner.closest('.cite')),
        ...[...slide.querySelectorAll('canvas, svg, img, input, button')].filter((el) => !skipped(el) && el.getClientRects().length > 0).map((el) => ({ owner: el as HTMLElement, box: el.getBoundingClientRect() })),
      ];
      for (const cite of citeLines) {
        for (const other of body) if (meet(cite.box, other.box)) problems.push(`${name(other.owner)} runs into the source line`);
      }

      // reveal's slide number and arrows sit over the slide's corner: no line of text may run under them.
      const chrome = [...document.querySelectorAll<HTMLElement>('.reveal > .slide-number, .reveal > .controls .controls-arrow')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && parseFloat(getComputedStyle(el.closest('.controls') ?? el).opacity) > 0)
        .map((el) => ({ el, box: el.getBoundingClientRect() }));
      for (const line of lines) {
        for (const { el, box } of chrome) if (meet(line.box, box)) problems.push(`${name(line.owner)} runs under reveal's ${el.className}`);
      }
      return [...new Set(problems)];
    }
  }, slides);
}
