import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article, ExtractOutcome } from '../article';
import { cleanArticle, cleanPage, RemovalLog } from '../clean';
import { blockText, countWords } from '../text';

/** Below this many words a page that Readability does not call readerable is not treated as an article. */
const MIN_ARTICLE_WORDS = 80;

/** Readability's own cap on elements it will score; past it, parse() throws instead of hanging. */
const MAX_ELEMS_TO_PARSE = 60_000;

/** The steps of the pipeline, in order. */
export type ExtractStep = 'clone' | 'clean-page' | 'readability' | 'clean-article' | 'count-words' | 'serialize' | 'readerable';

export interface ExtractOptions {
  /** The page's address; defaults to the document's own. */
  url?: string;
  /** Called as each step ends, so the benchmark can time the steps of this very code. */
  onStepEnd?: (step: ExtractStep) => void;
}

/**
 * Finds the article in a page. Pure DOM code: it runs in the content script, under jsdom in
 * the tests and in the command-line tools. The page itself is never modified: all work
 * happens on one clone.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractOutcome {
  const url = options.url ?? doc.URL;
  const stepEnded = options.onStepEnd ?? (() => {});
  const clone = doc.cloneNode(true) as Document;
  stepEnded('clone');
  const log = new RemovalLog();
  cleanPage(clone, log);
  stepEnded('clean-page');

  const parsed = new Readability<Element>(clone, {
    maxElemsToParse: MAX_ELEMS_TO_PARSE,
    // Hand back the element itself: it is cleaned further and serialized once, below.
    serializer: (element) => element as Element,
  }).parse();
  stepEnded('readability');
  if (!parsed?.content) return { status: 'not-article', article: null };

  const body = parsed.content;
  cleanArticle(body, log);
  stepEnded('clean-article');
  const wordCount = countWords(blockText(body));
  stepEnded('count-words');
  const html = body.innerHTML;
  stepEnded('serialize');
  const article: Article = {
    url,
    title: parsed.title?.trim() || doc.title.trim() || url,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang: parsed.lang?.trim() || doc.documentElement.lang.trim() || null,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    publishedTime: parsed.publishedTime?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    html,
    wordCount,
    removed: log.items,
  };
  if (wordCount >= MIN_ARTICLE_WORDS) return { status: 'ok', article };
  // Readability's verdict matters only for short texts, so it is asked only then (the page
  // itself is unchanged: all work above happened on the clone).
  const readerable = isProbablyReaderable(doc);
  stepEnded('readerable');
  return readerable ? { status: 'ok', article } : { status: 'not-article', article };
}
