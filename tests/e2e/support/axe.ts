/** axe-core on the page, with one readable line per violation. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

/** One line per violation, naming the rule, the element and what to fix, for a readable failure. */
export function describeViolations(where: string, violations: readonly Result[]): string[] {
  return violations.flatMap((v) => v.nodes.map((node) => `${where}: ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/**
 * axe on the page or a part of it. Legacy mode runs axe in the page only, without the cross-frame
 * protocol: the deck has no frames, and it halves the time per run.
 */
export function axe(page: Page, include?: string | string[], exclude?: string): Promise<AxeResults> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  for (const selector of [include ?? []].flat()) builder = builder.include(selector);
  if (exclude) builder = builder.exclude(exclude);
  return builder.analyze();
}
