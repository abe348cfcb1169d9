import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, useHarness } from './harness';
import { recordViolations } from './hostile-support';

/**
 * The content security policy of extension pages, as built and as Chromium enforces it:
 * what the page itself would do if untrusted markup or code ever got past the sanitizer.
 */

const harness = useHarness();

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('extension page CSP', () => {
  it('is in the built manifest, strict', () => {
    const manifest = JSON.parse(readFileSync(join(E2E_BUILD, 'manifest.json'), 'utf8')) as {
      content_security_policy?: { extension_pages?: string };
    };
    expect(directives(manifest.content_security_policy?.extension_pages ?? '')).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ['https:', 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'require-trusted-types-for': ["'script'"],
      'trusted-types': ['dompurify'],
    });
  });

  describe('in the reader page', () => {
    let page: Page;

    beforeAll(async () => {
      const tabId = await harness.browser.openTab(harness.server.url('/theprint-us-strikes.html'));
      page = await harness.browser.context.newPage();
      await page.addInitScript(recordViolations);
      await page.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`));
      await page.waitForSelector('#reader[data-state="ready"]', { timeout: 30_000 });
    });

    afterAll(async () => {
      await page?.close();
    });

    /**
     * Runs `action` in the page; returns how it ended ('ran' or the error's name) followed by
     * the CSP directives it violated, each once. Every action here must violate one: the
     * page waits for the first report, which may come a task or two after the action.
     */
    async function violationsOf(action: string): Promise<string[]> {
      return page.evaluate(`(async () => {
        const before = window.__qrViolations.length;
        const reported = new Promise((resolve) => document.addEventListener('securitypolicyviolation', () => setTimeout(resolve), { once: true }));
        let outcome = 'ran';
        try { await (async () => { ${action} })(); } catch (error) { outcome = error.name; }
        if (window.__qrViolations.length === before) await reported;
        const directives = window.__qrViolations.slice(before).map((violation) => violation.split(' ')[0]);
        return [outcome, ...new Set(directives)];
      })()`);
    }

    it('refuses HTML strings that did not come through DOMPurify (Trusted Types)', async () => {
      expect(await violationsOf("document.createElement('div').innerHTML = '<b>x</b>';")).toEqual(['TypeError', 'require-trusted-types-for']);
      expect(await violationsOf("new DOMParser().parseFromString('<b>x</b>', 'text/html');")).toEqual(['TypeError', 'require-trusted-types-for']);
      expect(await violationsOf("trustedTypes.createPolicy('mine', { createHTML: (s) => s });")).toEqual(['TypeError', 'trusted-types']);
    });

    it('runs no inline handler, javascript: URL or string timer', async () => {
      // (eval itself cannot be tested from here: code the test runner evaluates may eval.)
      expect(await violationsOf("const b = document.createElement('button'); b.setAttribute('onclick', 'window.__ran = 1'); document.body.append(b); b.click();")).toEqual([
        'TypeError',
        'require-trusted-types-for',
      ]);
      expect(await violationsOf("const a = document.createElement('a'); a.href = 'javascript:window.__ran = 2'; document.body.append(a); a.click();")).toEqual([
        'ran',
        'script-src-elem',
      ]);
      expect(await violationsOf("setTimeout('window.__ran = 3');")).toEqual(['TypeError', 'require-trusted-types-for']);
      expect(await page.evaluate('window.__ran')).toBeUndefined();
    });

    it('loads no style, connection, frame, base, plugin or plain-http image', async () => {
      expect(await violationsOf("const s = document.createElement('style'); s.append('p{color:red}'); document.head.append(s);")).toEqual(['ran', 'style-src-elem']);
      expect(await violationsOf("await fetch('https://img.test/data.json');")).toEqual(['TypeError', 'connect-src']);
      expect(await violationsOf("const f = document.createElement('iframe'); f.src = 'https://img.test/'; document.body.append(f);")).toEqual(['ran', 'frame-src']);
      expect(await violationsOf("const b = document.createElement('base'); b.href = 'https://img.test/'; document.head.append(b);")).toEqual(['ran', 'base-uri']);
      // A plugin's address is a script URL to Trusted Types: refused before object-src is asked.
      expect(await violationsOf("const o = document.createElement('object'); o.data = 'https://img.test/x.swf'; document.body.append(o);")).toEqual([
        'TypeError',
        'require-trusted-types-for',
      ]);
      expect(await violationsOf("const i = new Image(); i.src = 'http://img.test/plain.png'; document.body.append(i);")).toEqual(['ran', 'img-src']);
    });
  });
});
