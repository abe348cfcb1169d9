import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fixturePath(name: string): string {
  return join(import.meta.dirname, '..', 'fixtures', name);
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Parses HTML into a document of the test's jsdom window, at `url`. */
export function parsePage(html: string, url = 'https://news.example/2024/story'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  doc.write(html);
  doc.close();
  // jsdom documents made this way have about:blank as their URL; give them the page's base.
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}

/** What Readability does to the page: it takes one container out into an article of its own. */
export function keepOnly(doc: Document, kept: Element): Element {
  const article = doc.createElement('div');
  const page = doc.createElement('div');
  page.id = 'readability-page-1';
  article.append(page);
  page.append(kept);
  return article;
}

export interface SeedExpectations {
  title: string;
  siteName: string;
  byline: string;
  mustContain: string[];
  mustNotContain: string[];
  neverRequestHosts: string[];
  linksWithoutTrackingParams: Record<string, string>;
}

export const seedExpected = JSON.parse(readFixture('theprint-us-strikes.expected.json')) as SeedExpectations;
export const seedHtml = readFixture('theprint-us-strikes.html');
