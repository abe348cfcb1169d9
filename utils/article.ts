/**
 * The data that crosses from the content script (page world, untrusted) to the
 * extension page. Everything here is plain, structured-clonable data.
 */
import { clipped } from './text';

export const REMOVAL_KINDS = ['tracker', 'ad', 'share', 'comments', 'promo', 'widget'] as const;
export type RemovalKind = (typeof REMOVAL_KINDS)[number];

export interface RemovedItem {
  kind: RemovalKind;
  /** A short human description of what was removed, e.g. "Share bar: Facebook, Twitter". */
  label: string;
}

export interface Article {
  url: string;
  /** The page's title; empty when it has none (the reader then shows `url`: see shownTitle). */
  title: string;
  /** The page's headline (its h1), by which the extension page tells the title from the site's name in it. */
  headline: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Article body as HTML. Not safe: sanitize it before it touches an extension page. */
  html: string;
  wordCount: number;
  removed: RemovedItem[];
}

export const FAILURE_REASONS = ['too-large', 'pdf', 'error'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export type ExtractOutcome =
  | { status: 'ok'; article: Article }
  /** Extraction found nothing that reads like an article; `article` is the best guess, if any. */
  | { status: 'not-article'; article: Article | null }
  /** Extraction could not finish; `detail` is for a bug report, not for display as the message. */
  | { status: 'failed'; reason: FailureReason; detail: string };

/** The content script's answer when it cannot read the page; `detail` is for a bug report. */
export function extractFailure(reason: FailureReason, detail: string): ExtractOutcome {
  return { status: 'failed', reason, detail };
}

/** Limits on what the extension page accepts from the content script. */
export const REPLY_LIMITS = {
  html: 8_000_000,
  shortText: 2_000,
  url: 8_192,
  lang: 64,
  date: 128,
  removedItems: 2_000,
  /** A word takes at least two characters of HTML (itself and a separator). */
  wordCount: 4_000_000,
} as const;

/** The schemes of pages the content script can be injected into. */
const PAGE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** A language tag as `lang` accepts it (BCP 47 in shape, not checked against the registry). */
const LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i;

export class InvalidReplyError extends Error {
  constructor(detail: string) {
    super(`Invalid reply from the page: ${detail}`);
    this.name = 'InvalidReplyError';
  }
}

/** `text` when it fits in `max` characters; a longer one is a page's mistake and is dropped. */
function fitting(text: string | null, max: number): string | null {
  return text !== null && text.length <= max ? text : null;
}

/**
 * The article with the page's own texts made to fit the limits above. A page's meta
 * description, title, byline or address can be any length, and a page can hold thousands of
 * ad slots; none of that may make the extension page refuse the whole reply. The address is
 * cut, not dropped (the reader needs only its site); past the limit, removed items go unlisted.
 * Call it in the content script, before replying.
 */
export function withinReplyLimits(article: Article): Article {
  const short = (text: string | null) => (text === null ? null : clipped(text, REPLY_LIMITS.shortText));
  return {
    ...article,
    url: article.url.slice(0, REPLY_LIMITS.url),
    title: clipped(article.title, REPLY_LIMITS.shortText),
    headline: short(article.headline),
    byline: short(article.byline),
    siteName: short(article.siteName),
    excerpt: short(article.excerpt),
    lang: fitting(article.lang, REPLY_LIMITS.lang),
    publishedTime: fitting(article.publishedTime, REPLY_LIMITS.date),
    removed: article.removed.slice(0, REPLY_LIMITS.removedItems),
  };
}

type UntrustedRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UntrustedRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads own properties only: nothing is taken from a prototype. */
function field(record: UntrustedRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function readString(record: UntrustedRecord, key: string, max: number): string {
  const value = field(record, key);
  if (typeof value !== 'string') throw new InvalidReplyError(`${key} is not a string`);
  if (value.length > max) throw new InvalidReplyError(`${key} is too long`);
  return value;
}

function readOptionalString(record: UntrustedRecord, key: string, max: number): string | null {
  const value = field(record, key);
  if (value === null || value === undefined) return null;
  const text = readString(record, key, max).trim();
  return text === '' ? null : text;
}

function readPageUrl(record: UntrustedRecord): string {
  const value = readString(record, 'url', REPLY_LIMITS.url);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidReplyError('url is not a URL');
  }
  if (!PAGE_SCHEMES.has(url.protocol)) throw new InvalidReplyError('url is not a web page address');
  return url.href;
}

/** A malformed language or direction is a page's mistake, not an attack: it is dropped, not refused. */
function readLang(record: UntrustedRecord): string | null {
  const lang = readOptionalString(record, 'lang', REPLY_LIMITS.lang);
  return lang !== null && LANGUAGE_TAG.test(lang) ? lang : null;
}

function readDir(record: UntrustedRecord): 'ltr' | 'rtl' | null {
  const dir = field(record, 'dir');
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

function readWordCount(record: UntrustedRecord): number {
  const wordCount = field(record, 'wordCount');
  if (typeof wordCount !== 'number' || !Number.isInteger(wordCount) || wordCount < 0 || wordCount > REPLY_LIMITS.wordCount) {
    throw new InvalidReplyError('wordCount is not a count');
  }
  return wordCount;
}

function readRemoved(value: unknown): RemovedItem[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidReplyError('removed is not a list');
  if (value.length > REPLY_LIMITS.removedItems) throw new InvalidReplyError('removed is too long');
  return value.map((item: unknown) => {
    if (!isRecord(item)) throw new InvalidReplyError('removed item is not an object');
    const kind = field(item, 'kind');
    if (!REMOVAL_KINDS.includes(kind as RemovalKind)) throw new InvalidReplyError('unknown removal kind');
    return { kind: kind as RemovalKind, label: readString(item, 'label', REPLY_LIMITS.shortText) };
  });
}

function readArticle(value: unknown): Article {
  if (!isRecord(value)) throw new InvalidReplyError('article is not an object');
  return {
    url: readPageUrl(value),
    title: readString(value, 'title', REPLY_LIMITS.shortText),
    headline: readOptionalString(value, 'headline', REPLY_LIMITS.shortText),
    byline: readOptionalString(value, 'byline', REPLY_LIMITS.shortText),
    siteName: readOptionalString(value, 'siteName', REPLY_LIMITS.shortText),
    lang: readLang(value),
    dir: readDir(value),
    publishedTime: readOptionalString(value, 'publishedTime', REPLY_LIMITS.date),
    excerpt: readOptionalString(value, 'excerpt', REPLY_LIMITS.shortText),
    html: readString(value, 'html', REPLY_LIMITS.html),
    wordCount: readWordCount(value),
    removed: readRemoved(field(value, 'removed')),
  };
}

/**
 * Checks the shape of whatever the content script replied. The page controls the DOM
 * the content script reads and a compromised renderer can forge the reply, so nothing
 * is assumed: a new object is built from the known fields only (unknown ones are dropped),
 * wrong types and oversized values are refused. The HTML is still untrusted afterwards:
 * it goes through sanitizeArticleHtml before it is shown.
 */
export function parseExtractReply(value: unknown): ExtractOutcome {
  if (!isRecord(value)) throw new InvalidReplyError('reply is not an object');
  const status = field(value, 'status');
  if (status === 'ok') return { status: 'ok', article: readArticle(field(value, 'article')) };
  if (status === 'not-article') {
    const article = field(value, 'article');
    return { status: 'not-article', article: article === null || article === undefined ? null : readArticle(article) };
  }
  if (value.status === 'failed') {
    const reason = FAILURE_REASONS.includes(value.reason as FailureReason) ? (value.reason as FailureReason) : 'error';
    const detail = typeof value.detail === 'string' ? value.detail.slice(0, REPLY_LIMITS.shortText) : '';
    return { status: 'failed', reason, detail };
  }
  throw new InvalidReplyError('unknown status');
}

/** The title the reader shows: the article's own, or, for a page that has none, its address. */
export function shownTitle(article: Article): string {
  return article.title || article.url;
}

/** The article an outcome carries, if any: an article, or the best guess on a non-article. */
export function articleOf(outcome: ExtractOutcome): Article | null {
  return outcome.status === 'failed' ? null : outcome.article;
}
