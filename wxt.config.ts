import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ICON_FILES } from './modules/icons';

/**
 * The CSP of every extension page (popup, reader tab). Scripts and styles come from the
 * extension only; images from https and data: only (the article's own); no plugins, frames,
 * forms, <base>, or connections elsewhere. Trusted Types make the browser refuse any HTML
 * string written into the DOM (innerHTML, DOMParser…) that did not come through DOMPurify's
 * policy: the lint rule catches such code, this stops it at run time if it slips through.
 * Left out of development builds, whose live reload needs a local server and eval.
 */
const EXTENSION_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src https: data:',
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types dompurify',
].join('; ');

/**
 * The add-on's id on addons.mozilla.org; it must never change once published, or Firefox
 * treats an update as a different add-on (and loses its stored settings).
 */
const GECKO_ID = 'quiet-reader@quietreader.example';

/**
 * Firefox 140 is the first desktop release that reads `data_collection_permissions` (142 on
 * Android); everything else used here (MV3, scripting.executeScript with `files` and results,
 * `_execute_action`) is older.
 */
const FIREFOX_MIN_VERSION = { desktop: '140.0', android: '142.0' };

/** Chrome 126 is the first with `URL.parse`, which the content script and the reader use. */
const CHROME_MIN_VERSION = '126';

/**
 * The content script, injected into every page read, must stay under 70 kB: terser packs it
 * about 1.2 kB tighter than Vite's default minifier, esbuild. Its build is the one WXT makes as a
 * library (an unlisted script, one IIFE). `wrap_iife` keeps the IIFE in parentheses, the shape
 * WXT looks for to drop the `var extract =` in front: the script's value must be the IIFE's,
 * as that is the reply executeScript hands the popup. `unsafe_arrows` writes function
 * expressions that use no `this` as arrows (0.6 kB): unsafe only for a function expression
 * called with `new` or read for its prototype, and the script has none (Readability is a
 * function declaration; ours are classes). The popup keeps esbuild, which packs its code
 * (DOMPurify's, already minified) about 0.9 kB tighter than terser.
 */
function terserForContentScript(): Plugin {
  return {
    name: 'quiet-reader:terser-for-content-script',
    config: (config) =>
      config.build?.lib
        ? { build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, format: { wrap_iife: true } } } }
        : undefined,
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports: a reader of the code sees where every name comes from.
  imports: false,
  manifest: ({ mode, browser }) => ({
    // Texts come from locales/<language>.yml through the browser's i18n (`__MSG_…__`).
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    permissions: ['activeTab', 'scripting', 'storage'],
    // The end-to-end build may inject into the local test server without a toolbar click.
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
    icons: ICON_FILES,
    // The button's tooltip (action.default_title) is set in entrypoints/popup/index.html.
    action: { default_icon: ICON_FILES },
    commands: {
      // The browser opens the popup on this key; people can change it in the browser's shortcut settings.
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_extension_commandDescription__' },
    },
    ...(mode === 'development' ? {} : { content_security_policy: { extension_pages: EXTENSION_PAGE_CSP } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION.desktop,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_MIN_VERSION.android },
          },
        }
      : { minimum_chrome_version: CHROME_MIN_VERSION }),
  }),
  // Vite's modulepreload polyfill is for browsers without <link rel="modulepreload">; every
  // browser that runs this extension (Chromium, Firefox 140+) has it. Left out, the popup's
  // script is 1.2 kB smaller.
  vite: () => ({ build: { modulePreload: { polyfill: false } }, plugins: [terserForContentScript()] }),
  zip: {
    // What an addons.mozilla.org reviewer needs to rebuild the add-on, and nothing else:
    // no tests, fixtures, scripts, logs or build output.
    includeSources: [
      'package.json',
      'package-lock.json',
      // Applied to node_modules by `npm ci` (postinstall: patch-package); the build needs them.
      'patches/**',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'docs/STORE.md',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'assets/**',
      'locales/**',
      'modules/**',
    ],
  },
});
