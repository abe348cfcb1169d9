import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPLY_LIMITS } from '../../utils/article';
import { HOSTILE_CLASSES, casesOfClass, type HostileCase } from '../fixtures/hostile/corpus';
import { builtMessage, useHarness } from './harness';
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
 * Hostile markup forged straight into the content script's reply, as a compromised renderer
 * could: `chrome.scripting.executeScript` is replaced in the reader page before the app loads
 * (an init script; webextension-polyfill and WXT look the function up when it is called, so
 * they get the replacement). The product has no test hook for this.
 */

const harness = useHarness();

/** Cases per forged reply; see readInBatches for how a case that swallows the rest is handled. */
const BATCH_SIZE = 12;

function forgedArticle(html: string, title: string): Record<string, unknown> {
  const text = title.slice(0, REPLY_LIMITS.shortText);
  return {
    url: 'https://news.example/hostile',
    // The page controls these too: they must come out as text.
    title: text,
    byline: text,
    siteName: text,
    lang: 'en',
    dir: 'ltr',
    publishedTime: '2024-05-05T10:00:00Z',
    excerpt: text,
    html,
    wordCount: 400,
    removed: [{ kind: 'ad', label: text }],
  };
}

type Injection = { resolves: unknown } | { rejects: string } | { neverSettles: true };

/** Runs in the reader page before the app: makes executeScript resolve, fail or hang as told. */
function forgeInjection(injection: Injection): void {
  const executeScript = async () => {
    if ('rejects' in injection) throw new Error(injection.rejects);
    if ('neverSettles' in injection) return new Promise(() => {});
    return injection.resolves;
  };
  const namespaces = globalThis as unknown as { chrome?: { scripting?: object }; browser?: { scripting?: object } };
  for (const api of [namespaces.chrome, namespaces.browser]) {
    if (api?.scripting) Object.assign(api.scripting, { executeScript });
  }
}

/** Runs in the reader page before the app: answers with the reply the test put in sessionStorage. */
function forgeFromSessionStorage(): void {
  const executeScript = async () => [{ result: JSON.parse(sessionStorage.getItem('forgedReply') ?? 'null') }];
  const namespaces = globalThis as unknown as { chrome?: { scripting?: object }; browser?: { scripting?: object } };
  for (const api of [namespaces.chrome, namespaces.browser]) {
    if (api?.scripting) Object.assign(api.scripting, { executeScript });
  }
}

let tabId = 0;
let reader: Page;
let incidents: ReaderIncidents;
let current = '';

beforeAll(async () => {
  // A real tab, so that the reader checks a real address before it "injects".
  tabId = await harness.browser.openTab(harness.server.url('/pages/not-an-article.html'));
  reader = await harness.browser.context.newPage();
  await reader.setViewportSize({ width: 800, height: 600 });
  await reader.addInitScript(recordViolations);
  await reader.addInitScript(forgeFromSessionStorage);
  incidents = watchReader(reader, harness.browser.extensionId, () => current);
  // sessionStorage belongs to the extension's origin: open it once to be able to write there.
  await reader.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`));
});

afterAll(async () => {
  await reader?.close();
});

beforeEach(() => clearIncidents(incidents));

async function readForged(batch: readonly HostileCase[], firstIndex: number): Promise<string> {
  const title = batch[0]?.html ?? '';
  current = batch.map((hostile) => `${hostile.class}/${hostile.name}`).join(' + ');
  const reply = { status: 'ok', article: forgedArticle(articleSections(batch, firstIndex), title) };
  await reader.evaluate((json) => sessionStorage.setItem('forgedReply', json), JSON.stringify(reply));
  await reader.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
  const verdict = await readerVerdict(reader);
  expect(verdict.state, current).toBe('ready');
  expect(verdict.title, current).toBe(title.slice(0, REPLY_LIMITS.shortText));
  addVerdict(incidents, verdict, current);
  return verdict.articleText;
}

describe.each(HOSTILE_CLASSES)('%s cases forged into the reply', (className) => {
  it('render as inert markup and text, with nothing run or requested', async () => {
    const cases = casesOfClass(className);
    const replies = await readInBatches(cases, BATCH_SIZE, readForged);
    expect(incidents).toEqual(noIncidents());
    console.info(`${className}: ${cases.length} cases in ${replies} forged replies`);
  });
});

describe('malformed replies', () => {
  const base = forgedArticle('<p>Body</p>', 'Title');
  const withArticle = (changes: Record<string, unknown>): Injection => ({
    resolves: [{ result: { status: 'ok', article: { ...base, ...changes } } }],
  });
  const malformed: [name: string, injection: Injection, message?: string][] = [
    ['no result', { resolves: [{}] }],
    ['no injection', { resolves: [] }],
    ['not a list', { resolves: { result: { status: 'ok', article: base } } }],
    ['a string', { resolves: [{ result: '<img src=x onerror=alert(1)>' }] }],
    ['a number', { resolves: [{ result: 42 }] }],
    ['null', { resolves: [{ result: null }] }],
    ['a list of replies', { resolves: [{ result: [{ status: 'ok', article: base }] }] }],
    ['a forged status', { resolves: [{ result: { status: 'ready', article: base } }] }],
    ['no article', { resolves: [{ result: { status: 'ok' } }] }],
    ['an article of the wrong shape', { resolves: [{ result: { status: 'ok', article: '<p>x</p>' } }] }],
    ['a title that is not text', withArticle({ title: { html: '<b>x</b>' } })],
    ['html that is not text', withArticle({ html: ['<img src=x onerror=alert(1)>'] })],
    ['a script address', withArticle({ url: 'javascript:alert(1)' })],
    ['a negative word count', withArticle({ wordCount: -5 })],
    ['an oversized title', withArticle({ title: 'T'.repeat(REPLY_LIMITS.shortText + 1) })],
    ['oversized html', withArticle({ html: '<p>x</p>'.repeat(REPLY_LIMITS.html / 8 + 1) })],
    ['too many removed items', withArticle({ removed: Array.from({ length: REPLY_LIMITS.removedItems + 1 }, () => ({ kind: 'ad', label: 'x' })) })],
    ['an injection that fails', { rejects: 'Frame with ID 0 was removed.' }],
    // A content script stuck in a loop never answers; the reader gives up after its timeout.
    ['an injection that never answers', { neverSettles: true }, 'error.timedOut'],
  ];

  it.each(malformed)('%s ends in the error state with one plain sentence', async (name, injection, message = 'error.unexpected') => {
    const page = await harness.browser.context.newPage();
    await page.addInitScript(recordViolations);
    await page.addInitScript(forgeInjection, injection);
    const seen = watchReader(page, harness.browser.extensionId, () => name);
    await page.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
    const verdict = await readerVerdict(page);
    expect(verdict.state).toBe('error');
    expect(verdict.alerts).toEqual([builtMessage('en', message)]);
    addVerdict(seen, verdict, name);
    expect(seen).toEqual(noIncidents());
    await page.close();
  });

  it('a reply that is not an article ends in the error state saying so', async () => {
    const page = await harness.browser.context.newPage();
    await page.addInitScript(recordViolations);
    await page.addInitScript(forgeInjection, { resolves: [{ result: { status: 'not-article', article: null } }] });
    await page.goto(harness.browser.extensionUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
    const verdict = await readerVerdict(page);
    expect(verdict.state).toBe('error');
    expect(verdict.alerts).toEqual([builtMessage('en', 'error.notArticle')]);
    await page.close();
  });
});
