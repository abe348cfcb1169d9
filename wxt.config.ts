import { defineConfig } from 'wxt';

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

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: a reader of the code sees where every name comes from.
  imports: false,
  manifest: ({ mode }) => ({
    name: 'Quiet Reader',
    description: 'Read articles without the clutter: a clean, private reader view in your toolbar.',
    permissions: ['activeTab', 'scripting', 'storage'],
    // The end-to-end build may inject into the local test server without a toolbar click.
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
    action: { default_title: 'Read this page in Quiet Reader' },
    ...(mode === 'development' ? {} : { content_security_policy: { extension_pages: EXTENSION_PAGE_CSP } }),
  }),
});
