import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

// One-way imports (DESIGN.md): ui, content, storage, i18n, routing, pwa → features → app.
// Features never import each other; what two features share moves down.
const layers = {
  lower: ['ui', 'content', 'storage', 'i18n', 'routing', 'pwa', 'schedule', 'cues'],
  features: readdirSync(new URL('./src/features', import.meta.url)),
};

const noUpwardImports = [
  ...layers.lower.map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/features/**', '**/app/**'], message: `src/${layer} sits below features and app.` }],
        },
      ],
    },
  })),
  ...layers.features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Features do not import the app shell.' },
            ...layers.features
              .filter((other) => other !== feature)
              .map((other) => ({
                group: [`**/features/${other}/**`, `../${other}/**`],
                message: 'Features do not import each other: move what they share into a lower module.',
              })),
          ],
        },
      ],
    },
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Text is rendered as text, never as markup: no HTML injection anywhere.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'No innerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No document.write.',
        },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: 'No createContextualFragment (it parses markup).',
        },
        { selector: "MemberExpression[property.name='srcdoc']", message: 'No srcdoc (it is markup).' },
      ],
      // The CSP forbids eval too (no 'unsafe-eval'); lint catches it before a browser would.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...noUpwardImports,
  // Small functions with one job each (issue 17): a page, hook or helper that grows past this is split
  // into named parts rather than read as one long closure.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 12],
    },
  },
);
