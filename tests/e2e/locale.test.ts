import { describe, expect, it } from 'vitest';
import { openReader } from '../../scripts/lib/chromium';
import { builtMessage, useHarness } from './harness';

// Chromium takes its UI language, and so the extension's, from --lang (on Linux too, without LANGUAGE).
const harness = useHarness({ args: ['--lang=de'] });

describe('in a German browser', () => {
  it('says in German that a page is not an article', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/pages/not-an-article.html'));
    const { page, state, errors } = await openReader(harness.browser, tabId);
    expect(state).toBe('error');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Diese Seite sieht nicht wie ein Artikel aus.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in German that the browser forbids reading its own pages', async () => {
    const tabId = await harness.browser.openTab('chrome://version');
    const { page, state } = await openReader(harness.browser, tabId);
    expect(state).toBe('error');
    // Opened without a toolbar click, the popup may not see the tab's address: either sentence is right.
    const alert = await page.getByRole('alert').textContent();
    expect([builtMessage('de', 'error.browserPage'), builtMessage('de', 'error.cannotAccess')]).toContain(alert);
    await page.close();
  });
});
