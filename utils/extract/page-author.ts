/**
 * What may stand as the byline (`authorName`: a name, not a date or a label alone), and the
 * author as a page's metadata names it in the places Readability does not read: where
 * Readability finds no byline that is a name, this is the reader's. In order:
 * - JSON-LD that gives the article's author as plain text ("author": "Jane Roe", as Squarespace
 *   writes it) or as a reference to a Person elsewhere in its graph (Yoast SEO's
 *   `{"@id": ".../#/schema/person/…"}`): Readability reads only an author object with a name;
 * - microdata on a meta element, `<meta itemprop="author" content="Jane Roe">`, which has no
 *   text for Readability's byline search to read;
 * - the label and data pairs of the Twitter card, `twitter:label1` "Written by" and
 *   `twitter:data1` the name, which Yoast SEO writes on every post;
 * - the first link the page marks `rel="author"` (Blogger's and WordPress themes' "Posted by"),
 *   which Readability takes only where its search of the article passes it.
 */

import { MAX_BYLINE } from '../clean/byline';
import { MONTH_NAME, textOf } from '../text';

/** The schema.org types of an article, as Readability recognises them (its `jsonLdArticleTypes`, loosely). */
const ARTICLE_TYPE = /(?:Article|Posting|Report|APIReference)$/;
const AUTHOR_LABEL = /^\s*(?:written by|author)\s*$/i;
/** WordPress's default account: a site that posts as it names no author. */
const NO_AUTHOR = /^(?:admin|administrator)$/i;

type JsonNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object of the page's JSON-LD, top level and in `@graph`s, in order. */
function jsonLdNodes(doc: Document): JsonNode[] {
  const nodes: JsonNode[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isNode(value)) {
      nodes.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(add);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD names nobody.
    }
  }
  return nodes;
}

function types(node: JsonNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/**
 * A date and nothing else ("Aug 15", "Sat, 20 Dec, 2025 - 06:36", "[Submitted on 18 Dec 2025]"):
 * what a theme's "author" box holds when it shows the date there. A month needs its day, so
 * "May Smith" is a name.
 */
const DATE_ALONE = new RegExp(
  String.raw`^[[(]?(?:(?:submitted|published|posted|updated)(?: on)?:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*)?` +
    String.raw`(?:${MONTH_NAME}\s+${DAY},?(?:\s*\d{4})?|${DAY}\s+${MONTH_NAME},?(?:\s*\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})` +
    String.raw`(?:[\s,@|–-]*(?:at\s*)?\d{1,2}:\d{2}(?:\s*[ap]m)?)?[\])]?$`,
  'i',
);
/** The label of a byline without the name it labels. */
const LABEL_ALONE = /^(?:by|authors?|the author|written by|posted by|about the author|full bio)\W*$/i;

/**
 * `value` when it is a name fit to show as the byline, else null: not empty, not a
 * date or a label alone (nor any text ending in a colon: a label whose name is elsewhere),
 * not an address (of a profile page) or an account number, not WordPress's default account,
 * not what follows a name a template left blank (", USA TODAY").
 * Markup in it goes (metadata written from templates may hold the author's link, `<a href=…>Jane
 * Roe</a>`): the reader shows a byline as text, and no name has tags in it.
 */
export function authorName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = value.replace(/<[^>]*>/g, '').trim();
  if (!name || /^(?:https?:|\d+$|,)/.test(name)) return null;
  return DATE_ALONE.test(name) || LABEL_ALONE.test(name) || NO_AUTHOR.test(name) || name.endsWith(':') ? null : name;
}

function jsonLdAuthor(doc: Document): string | null {
  const nodes = jsonLdNodes(doc);
  const article = nodes.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return null;
  const nameOf = (author: unknown): string | null => {
    if (!isNode(author)) return authorName(author);
    const id = author['@id'];
    const described = author.name === undefined && typeof id === 'string' ? nodes.find((node) => node['@id'] === id && node !== author) : author;
    // An organization as the author is the publisher, which the reader shows as the site.
    if (!described || types(described).some((type) => type.endsWith('Organization'))) return null;
    return authorName(described.name);
  };
  const authors = (Array.isArray(article.author) ? article.author : [article.author]).map(nameOf).filter((name) => name !== null);
  return authors.length > 0 ? authors.join(', ') : null;
}

function microdataAuthor(doc: Document): string | null {
  return authorName(doc.querySelector('meta[itemprop="author"][content]')?.getAttribute('content'));
}

function cardAuthor(doc: Document): string | null {
  for (const label of doc.querySelectorAll('meta[name^="twitter:label"]')) {
    if (!AUTHOR_LABEL.test(label.getAttribute('content') ?? '')) continue;
    const index = (label.getAttribute('name') ?? '').slice('twitter:label'.length);
    if (!/^\d+$/.test(index)) continue;
    const data = doc.querySelector(`meta[name="twitter:data${index}"]`)?.getAttribute('content')?.trim();
    if (data) return authorName(data);
  }
  return null;
}

/** The first link the page marks as its author's (`rel="author"`, HTML's own link type), by its words. */
function relAuthor(doc: Document): string | null {
  const name = textOf(doc.querySelector('a[rel~="author" i]'));
  return name && name.length < MAX_BYLINE ? authorName(name) : null;
}

/** Read before Readability takes the page's scripts out. */
export function pageAuthor(doc: Document): string | null {
  return jsonLdAuthor(doc) ?? microdataAuthor(doc) ?? cardAuthor(doc) ?? relAuthor(doc);
}
