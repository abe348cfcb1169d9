import { JSDOM, VirtualConsole } from 'jsdom';
import TurndownService from 'turndown';
import { articleOf, type Article, type RemovalKind, type RemovedItem } from '../../utils/article';
import { extractArticle } from '../../utils/extract/extract-article';
import { readerHeader } from '../../utils/header';
import { repairMojibakeIn } from '../../utils/mojibake';
import { sanitizeArticleHtml } from '../../utils/sanitize';
import { blockText, markdownListMarker } from '../../utils/text';
import { capNesting } from './nesting-cap';

export const FORMATS = ['json', 'text', 'html', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** One line of `npm run extract -- --format json`: the contract in DESIGN.md. */
export interface ExtractRecord extends Pick<Article, 'byline' | 'siteName' | 'lang' | 'dir' | 'publishedTime' | 'excerpt'> {
  file: string;
  ok: boolean;
  error?: string;
  title: string | null;
  /** Sanitized article HTML, as the reader would show it. */
  html: string;
  /** The sanitized article as text, every block element on its own line. */
  text: string;
  /** How many things were stripped, by kind. */
  removed: Partial<Record<RemovalKind, number>>;
}

export interface PageResult {
  record: ExtractRecord;
  /** What was stripped, item by item (for diagnosis; the record only counts them). */
  removedItems: RemovedItem[];
  /** The sanitized article body, in the tool window's document (for other output formats). */
  body: HTMLElement | null;
}

const quietConsole = new VirtualConsole();

/**
 * One window for the tool's own work (sanitizing, serializing, Markdown); each page gets a
 * window of its own so that its URL and its DOM never leak into the next page.
 */
const toolWindow = new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: quietConsole }).window;

export function emptyRecord(file: string, error: string): ExtractRecord {
  return {
    file,
    ok: false,
    error,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    html: '',
    text: '',
    removed: {},
  };
}

function countByKind(items: readonly RemovedItem[]): Partial<Record<RemovalKind, number>> {
  const counts: Partial<Record<RemovalKind, number>> = {};
  for (const item of items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return counts;
}

/**
 * Runs the extension's extraction pipeline on a saved page under jsdom (scripts off, as in
 * Readability's own tests) and sanitizes the result the way the reader does.
 */
export function extractPage(file: string, html: string, url: string): PageResult {
  const dom = new JSDOM(capNesting(html), { url, contentType: 'text/html', virtualConsole: quietConsole });
  try {
    const outcome = extractArticle(dom.window.document, { url });
    const found = articleOf(outcome);
    if (!found) {
      const error = outcome.status === 'failed' ? `${outcome.reason}: ${outcome.detail}` : 'not an article';
      return { record: emptyRecord(file, error), removedItems: [], body: null };
    }
    // What the reader shows: the header as the extension page finishes it, mis-decoded text repaired in the body.
    const article = readerHeader(found);
    const body = toolWindow.document.createElement('div');
    body.append(sanitizeArticleHtml(article.html, {}, toolWindow as unknown as Window));
    repairMojibakeIn(body);
    const record: ExtractRecord = {
      file,
      ok: outcome.status === 'ok',
      ...(outcome.status === 'ok' ? {} : { error: 'not an article' }),
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      lang: article.lang,
      dir: article.dir,
      publishedTime: article.publishedTime,
      excerpt: article.excerpt,
      html: body.innerHTML,
      text: blockText(body, markdownListMarker),
      removed: countByKind(article.removed),
    };
    return { record, removedItems: article.removed, body };
  } finally {
    dom.window.close();
  }
}

let turndown: TurndownService | null = null;

/** Markdown of a sanitized article body; tables stay HTML, which Markdown allows. */
export function toMarkdown(body: HTMLElement): string {
  if (!turndown) {
    turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
    turndown.keep(['table']);
  }
  return turndown.turndown(body);
}

/** The page as the chosen format prints it (JSON is one line per file). */
export function formatResult(result: PageResult, format: Format): string {
  const { record, body } = result;
  switch (format) {
    case 'json':
      return JSON.stringify(record);
    case 'text':
      return record.text;
    case 'html':
      return record.html;
    case 'markdown':
      // A Markdown file stands alone: it opens with the article's title.
      return body ? `# ${record.title ?? ''}\n\n${toMarkdown(body)}` : '';
  }
}
