/**
 * Checks markup with html-validate, with the project's rules (.htmlvalidate.json: its recommended
 * set), and reports each problem as one readable line. Used on the build's pages and on the page as
 * each view leaves it (tests/e2e/html-valid.spec.ts); the W3C's Nu checker is scripts/check-html.ts.
 */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { PROJECT_ROOT } from '../../src/node/build.ts';

export interface HtmlProblem {
  readonly rule: string;
  readonly selector: string;
  readonly message: string;
  readonly line: number;
}

const validator = new HtmlValidate();

/** Errors in `markup`, checked as if it were the file `name` in the project (which picks the config). */
export async function htmlErrors(markup: string, name = 'dist/index.html'): Promise<HtmlProblem[]> {
  const report = await validator.validateString(markup, join(PROJECT_ROOT, name));
  return report.results.flatMap((result) =>
    result.messages.filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, selector: m.selector ?? '', message: m.message, line: m.line })),
  );
}

/** How many errors of each rule: the summary a report and a failure show first. */
export function countByRule(problems: readonly HtmlProblem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const problem of problems) counts[problem.rule] = (counts[problem.rule] ?? 0) + 1;
  return counts;
}
