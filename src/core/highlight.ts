/** Build-time code highlighting: highlight.js core with only the languages slides may use. */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
/** The languages a code slide may use: each is registered below, and only these ship. */
export type CodeLanguage = 'typescript' | 'python' | 'bash' | 'json';

const LANGUAGES: Record<CodeLanguage, Parameters<typeof hljs.registerLanguage>[1]> = { bash, json, python, typescript };
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

/** The code as highlighted HTML; highlight.js escapes the source. */
export function highlight(code: string, language: CodeLanguage): string {
  return hljs.highlight(code, { language, ignoreIllegals: false }).value;
}
