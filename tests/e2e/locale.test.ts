import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReader } from '../../scripts/lib/chromium';
import { E2E_BUILD, useHarness } from './harness';

/** The German sentences, as built into the extension (locales/de.yml). */
const GERMAN: Record<string, { message: string }> = JSON.parse(readFileSync(join(E2E_BUILD, '_locales', 'de', 'messages.json'), 'utf8'));

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
    expect([GERMAN.error_browserPage?.message, GERMAN.error_cannotAccess?.message]).toContain(alert);
    await page.close();
  });
});
