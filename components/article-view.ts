import { i18n } from '#i18n';
import { type Article, shownTitle } from '@/utils/article';
import { readingMinutes } from '@/utils/text';

const DATE_STYLE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

function formatDate(value: string | null, lang: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, DATE_STYLE).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, DATE_STYLE).format(date);
  }
}

/**
 * Loads the locale data that dates are written with. A fresh popup spends 20-30 ms on its first
 * date formatter (whatever the language: the next ones take about 1 ms), so the reader makes one
 * while it waits for the page, rather than after the article has come.
 */
export function loadDateFormats(): void {
  new Intl.DateTimeFormat(undefined, DATE_STYLE).format(0);
}

function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * The article: its header (site, title, byline, date, reading time) built from text, and its
 * body, a fragment that has already been sanitized. Nothing from the page is ever parsed here.
 */
export function createArticleView(article: Article, body: DocumentFragment): HTMLElement {
  const element = document.createElement('article');
  element.className = 'article';
  if (article.lang) element.lang = article.lang;
  if (article.dir) element.dir = article.dir;
  element.setAttribute('aria-labelledby', 'article-title');

  const header = document.createElement('header');
  header.className = 'article-header';
  if (article.siteName) header.append(textElement('p', 'site-name', article.siteName));
  const title = textElement('h1', 'title', shownTitle(article));
  title.id = 'article-title';
  header.append(title);

  const meta = document.createElement('p');
  meta.className = 'meta';
  const date = formatDate(article.publishedTime, article.lang);
  const parts: (string | Node)[] = [];
  if (article.byline) parts.push(article.byline);
  if (date && article.publishedTime) {
    const time = document.createElement('time');
    time.dateTime = article.publishedTime;
    time.textContent = date;
    parts.push(time);
  }
  parts.push(i18n.t('reader.minutesRead', [String(readingMinutes(article.wordCount))]));
  meta.append(...parts.flatMap((part, index) => (index ? [' · ', part] : [part])));
  header.append(meta);

  const content = document.createElement('div');
  content.className = 'article-body';
  content.append(body);
  element.append(header, content);
  return element;
}
