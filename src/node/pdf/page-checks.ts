/** Checks run in the print view before anything is written: fonts loaded, charts painted sharply. */
import type { Page } from '@playwright/test';

/** Fonts that failed, and self-hosted families the text uses but that never loaded (a fallback font printed). */
export function fontProblems(page: Page): Promise<string[]> {
  // No helper functions inside: tsx wraps named functions in a helper the page does not have.
  return page.evaluate(async () => {
    await document.fonts.ready;
    const unquote = /^["']|["']$/g;
    const problems: string[] = [];
    const declared = new Set<string>();
    const loaded = new Set<string>();
    for (const face of document.fonts) {
      const family = face.family.replace(unquote, '');
      declared.add(family);
      if (face.status === 'loaded') loaded.add(family);
      if (face.status === 'error') problems.push(`font failed to load: ${family} ${face.weight} ${face.style}`);
    }
    const used = new Set<string>();
    for (const element of document.querySelectorAll<HTMLElement>('.pdf-page *')) {
      const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (hasText) used.add(getComputedStyle(element).fontFamily.split(',')[0]!.trim().replace(unquote, ''));
    }
    for (const family of used) if (declared.has(family) && !loaded.has(family)) problems.push(`font never loaded: ${family} (the PDF would print a fallback)`);
    return problems;
  });
}

/** Every chart in the print pages is painted, at twice its size or more. */
export function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>('.pdf-page figure.chart')) {
      const where = `chart "${figure.dataset.chartId ?? '?'}" on slide "${figure.closest('section')?.id ?? '?'}"`;
      const canvas = figure.querySelector('canvas');
      if (!canvas || canvas.clientWidth === 0 || canvas.clientHeight === 0) {
        problems.push(`${where} has no size on its page`);
        continue;
      }
      const probe = document.createElement('canvas');
      probe.width = 64;
      probe.height = 32;
      const context = probe.getContext('2d')!;
      context.drawImage(canvas, 0, 0, probe.width, probe.height);
      const painted = context.getImageData(0, 0, probe.width, probe.height).data.some((value, i) => i % 4 === 3 && value > 0);
      if (!painted) {
        problems.push(`${where} was not drawn (its canvas is blank)`);
        continue;
      }
      const ratio = canvas.width / canvas.clientWidth;
      if (ratio < 1.99) problems.push(`${where} is drawn at ${ratio.toFixed(2)}x, below the 2x that prints sharply`);
    }
    return problems;
  });
}
