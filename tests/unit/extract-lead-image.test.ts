import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1} of the story, which goes on for a while about the harbour tram, the council vote, the cost of the works and what residents of the old town said about the noise.</p>`,
).join('');

function page(ogImage: string, figure: string): Document {
  return parsePage(`<html><head><title>Tram</title><meta property="og:image" content="${ogImage}"></head><body>
    <article><h1>Tram to the harbour</h1>${figure}<div class="entry-content">${PARAGRAPHS}</div></article></body></html>`);
}

describe('lead figure', () => {
  it('keeps the featured figure and its caption that sit above the article body', () => {
    const outcome = extractArticle(
      page('https://news.example/tram.jpg', '<div class="featured"><figure><img src="/tram.jpg" width="800"><figcaption>The tram at the harbour | Archive</figcaption></figure></div>'),
    );
    const html = articleOf(outcome)?.html ?? '';
    expect(html).toContain('The tram at the harbour');
    expect(html).toContain('src="https://news.example/tram.jpg"');
    expect(html.indexOf('The tram at the harbour')).toBeLessThan(html.indexOf('Paragraph 1'));
  });

  it('adds nothing when the page names another image', () => {
    const outcome = extractArticle(
      page('https://img.news.example/logo.png', '<div class="featured"><figure><img src="/tram.jpg" width="800"><figcaption>The tram at the harbour</figcaption></figure></div>'),
    );
    expect(articleOf(outcome)?.html).not.toContain('The tram at the harbour');
  });
});
