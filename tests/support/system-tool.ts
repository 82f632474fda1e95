/**
 * For the few checks that only a system program can make (LibreOffice rendering a .pptx, say): they
 * run wherever the program is installed and always in CI, which installs it (.ci/run); elsewhere
 * they print one line saying what was not checked and how to enable it, then skip. Nothing else in
 * the suite may skip.
 *
 *   const soffice = systemTool({ names: ['soffice', 'libreoffice'], checks: 'the .pptx rendering', install: 'sudo apt-get install libreoffice-impress' });
 *   test.skip(!soffice, 'LibreOffice is not installed');
 */
import { onPath } from '../../src/node/browser.ts';

export interface SystemTool {
  /** Command names to look for on the PATH, in order. */
  readonly names: readonly string[];
  /** What is not checked without it, for the line: "the .pptx rendering". */
  readonly checks: string;
  /** How to get it: "sudo apt-get install libreoffice-impress (macOS: brew install --cask libreoffice)". */
  readonly install: string;
}

const told = new Set<string>();

/**
 * The program's path; where it is missing, undefined after one line (once per process), or, in CI,
 * an error: CI installs the program, so its absence there is a broken setup, not a skip.
 */
export function systemTool(tool: SystemTool, env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.log): string | undefined {
  for (const name of tool.names) {
    const found = onPath(name, env);
    if (found) return found;
  }
  const line = `Not checked: ${tool.checks}, since ${tool.names.join(' / ')} is not installed. To check it: ${tool.install}.`;
  if (env.CI) throw new Error(`${line} CI must install it (.ci/run).`);
  if (!told.has(line)) log(line);
  told.add(line);
  return undefined;
}
