import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HOSTILE_CLASSES, casesOfClass, type HostileCase } from '../fixtures/hostile/corpus';
import { useHarness } from './harness';
import {
  addVerdict,
  articleSections,
  clearIncidents,
  noIncidents,
  readInBatches,
  readerVerdict,
  recordViolations,
  watchReader,
  type ReaderIncidents,
} from './hostile-support';

/**
 * Hostile markup inside an ordinary article page served from 127.0.0.1, read the way a
 * person reads it: the content script extracts, the reader validates, sanitizes and shows.
 * Only the reader page is watched. The article pages are served sandboxed (no scripts, no
 * meta refresh) so that the page's own behaviour cannot change what is read between runs;
 * what a page script could do to the DOM is covered by forging the reply outright.
 */

const harness = useHarness();

const BATCH_SIZE = 12;

const PROSE =
  'The council met on Tuesday evening, and after a long debate about the budget, the bridge, and the library, ' +
  'it agreed to publish its accounts every quarter. Residents who attended said the meeting was calm, detailed, ' +
  'and, for once, finished on time. The mayor thanked the volunteers who had collected the signatures.';

function articlePage(title: string, sections: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Hostile Gazette"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Casey Writer</p>
<div class="article-body"><p>${PROSE}</p><p>${PROSE}</p>
${sections}
<p>${PROSE}</p></div></article></main><footer>© Hostile Gazette</footer></body></html>`;
}

/** Serves whatever page the test put at a path, sandboxed. */
function startPageServer(pages: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(page === undefined ? 404 : 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "sandbox allow-same-origin; default-src 'none'; style-src 'unsafe-inline'",
      'Cache-Control': 'no-store',
    });
    response.end(page ?? 'Not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '' });
    }),
  );
}

const pages = new Map<string, string>();
let pageServer: { server: Server; origin: string };
let tab: Page;
let tabId = 0;
let reader: Page;
let incidents: ReaderIncidents;
let current = '';
let loads = 0;
const finalStates = new Map<string, number>();
const errors: string[] = [];

/** Opens a fresh article tab at `url` (the first one, or after the last one was left stuck). */
async function openArticleTab(url: string): Promise<void> {
  tabId = await harness.browser.openTab(url);
  // Playwright learns of a tab the extension opened a moment later than the extension does.
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const found = harness.browser.context.pages().find((page) => page.url() === url);
    if (found) {
      tab = found;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the article tab is not visible to Playwright');
}

beforeAll(async () => {
  pageServer = await startPageServer(pages);
  pages.set('/start.html', articlePage('Start', ''));
  await openArticleTab(`${pageServer.origin}/start.html`);
  reader = await harness.browser.context.newPage();
  await reader.setViewportSize({ width: 800, height: 600 });
  await reader.addInitScript(recordViolations);
  incidents = watchReader(reader, harness.browser.extensionId, () => current);
});

afterAll(async () => {
  await reader?.close();
  // The article tab keeps its connection open: close it, or the server waits for it.
  pageServer?.server.closeAllConnections();
  await new Promise((resolve) => pageServer?.server.close(resolve));
  console.info(`article pages read: ${loads}; final states: ${JSON.stringify(Object.fromEntries(finalStates))}`);
  if (errors.length) console.info(`ended in the error state:\n${errors.join('\n')}`);
});

beforeEach(() => clearIncidents(incidents));

let tabStuck = false;

async function readPage(batch: readonly HostileCase[], firstIndex: number): Promise<string> {
  const className = batch[0]?.class ?? '';
  current = batch.map((hostile) => `${hostile.class}/${hostile.name}`).join(' + ');
  const path = `/${className}/${firstIndex}-${batch.length}.html`;
  pages.set(path, articlePage(`A story with ${className} markup`, articleSections(batch, firstIndex)));
  if (tabStuck) {
    // The content script may still be looping in the old tab: leave it behind.
    await tab.close({ runBeforeUnload: false });
    await openArticleTab(`${pageServer.origin}${path}`);
  } else {
    await tab.goto(`${pageServer.origin}${path}`);
  }
  await reader.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
  const verdict = await readerVerdict(reader);
  loads += 1;
  finalStates.set(verdict.state, (finalStates.get(verdict.state) ?? 0) + 1);
  expect(['ready', 'error'], current).toContain(verdict.state);
  tabStuck = verdict.state === 'error';
  if (tabStuck) errors.push(`${current}: ${verdict.alerts.join(' ')}`);
  // A batch in the error state is read again case by case; alone, every case must be read
  // (DOM clobbering included: extraction works on a clone the markup cannot clobber).
  expect(tabStuck && batch.length === 1, `${current} stopped extraction`).toBe(false);
  addVerdict(incidents, verdict, current);
  return verdict.articleText;
}

describe.each(HOSTILE_CLASSES)('an article page with %s markup', (className) => {
  it('is read with nothing run and nothing requested but its images', async () => {
    const cases = casesOfClass(className);
    const batches = await readInBatches(cases, BATCH_SIZE, readPage);
    expect(incidents).toEqual(noIncidents());
    console.info(`${className}: ${cases.length} cases in ${batches} article pages`);
  });
});
