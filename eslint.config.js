// Lint (npm run lint, part of npm test): typescript-eslint's recommended rules over the TypeScript, React's hooks
// rules (the React Compiler's among them) over the workbench, and the house limit of 80 lines a function.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'corpus/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `any` marks the few places where a type cannot be said (commander's options, Kysely's dynamic columns).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Control characters are data this tool reads, strips and refuses: its patterns name them on purpose.
      'no-control-regex': 'off',
      // Reports are full of ideographic and other wide spaces, in strings, patterns and comments alike.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, IIFEs: true }] },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Code run in the page by the browser scripts (page.evaluate).
    files: ['scripts/**/*.js', 'bench/**/*.js', 'test/web/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
