import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openReader } from '../../scripts/lib/chromium';
import { useHarness } from './harness';

const harness = useHarness();
const SEED = '/theprint-us-strikes.html';

async function openSeed(path = 'popup.html') {
  const tabId = await harness.browser.openTab(harness.server.url(SEED));
  const reader = await openReader(harness.browser, tabId, path);
  expect(reader.state).toBe('ready');
  return { ...reader, tabId };
}

async function choose(page: Page, name: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Reader settings' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('radio', { name }).check();
}

const articleStyle = (page: Page) =>
  page.$eval('article', (article) => {
    const style = getComputedStyle(article);
    const body = getComputedStyle(document.body);
    return {
      fontFamily: style.fontFamily,
      maxWidth: Number.parseFloat(style.maxWidth),
      lineHeight: Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize),
      background: body.backgroundColor,
      color: style.color,
    };
  });

describe('reader settings', () => {
  beforeEach(async () => {
    const page = await harness.browser.context.newPage();
    await page.goto(harness.browser.extensionUrl('popup.html?tabId=2147483647'));
    await page.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]));
    await page.close();
  });

  it('applies a theme at once and keeps it next time', async () => {
    const first = await openSeed();
    const light = await articleStyle(first.page);
    await choose(first.page, 'Theme: Dark');
    const dark = await articleStyle(first.page);
    expect(dark.background).not.toBe(light.background);
    expect(dark.background).toBe('rgb(27, 27, 31)');
    await first.page.close();

    const second = await openSeed();
    expect(await second.page.getAttribute('html', 'data-theme')).toBe('dark');
    expect((await articleStyle(second.page)).background).toBe('rgb(27, 27, 31)');
    await second.page.getByRole('button', { name: 'Reader settings' }).click();
    await expect(second.page.getByRole('radio', { name: 'Theme: Dark' }).isChecked()).resolves.toBe(true);
    expect(second.errors).toEqual([]);
    await second.page.close();
  });

  it('follows the system colour scheme by default', async () => {
    const { page } = await openSeed();
    expect(await page.getAttribute('html', 'data-theme')).toBe('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await articleStyle(page)).background).toBe('rgb(27, 27, 31)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await articleStyle(page)).background).toBe('rgb(253, 252, 249)');
    await page.close();
  });

  it('changes font, line spacing and width', async () => {
    const { page } = await openSeed();
    const before = await articleStyle(page);
    await choose(page, 'Font: Sans-serif');
    await choose(page, 'Width: Wide');
    await choose(page, 'Line spacing: Loose');
    const after = await articleStyle(page);
    expect(after.fontFamily).not.toBe(before.fontFamily);
    expect(after.fontFamily).toMatch(/sans-serif/);
    expect(after.maxWidth).toBeGreaterThan(before.maxWidth);
    expect(after.lineHeight).toBeGreaterThan(before.lineHeight);
    await choose(page, 'Font: OpenDyslexic');
    await page.waitForFunction(() => document.fonts.check('16px OpenDyslexic'));
    await page.close();
  });

  it('closes the settings panel with Escape and returns focus to its button', async () => {
    const { page } = await openSeed();
    const toggle = page.getByRole('button', { name: 'Reader settings' });
    await toggle.click();
    await expect(page.getByRole('region', { name: 'Reader settings' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#settings-panel').isHidden()).resolves.toBe(true);
    await expect(toggle.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  it('loads no image at all when images are off', async () => {
    const first = await openSeed();
    await first.page.getByRole('button', { name: 'Reader settings' }).click();
    await first.page.getByRole('checkbox', { name: 'Load images' }).uncheck();
    expect(await first.page.locator('article img').count()).toBe(0);
    await first.page.close();
    const second = await openSeed();
    expect(await second.page.locator('article img').count()).toBe(0);
    await second.page.close();
  });

  it('opens the same article with the same settings in a full tab', async () => {
    const popup = await openSeed();
    await choose(popup.page, 'Theme: Sepia');
    await popup.page.getByRole('button', { name: 'Increase text size' }).click();
    const popupTitle = await popup.page.textContent('article h1');
    await popup.page.$eval('#reader', (reader) => {
      reader.scrollTop = (reader.scrollHeight - reader.clientHeight) / 2;
    });
    const newTab = harness.browser.context.waitForEvent('page');
    await popup.page.getByRole('button', { name: 'Open in tab' }).click();
    const tab = await newTab;
    await tab.waitForSelector('#reader[data-state="ready"]');
    expect(tab.url()).toContain(`/reader.html?tabId=${popup.tabId}`);
    await expect(tab.textContent('article h1')).resolves.toBe(popupTitle);
    expect(await tab.getAttribute('html', 'data-theme')).toBe('sepia');
    expect(await tab.$eval('article .article-body p', (p) => getComputedStyle(p).fontSize)).toBe('20px');
    // The tab opens at the same place in the article: about halfway down.
    await tab.waitForFunction(() => window.scrollY > 0);
    const fraction = await tab.evaluate(() => window.scrollY / (document.documentElement.scrollHeight - innerHeight));
    expect(fraction).toBeGreaterThan(0.4);
    expect(fraction).toBeLessThan(0.6);
    await tab.close();
  });

  it('lays a right-to-left article out right to left', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/pages/rtl-article.html'));
    const { page, state } = await openReader(harness.browser, tabId);
    expect(state).toBe('ready');
    expect(await page.getAttribute('article', 'dir')).toBe('rtl');
    expect(await page.getAttribute('article', 'lang')).toBe('ar');
    const direction = await page.$eval('article .article-body p', (p) => getComputedStyle(p).direction);
    expect(direction).toBe('rtl');
    await page.close();
  });

  it('draws formulas as MathML, inline and displayed, without their TeX source', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/pages/math-article.html'));
    const { page, state, errors } = await openReader(harness.browser, tabId);
    expect(state).toBe('ready');
    const formulas = await page.$$eval('article .article-body math', (maths) =>
      maths.map((math) => {
        const box = math.getBoundingClientRect();
        return { text: math.textContent, display: getComputedStyle(math).display, width: box.width, height: box.height };
      }),
    );
    expect(formulas.map((formula) => formula.text)).toEqual(['a≠0', 'x=−b±b2−4ac2a.', 'E=mc2']);
    expect(formulas.map((formula) => formula.display)).toEqual(['math', 'block math', 'math']);
    // Chromium lays the formulas out: a fraction stands taller than a line of text.
    for (const formula of formulas) expect(formula.width).toBeGreaterThan(10);
    expect(formulas[1]!.height).toBeGreaterThan(formulas[0]!.height * 1.5);
    expect(await page.textContent('article')).not.toContain('mc^2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['Light', 'light'],
    ['Dark', 'light'],
    ['Sepia', 'light'],
    ['Match system', 'light'],
    ['Match system', 'dark'],
  ] as const)('has no serious or critical accessibility violation in theme %s (system %s)', async (theme, colorScheme) => {
    const { page } = await openSeed();
    await page.emulateMedia({ colorScheme });
    await choose(page, `Theme: ${theme}`);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
