import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader } from '../../scripts/lib/chromium';
import { builtMessage, useHarness } from './harness';
import { servePages, type PageServer } from './pages';

const harness = useHarness();
const english = (key: string) => builtMessage('en', key);
let pages: PageServer;
beforeAll(async () => {
  pages = await servePages();
});
afterAll(async () => pages?.close());

async function read(url: string, options?: { waitForLoad?: boolean }) {
  const tabId = await harness.browser.openTab(url, options);
  return { tabId, ...(await openReader(harness.browser, tabId)) };
}

const alertText = (reader: Awaited<ReturnType<typeof read>>) => reader.page.getByRole('alert').textContent();
const articleText = async (reader: Awaited<ReturnType<typeof read>>) => (await reader.page.innerText('article')).replace(/\s+/g, ' ');

/** Reads `url` and checks that the reader shows its article with `text` in it, and that nothing reached the console. */
async function expectArticle(url: string, text: string): Promise<void> {
  const reader = await read(url);
  expect(reader.state, url).toBe('ready');
  expect(await articleText(reader)).toContain(text);
  expect(reader.errors).toEqual([]);
  await reader.page.close();
}

/** Reads `url` and checks that the reader says it is no article, with nothing to show anyway. */
async function expectNoArticle(url: string): Promise<void> {
  const reader = await read(url);
  expect(reader.state, url).toBe('error');
  await expect(alertText(reader)).resolves.toBe(english('error.notArticle'));
  expect(await reader.page.getByRole('button', { name: 'Show anyway' }).count()).toBe(0);
  expect(reader.errors).toEqual([]);
  await reader.page.close();
}

describe('reading any page', () => {
  it('offers "Show anyway" on a page that is not an article, and shows what it found', async () => {
    const reader = await read(harness.server.url('/pages/not-an-article.html'));
    expect(reader.state).toBe('error');
    await expect(alertText(reader)).resolves.toBe(english('error.notArticle'));
    await reader.page.getByRole('button', { name: 'Show anyway' }).click();
    await reader.page.waitForSelector('#reader[data-state="ready"] article');
    expect(await articleText(reader)).toContain('Blue mug');
    expect(reader.errors).toEqual([]);
    await reader.page.close();
  });

  it('says an empty page is not an article', async () => {
    await expectNoArticle(harness.server.url('/pages/empty.html'));
  });

  it('reads a huge page (tens of thousands of elements)', async () => {
    await expectArticle(pages.url('/huge.html'), 'Huge 40.');
  });

  it('says plainly that an article longer than the reader takes is too large', async () => {
    const reader = await read(pages.url('/book.html'));
    expect(reader.state).toBe('error');
    await expect(alertText(reader)).resolves.toBe(english('error.tooLarge'));
    expect(reader.errors).toEqual([]);
    await reader.page.close();
  }, 60_000);

  it('reads a deeply nested page', async () => {
    const reader = await read(pages.url('/deep.html'));
    expect(['ready', 'error']).toContain(reader.state);
    if (reader.state === 'ready') expect(await articleText(reader)).toContain('Deep 12.');
    else await expect(alertText(reader)).resolves.toBeTruthy();
    expect(reader.errors).toEqual([]);
    await reader.page.close();
  });

  it('shows the characters a garbled (mis-decoded) page meant, and its title without the site name', async () => {
    const reader = await read(pages.url('/mojibake.html'));
    expect(reader.state).toBe('ready');
    await expect(reader.page.textContent('article h1')).resolves.toBe('The mayor’s plan');
    expect(await articleText(reader)).toContain('The mayor’s plan costs €5 million — a café à la carte.');
    expect(await reader.page.title()).toBe('The mayor’s plan – Quiet Reader');
    await reader.page.close();
  });

  it('reads an article inside a same-origin frame', async () => {
    const reader = await read(pages.url('/frame.html'));
    expect(reader.state).toBe('ready');
    expect(await articleText(reader)).toContain('Framed 12.');
    await reader.page.close();
  });

  it('shows lazy-loaded images with their real addresses', async () => {
    const reader = await read(pages.url('/lazy.html'));
    expect(reader.state).toBe('ready');
    const sources = await reader.page.$$eval('article img', (images) => images.map((image) => image.getAttribute('src')));
    // Behind a GIF stand-in (Readability's own case), behind an empty SVG (WordPress plugins'), in a <picture>;
    // a stand-in whose address is lost would show as a blank the size of a photo, so it goes, its caption stays.
    expect(sources).toEqual(['https://images.example/lazy-real.jpg', 'https://images.example/svg-stand-in.jpg', 'https://images.example/picture.jpg']);
    expect(await articleText(reader)).toContain('A lazy-loaded photo');
    expect(await articleText(reader)).toContain('A stand-in with no address');
    await reader.page.close();
  });

  it('reads an article a page builds in shadow roots, nested and slotted, in the order it is shown', async () => {
    const reader = await read(pages.url('/shadow.html'));
    expect(reader.state).toBe('ready');
    const text = await articleText(reader);
    expect(text).toContain('Slotted lead.');
    expect(text).toContain('Shadow 8.');
    expect(text.indexOf('Slotted lead.')).toBeLessThan(text.indexOf('Shadow 1.'));
    expect(text).not.toContain('Shadow News');
    expect(reader.errors).toEqual([]);
    await reader.page.close();
  });

  it('waits for a page that is still loading instead of reading half of it', async () => {
    const reader = await read(pages.url('/slow.html'), { waitForLoad: false });
    expect(reader.state).toBe('ready');
    expect(await articleText(reader)).toContain('Late 10.');
    await reader.page.close();
  });

  it('is not fooled by a page that keeps changing and tampers with globals', async () => {
    await expectArticle(pages.url('/mutating.html'), 'Busy 12.');
  });

  it('survives a popup closed mid-read and two opened at once', async () => {
    const tabId = await harness.browser.openTab(pages.url('/huge.html'));
    const early = await harness.browser.context.newPage();
    await early.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await early.close();
    const [first, second] = await Promise.all([openReader(harness.browser, tabId), openReader(harness.browser, tabId)]);
    expect([first.state, second.state]).toEqual(['ready', 'ready']);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.page.close();
    await second.page.close();
  }, 120_000);

  it('says plainly that a PDF cannot be read', async () => {
    const reader = await read(harness.server.url('/pages/document.pdf'));
    expect(reader.state).toBe('error');
    await expect(alertText(reader)).resolves.toBe(english('error.pdf'));
    await reader.page.close();
  });

  it('says a file that is not a page (data, a drawing, an image) is not an article', async () => {
    for (const path of ['/data.json', '/feed.xml', '/drawing.svg', '/pixel.gif']) await expectNoArticle(pages.url(path));
  });

  it('reads a plain-text file', async () => {
    await expectArticle(pages.url('/notes.txt'), 'The committee met on Tuesday');
  });

  it('says so when the tab is gone', async () => {
    const reader = await openReader(harness.browser, 2147483000);
    expect(reader.state).toBe('error');
    await expect(reader.page.getByRole('alert').textContent()).resolves.toBe(english('error.noTab'));
    await reader.page.close();
  });

  it('says plainly that a file page cannot be read', async () => {
    // Opened without a toolbar click, the tab's URL is hidden from the extension (no activeTab
    // grant), so the reader can only say it is not allowed; with a click it knows the URL and
    // explains how to allow file access (unit-tested in restricted-pages.test.ts).
    const reader = await read('file:///etc/hostname');
    expect(reader.state).toBe('error');
    await expect(alertText(reader)).resolves.toBe(english('error.cannotAccess'));
    await reader.page.close();
  });

  it('starts from defaults when stored settings are corrupt', async () => {
    await harness.browser.setSettings({ textSize: 'enormous', theme: 42, font: null });
    const reader = await read(harness.server.url('/theprint-us-strikes.html'));
    expect(reader.state).toBe('ready');
    expect(await reader.page.getAttribute('html', 'data-theme')).toBe('system');
    expect(await reader.page.$eval('article .article-body p', (p) => getComputedStyle(p).fontSize)).toBe('18px');
    expect(reader.errors).toEqual([]);
    await reader.page.close();
  });

  it('turns an unexpected failure into a message with details to copy', async () => {
    const tabId = await harness.browser.openTab(harness.server.url('/theprint-us-strikes.html'));
    const page = await harness.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // Break the extension API the popup relies on, before its script runs.
    await page.addInitScript(() => {
      Object.defineProperty(chrome.scripting, 'executeScript', {
        value: () => Promise.reject(new TypeError('simulated browser failure')),
      });
    });
    await page.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`));
    await page.waitForSelector('#reader[data-state="error"]');
    await expect(page.getByRole('alert').textContent()).resolves.toBe(english('error.unexpected'));
    await expect(page.getByRole('button', { name: 'Copy details' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
