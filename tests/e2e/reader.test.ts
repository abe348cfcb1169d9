import { describe, expect, it } from 'vitest';
import { openReader } from '../../scripts/lib/chromium';
import { useHarness } from './harness';

const harness = useHarness();

async function articleFontSize(page: import('playwright-core').Page): Promise<number> {
  return page.$eval('article .article-body p', (p) => Number.parseFloat(getComputedStyle(p).fontSize));
}

describe('reader popup', () => {
  it('shows the article of a news page', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/theprint-us-strikes.html'));
    const { page, state, errors } = await openReader(harness.browser, tabId);
    expect(state).toBe('ready');
    await expect(page.textContent('article h1')).resolves.toBe(
      'US strikes back at Iran-backed militia after deadly attack on Iraqi base',
    );
    const text = (await page.innerText('article')).replace(/\s+/g, ' ');
    expect(text).toContain('Katyusha rockets struck Camp Taji');
    await expect(page.textContent('article .site-name')).resolves.toBe('ThePrint');
    expect(text).toContain('Bloomberg');
    expect(text).toMatch(/\d+ min read/);
    expect(text).not.toContain('Support Our Journalism');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the text size in steps and remembers it', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/theprint-us-strikes.html'));
    const first = await openReader(harness.browser, tabId);
    const initial = await articleFontSize(first.page);
    const increase = first.page.getByRole('button', { name: 'Increase text size' });
    const decrease = first.page.getByRole('button', { name: 'Decrease text size' });
    await increase.click();
    await increase.click();
    expect(await articleFontSize(first.page)).toBe(initial + 4);
    await decrease.click();
    expect(await articleFontSize(first.page)).toBe(initial + 2);
    await first.page.keyboard.press('+');
    expect(await articleFontSize(first.page)).toBe(initial + 4);
    await first.page.close();

    const otherTab = await harness.browser.openTab(harness.server.url('/theprint-us-strikes.html?again'));
    const second = await openReader(harness.browser, otherTab);
    expect(await articleFontSize(second.page)).toBe(initial + 4);
    await second.page.keyboard.press('0');
    expect(await articleFontSize(second.page)).toBe(initial);
    await second.page.close();
  });

  it('says plainly when a page is not an article', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/pages/not-an-article.html'));
    const { page, state, errors } = await openReader(harness.browser, tabId);
    expect(state).toBe('error');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('This page doesn’t look like an article.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says plainly when the browser forbids reading the page', async () => {
    for (const url of ['chrome://version', 'about:blank']) {
      const tabId = await harness.browser.openTab(url);
      const { page, state, errors } = await openReader(harness.browser, tabId);
      expect(state, url).toBe('error');
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/can’t read|doesn’t let/);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
