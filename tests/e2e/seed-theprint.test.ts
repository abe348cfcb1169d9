import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReader } from '../../scripts/lib/chromium';
import { FIXTURES, useHarness } from './harness';

interface SeedExpectations {
  mustContain: string[];
  mustNotContain: string[];
  neverRequestHosts: string[];
  linksWithoutTrackingParams: Record<string, string>;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'theprint-us-strikes.expected.json'), 'utf8')) as SeedExpectations;
const harness = useHarness();

function pageOf(request: Request): Page | null {
  try {
    return request.frame().page();
  } catch {
    // Service worker requests have no frame.
    return null;
  }
}

describe('the seed news page in the reader', () => {
  it('shows the article without its chrome, trackers or tracking parameters', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/theprint-us-strikes.html'));
    // Listen on the whole context from before the reader opens, so its first requests count too.
    const requests: { url: string; page: Page | null }[] = [];
    const record = (request: Request) => requests.push({ url: request.url(), page: pageOf(request) });
    harness.browser.context.on('request', record);
    const { page, state, errors } = await openReader(harness.browser, tabId);
    try {
      expect(state).toBe('ready');
      const body = page.locator('article .article-body');
      const text = (await body.innerText()).replace(/\s+/g, ' ');
      for (const passage of expected.mustContain) expect(text, passage).toContain(passage.replace(/\s+/g, ' '));
      for (const chrome of expected.mustNotContain) expect(text, chrome).not.toContain(chrome);

      // The featured image sits outside the content Readability picks; its caption is kept.
      expect(text).toContain('Representational image | A US Army soldier at a coalition base in Iraq');

      const hrefs = await body.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const [tracked, clean] of Object.entries(expected.linksWithoutTrackingParams)) {
        expect(hrefs).not.toContain(tracked);
        expect(hrefs).toContain(clean);
      }
      expect(hrefs.filter((href) => /[?&](?:utm_|fbclid|gclid)/.test(href ?? ''))).toEqual([]);

      // Requests are made when the view is built: by the time it is ready, they have all been issued.
      const fromReader = requests.filter((request) => request.page === page).map((request) => new URL(request.url).hostname);
      expect(fromReader.length).toBeGreaterThan(0);
      for (const host of expected.neverRequestHosts) expect(fromReader, host).not.toContain(host);
      // Lazy images below the fold may not have been requested yet: none may point at those hosts either.
      const imageHosts = await body.locator('img').evaluateAll((images) => images.map((image) => new URL((image as HTMLImageElement).src).hostname));
      expect(imageHosts).toContain('static.theprint.in');
      for (const host of expected.neverRequestHosts) expect(imageHosts, host).not.toContain(host);
      expect(errors).toEqual([]);
    } finally {
      harness.browser.context.off('request', record);
      await page.close();
    }
  });
});
