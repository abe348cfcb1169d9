import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { removePageCode } from '@/utils/extract/page-code';
import { parsePage } from './helpers';

const STORY = Array.from(
  { length: 5 },
  (_, index) => `<p>Paragraph ${index + 1} of the story: the council voted on the new bridge tonight, after a long and heated public debate.</p>`,
).join('');

describe('page code', () => {
  it('takes the styles and scripts out of the page and leaves its JSON-LD, its image fallbacks and its words', () => {
    const doc = parsePage(`<html><body><article><style>p { color: red }</style><p>The words.</p>
      <script>track("read")</script><script type="module">load()</script>
      <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Jane Roe"}}</script>
      <noscript><img src="https://example.com/photo.jpg" alt="A photo"></noscript></article></body></html>`);
    removePageCode(doc.body);
    expect(doc.querySelectorAll('style, script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.querySelector('script[type="application/ld+json"]')?.textContent).toContain('Jane Roe');
    expect(doc.querySelector('noscript')).not.toBeNull();
    expect(doc.body.textContent).toContain('The words.');
  });

  it('a script in a paragraph does not count as text: the pipeline keeps the story, not the ad before it', () => {
    // An ad's paragraph carries its loader inline; counted as words, the script made the ad the
    // block holding nearly all the page's paragraph text, and the story was cut away with the rest.
    const loader = `window.adSlots = window.adSlots || []; ${'window.adSlots.push({ slot: "/1234/news/sidebar", sizes: [[300, 250]] }); '.repeat(100)}`;
    const page = `<html><head><title>The bridge vote</title></head><body>
      <div class="column"><div class="rail"><p>Advertisement <script>${loader}</script></p></div></div>
      <div class="story">${STORY}</div></body></html>`;
    const html = articleOf(extractArticle(parsePage(page)))?.html ?? '';
    expect(html).toContain('Paragraph 1 of the story');
    expect(html).toContain('Paragraph 5 of the story');
  });
});
