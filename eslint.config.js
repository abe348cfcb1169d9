import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Untrusted HTML reaches the DOM only through the sanitizer: no innerHTML, outerHTML,
  // insertAdjacentHTML or document.write of anything else.
  noUnsanitized.configs.recommended,
  {
    rules: {
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
