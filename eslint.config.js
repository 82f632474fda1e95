import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Markup may only be built by the `html` tag in src/core/render/html.ts, which escapes what it
// interpolates; anything that parses strings as HTML or code is off limits everywhere else.
const NO_RAW_HTML = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Build markup with the html tag (src/core/render/html.ts) or DOM APIs, not innerHTML.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Build markup with the html tag or DOM APIs, not outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build markup with the html tag or DOM APIs, not insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'document.write is not allowed.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...NO_RAW_HTML],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
