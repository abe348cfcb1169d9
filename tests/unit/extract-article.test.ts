import { describe, expect, it } from 'vitest';
import { articleOf, shownTitle } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { blockText, collapseWhitespace } from '@/utils/text';
import { parsePage, seedExpected, seedHtml } from './helpers';

function articleText(html: string): string {
  const container = document.createElement('div');
  container.innerHTML = html;
  return collapseWhitespace(blockText(container));
}

describe('extractArticle on the seed news page', () => {
  const outcome = extractArticle(parsePage(seedHtml, 'https://theprint.in/world/us-strikes/379497/'));

  it('finds the article and its metadata', () => {
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.article.title).toBe(seedExpected.title);
    expect(outcome.article.siteName).toBe(seedExpected.siteName);
    expect(outcome.article.byline).toBe(seedExpected.byline);
    expect(outcome.article.lang).toBe('en-US');
    expect(outcome.article.publishedTime).toBe('2020-03-13T07:41:12+05:30');
    expect(outcome.article.wordCount).toBeGreaterThan(400);
  });

  it('keeps every passage of the article', () => {
    if (outcome.status !== 'ok') throw new Error('no article');
    const text = articleText(outcome.article.html);
    for (const passage of seedExpected.mustContain) expect(text).toContain(collapseWhitespace(passage));
  });

  it('leaves out the page chrome', () => {
    if (outcome.status !== 'ok') throw new Error('no article');
    const html = outcome.article.html;
    const text = articleText(html);
    for (const chrome of seedExpected.mustNotContain) {
      expect(text, chrome).not.toContain(chrome);
      expect(html, chrome).not.toContain(chrome);
    }
  });

  it('removes tracking parameters from links', () => {
    if (outcome.status !== 'ok') throw new Error('no article');
    for (const [tracked, clean] of Object.entries(seedExpected.linksWithoutTrackingParams)) {
      expect(outcome.article.html).not.toContain(tracked.replaceAll('&', '&amp;'));
      expect(outcome.article.html).toContain(`href="${clean}"`);
    }
  });

  it('records what it removed, by kind', () => {
    if (outcome.status !== 'ok') throw new Error('no article');
    const kinds = new Set(outcome.article.removed.map((item) => item.kind));
    expect(kinds).toContain('tracker');
    expect(kinds).toContain('promo');
  });

  it('does not modify the page it reads', () => {
    const page = parsePage(seedHtml);
    const before = page.documentElement.outerHTML;
    extractArticle(page);
    expect(page.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle on a page without a title', () => {
  it('leaves the title empty, and the reader shows the address instead', () => {
    const story = '<p>The harbour tram will run again from May, the council decided after a long debate about its cost.</p>'.repeat(8);
    const page = parsePage(`<html><body><div>${story}</div></body></html>`);
    const article = articleOf(extractArticle(page, { url: 'https://example.test/tram' }));
    expect(article?.title).toBe('');
    expect(article && shownTitle(article)).toBe('https://example.test/tram');
  });
});

describe('extractArticle on pages that are not articles', () => {
  it('answers not-article for an empty page', () => {
    const outcome = extractArticle(parsePage('<html><head><title>Empty</title></head><body></body></html>'));
    expect(outcome.status).toBe('not-article');
  });

  it('answers not-article for a sign-in form', () => {
    const outcome = extractArticle(
      parsePage(`<html><head><title>Sign in</title></head><body><h1>Sign in</h1>
        <form><label>Email <input name="email"></label><label>Password <input type="password"></label>
        <button>Sign in</button></form><p>Forgot your password?</p></body></html>`),
    );
    expect(outcome.status).toBe('not-article');
  });

  it('answers not-article for a binary file served as a page, however many "words" it has', () => {
    // What random bytes look like after decoding as UTF-8: replacement characters, control codes and stray letters.
    const garbage = Array.from({ length: 400 }, (_, index) => `\uFFFD${String.fromCharCode(1 + (index % 8))}q${index}\uFFFD\uFFFD`).join(' ');
    const outcome = extractArticle(parsePage(`<html><body><p>${garbage}</p><p>${garbage}</p></body></html>`));
    expect(articleOf(outcome)?.wordCount).toBeGreaterThan(80);
    expect(outcome.status).toBe('not-article');
  });
});

describe('extractArticle keeps the byline from the chrome rules', () => {
  it('reads the byline that sits in a bar with share buttons', () => {
    const paragraphs = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1} tells of the harbour tram, the council vote, the cost of the works and what the old town said about it all.</p>`).join('');
    const outcome = extractArticle(
      parsePage(`<html><head><title>Tram</title></head><body><article><h1>Tram</h1>
        <div class="meta-share-bar"><span class="byline">By Jane Roe</span><a href="https://twitter.com/intent/tweet?u=1">Tweet</a></div>
        <div class="entry-content">${paragraphs}</div></article></body></html>`),
    );
    expect(articleOf(outcome)?.byline).toBe('By Jane Roe');
    expect(articleOf(outcome)?.html).not.toContain('Tweet');
  });
});

describe('extractArticle on short texts (fewer than 80 words)', () => {
  // 40 long words: too few to count as an article by length alone. No <article> wrapper:
  // isProbablyReaderable scores <article> text like a paragraph's.
  const words = Array.from({ length: 40 }, (_, index) => `extraordinarily${index}`);
  const page = (body: string) => parsePage(`<html><head><title>Short</title></head><body><div>${body}</div></body></html>`);

  it('keeps the article when Readability calls the page readerable (one paragraph of over 140 characters)', () => {
    const outcome = extractArticle(page(`<p>${words.join(' ')}</p>`));
    expect(articleOf(outcome)?.wordCount).toBe(40);
    expect(outcome.status).toBe('ok');
  });

  it('counts the words of a numbered list, not its numbers', () => {
    const items = words.slice(30).map((word) => `<li>${word}</li>`).join('');
    const outcome = extractArticle(page(`<p>${words.slice(0, 30).join(' ')}</p><ol>${items}</ol>`));
    expect(articleOf(outcome)?.html).toContain('<ol>');
    expect(articleOf(outcome)?.wordCount).toBe(40);
  });

  it('answers not-article when Readability does not (short paragraphs only)', () => {
    const paragraphs = Array.from({ length: 8 }, (_, index) => `<p>${words.slice(index * 5, index * 5 + 5).join(' ')}</p>`);
    const outcome = extractArticle(page(paragraphs.join('')));
    expect(articleOf(outcome)?.wordCount).toBe(40);
    expect(outcome.status).toBe('not-article');
  });
});
