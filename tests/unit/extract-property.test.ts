import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExtractReply } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const TAGS = ['div', 'p', 'span', 'a', 'img', 'article', 'main', 'section', 'aside', 'nav', 'header', 'footer', 'h1', 'h2',
  'ul', 'ol', 'li', 'table', 'tr', 'td', 'pre', 'code', 'blockquote', 'figure', 'figcaption', 'noscript', 'iframe', 'form',
  'textarea', 'script', 'style', 'svg', 'math', 'template', 'br', 'ins', 'button', 'select'];
const CLASSES = ['share', 'social', 'comments', 'comment-respond', 'ad', 'ads', 'advert', 'promo', 'related', 'newsletter',
  'content', 'article-body', 'post', 'entry-content', 'sidebar', 'font-size', 'popular', 'hidden', ''];
const URLS = ['https://example.com/a', 'javascript:alert(1)', '/relative', '//cdn.example/x.png', 'data:image/gif;base64,R0lGOD',
  'https://www.google-analytics.com/collect?v=1', 'mailto:?subject=x', '', '#top', 'https://x.example/?utm_source=a&id=1'];

const text = fc.oneof(
  fc.lorem({ maxCount: 40 }),
  fc.string({ maxLength: 60 }),
  fc.constantFrom('Also read: ', 'Advertisement', 'Share on Facebook', 'Leave a reply', 'Subscribe to our newsletter', '&lt;&amp;'),
);

const attributes = fc.record({
  class: fc.constantFrom(...CLASSES),
  id: fc.constantFrom('', 'comments', 'content', 'main', 'respond'),
  href: fc.constantFrom(...URLS),
  src: fc.constantFrom(...URLS),
  width: fc.constantFrom('', '1', '0', '600'),
}, { requiredKeys: [] });

const { node } = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value) => value.replace(/[<>]/g, ' ')),
    fc.tuple(fc.constantFrom(...TAGS), attributes, fc.array(tie('node'), { maxLength: 6 })).map(([tag, attrs, children]) => {
      const attributeText = Object.entries(attrs).filter(([, value]) => value !== '').map(([name, value]) => ` ${name}="${value}"`).join('');
      return `<${tag}${attributeText}>${(children as string[]).join('')}</${tag}>`;
    }),
  ),
}));

/** Generous: a hang or runaway, not a speed, is what this bound catches (speed is for npm run bench). */
const PER_DOCUMENT_BOUND_MS = 5_000;

function checkExtraction(html: string): void {
  const started = performance.now();
  // As in the browser, where the content script only ever reads web (or file) pages.
  const outcome = extractArticle(parsePage(html), { url: 'https://news.example/story' });
  expect(performance.now() - started).toBeLessThan(PER_DOCUMENT_BOUND_MS);
  expect(['ok', 'not-article', 'failed']).toContain(outcome.status);
  // Whatever came out is a reply the popup accepts as it is.
  expect(parseExtractReply(JSON.parse(JSON.stringify(outcome)))).toEqual(JSON.parse(JSON.stringify(outcome)));
}

// Hundreds of documents through jsdom: give the whole property room on a busy two-core machine.
describe('extraction on random and malformed documents', { timeout: 120_000 }, () => {
  it('always answers with an article or a typed not-article result, and never throws', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), fc.constantFrom('', '<title>T</title>', '<meta property="og:title" content="x">'), (nodes, head) => {
        checkExtraction(`<!doctype html><html><head>${head}</head><body>${nodes.join('')}</body></html>`);
      }),
      { numRuns: 150 },
    );
  });

  it('copes with arbitrary strings as markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (markup) => checkExtraction(markup)),
      { numRuns: 150 },
    );
  });
});
