/**
 * The data that crosses from the content script (page world, untrusted) to the
 * extension page. Everything here is plain, structured-clonable data.
 */

export const REMOVAL_KINDS = ['tracker', 'ad', 'share', 'comments', 'promo', 'widget'] as const;
export type RemovalKind = (typeof REMOVAL_KINDS)[number];

export interface RemovedItem {
  kind: RemovalKind;
  /** A short human description of what was removed, e.g. "Share bar: Facebook, Twitter". */
  label: string;
}

export interface Article {
  url: string;
  title: string;
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

/** Limits on what the extension page accepts from the content script. */
export const REPLY_LIMITS = {
  html: 8_000_000,
  shortText: 2_000,
  url: 8_192,
  removedItems: 2_000,
} as const;

export class InvalidReplyError extends Error {
  constructor(detail: string) {
    super(`Invalid reply from the page: ${detail}`);
    this.name = 'InvalidReplyError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(record: Record<string, unknown>, key: string, max: number): string {
  const value = record[key];
  if (typeof value !== 'string') throw new InvalidReplyError(`${key} is not a string`);
  if (value.length > max) throw new InvalidReplyError(`${key} is too long`);
  return value;
}

function readOptionalString(record: Record<string, unknown>, key: string, max: number): string | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  const text = readString(record, key, max).trim();
  return text === '' ? null : text;
}

function readRemoved(value: unknown): RemovedItem[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidReplyError('removed is not a list');
  if (value.length > REPLY_LIMITS.removedItems) throw new InvalidReplyError('removed is too long');
  return value.map((item) => {
    if (!isRecord(item)) throw new InvalidReplyError('removed item is not an object');
    const kind = item.kind;
    if (!REMOVAL_KINDS.includes(kind as RemovalKind)) throw new InvalidReplyError('unknown removal kind');
    return { kind: kind as RemovalKind, label: readString(item, 'label', REPLY_LIMITS.shortText) };
  });
}

function readArticle(value: unknown): Article {
  if (!isRecord(value)) throw new InvalidReplyError('article is not an object');
  const dir = value.dir;
  const wordCount = value.wordCount;
  if (typeof wordCount !== 'number' || !Number.isInteger(wordCount) || wordCount < 0) {
    throw new InvalidReplyError('wordCount is not a count');
  }
  return {
    url: readString(value, 'url', REPLY_LIMITS.url),
    title: readString(value, 'title', REPLY_LIMITS.shortText),
    byline: readOptionalString(value, 'byline', REPLY_LIMITS.shortText),
    siteName: readOptionalString(value, 'siteName', REPLY_LIMITS.shortText),
    lang: readOptionalString(value, 'lang', 64),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    publishedTime: readOptionalString(value, 'publishedTime', 128),
    excerpt: readOptionalString(value, 'excerpt', REPLY_LIMITS.shortText),
    html: readString(value, 'html', REPLY_LIMITS.html),
    wordCount,
    removed: readRemoved(value.removed),
  };
}

/**
 * Checks the shape of whatever the content script replied. The page controls the DOM
 * the content script reads and a compromised renderer can forge the reply, so nothing
 * is assumed: unknown fields are dropped, wrong types and oversized values are refused.
 */
export function parseExtractReply(value: unknown): ExtractOutcome {
  if (!isRecord(value)) throw new InvalidReplyError('reply is not an object');
  if (value.status === 'ok') return { status: 'ok', article: readArticle(value.article) };
  if (value.status === 'not-article') {
    return {
      status: 'not-article',
      article: value.article === null || value.article === undefined ? null : readArticle(value.article),
    };
  }
  if (value.status === 'failed') {
    const reason = FAILURE_REASONS.includes(value.reason as FailureReason) ? (value.reason as FailureReason) : 'error';
    const detail = typeof value.detail === 'string' ? value.detail.slice(0, REPLY_LIMITS.shortText) : '';
    return { status: 'failed', reason, detail };
  }
  throw new InvalidReplyError('unknown status');
}

/** The article an outcome carries, if any: an article, or the best guess on a non-article. */
export function articleOf(outcome: ExtractOutcome): Article | null {
  return outcome.status === 'failed' ? null : outcome.article;
}
