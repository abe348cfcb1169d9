import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { E2E_BUILD } from './harness';

// No <meta charset>: the server's Content-Type must make Chromium read the bytes as UTF-8.
const TEXT = 'Café naïve – “quoted” 日本語 ü';
const PAGE = `<!doctype html><title>${TEXT}</title><p id="text">${TEXT}</p>`;

describe('the static server, as the bench and the tests load pages through it', () => {
  let folder: string;
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quiet-reader-static-'));
    await writeFile(join(folder, 'plain.html'), PAGE);
    await writeFile(join(folder, 'saved.html.gz'), gzipSync(Buffer.from(PAGE)));
    server = await serveFolder(folder);
    browser = await launchWithExtension(E2E_BUILD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it.each(['plain.html', 'saved.html.gz'])('serves %s as UTF-8 HTML that Chromium decodes', async (name) => {
    const page = await browser.context.newPage();
    const response = await page.goto(server.url(`/${name}`));
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    expect(await page.textContent('#text')).toBe(TEXT);
    expect(await page.title()).toBe(TEXT);
    await page.close();
  });
});
