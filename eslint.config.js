import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Untrusted HTML reaches the DOM only through the sanitizer (utils/sanitize.ts): no
  // innerHTML, outerHTML, srcdoc, insertAdjacentHTML, document.write, createContextualFragment,
  // setHTMLUnsafe, or a parse of HTML that could bypass it, of anything but a literal.
  // tests/unit/sanitize-lint.test.ts checks that these stay errors.
  noUnsanitized.configs.recommended,
  {
    // no-implied-eval only watches functions it knows to be globals.
    languageOptions: { globals: { setTimeout: 'readonly', setInterval: 'readonly', window: 'readonly', globalThis: 'readonly' } },
    rules: {
      'no-unsanitized/property': ['error', {}, { srcdoc: {} }],
      'no-unsanitized/method': [
        'error',
        {},
        { parseFromString: { properties: [0] }, parseHTMLUnsafe: { properties: [0] } },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests build their jsdom fixtures from strings.
    files: ['tests/**/*.ts'],
    rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
);
