import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { authorName, pageAuthor } from '@/utils/extract/page-author';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const head = (metas: string) => parsePage(`<html><head><title>Tram</title>${metas}</head><body><p>Text</p></body></html>`);

describe('pageAuthor, from the Twitter card', () => {
  it('reads the author from the Twitter card labels, whichever pair says it', () => {
    expect(pageAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Roe">'))).toBe('Jane Roe');
    expect(
      pageAuthor(
        head(
          '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">' +
            '<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content=" Jane Roe ">',
        ),
      ),
    ).toBe('Jane Roe');
  });

  it('finds none when no label names the author, or its data is missing', () => {
    expect(pageAuthor(head('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">'))).toBeNull();
    expect(pageAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data2" content="Jane Roe">'))).toBeNull();
    expect(pageAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content=" ">'))).toBeNull();
    expect(pageAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="admin">'))).toBeNull();
    // A forged label cannot make the selector read anything else.
    expect(pageAuthor(head('<meta name="twitter:label1&quot;]" content="Written by"><meta name="twitter:data1" content="Jane Roe">'))).toBeNull();
    expect(pageAuthor(head(''))).toBeNull();
  });
});

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('pageAuthor, from JSON-LD and microdata', () => {
  it("reads the article's author given as text, or as a person elsewhere in the graph", () => {
    expect(pageAuthor(head(jsonLd({ '@type': 'BlogPosting', headline: 'Tram', author: 'Jane Roe' })))).toBe('Jane Roe');
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://paper.example/tram#page' },
        { '@type': 'Article', author: { '@id': 'https://paper.example/#/schema/person/1' } },
        { '@type': 'Person', '@id': 'https://paper.example/#/schema/person/1', name: 'Jane Roe' },
      ],
    };
    expect(pageAuthor(head(jsonLd(graph)))).toBe('Jane Roe');
    expect(pageAuthor(head(jsonLd({ '@type': ['NewsArticle'], author: ['Jane Roe', { name: 'John Doe' }] })))).toBe('Jane Roe, John Doe');
  });

  it('reads the author of microdata on a meta element', () => {
    expect(pageAuthor(head('<meta itemprop="author" content="Jane Roe">'))).toBe('Jane Roe');
  });

  it('takes no organization, address, account number or broken JSON for an author', () => {
    expect(pageAuthor(head(jsonLd({ '@type': 'Article', author: { '@type': 'Organization', name: 'The Paper' } })))).toBeNull();
    const organization = { '@graph': [{ '@type': 'Article', author: { '@id': '#org' } }, { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Paper' }] };
    expect(pageAuthor(head(jsonLd(organization)))).toBeNull();
    expect(pageAuthor(head(jsonLd({ '@type': 'Article', author: 'https://paper.example/author/jane' })))).toBeNull();
    expect(pageAuthor(head('<meta itemprop="author" content="262588213843476">'))).toBeNull();
    expect(pageAuthor(head('<script type="application/ld+json">{"@type": "Article", "author": </script>'))).toBeNull();
    // The author of something else on the page (a review's product, an event) is not the article's.
    expect(pageAuthor(head(jsonLd({ '@type': 'Book', author: 'Jane Roe' })))).toBeNull();
  });
});

describe('pageAuthor, from the link the page marks as its author', () => {
  const body = (html: string) => parsePage(`<html><head><title>Tram</title></head><body>${html}</body></html>`);

  it('reads the words of the first rel="author" link: a "Posted by" line under the story', () => {
    expect(pageAuthor(body('<p>The story.</p><p>Posted by <a href="/profile/1" rel="author" title="author profile">\n  Jane   Roe\n</a></p>'))).toBe('Jane Roe');
    expect(pageAuthor(body('<p>By <a href="/author/jane" rel="Author noopener">Jane Roe</a></p><p>By <a href="/author/john" rel="author">John Doe</a></p>'))).toBe('Jane Roe');
  });

  it('takes the metadata first, and no label or long text from such a link', () => {
    const card = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="John Doe">';
    expect(pageAuthor(parsePage(`<html><head>${card}</head><body><a rel="author" href="/a">Jane Roe</a></body></html>`))).toBe('John Doe');
    expect(pageAuthor(body('<a rel="author" href="/a">Full bio</a>'))).toBeNull();
    expect(pageAuthor(body(`<a rel="author" href="/a">${'All the posts of the writers of this site, '.repeat(3)}</a>`))).toBeNull();
    expect(pageAuthor(body('<a rel="authority" href="/a">Jane Roe</a>'))).toBeNull();
  });
});

describe('authorName', () => {
  it('takes no date, label, address or account number alone for a name', () => {
    for (const notAName of ['Aug 15', 'Sat, 20 Dec, 2025 - 06:36', '[Submitted on 18 Dec 2025]', 'Updated March 13, 2024', '2024-03-01', '12/11/25', 'By', 'Author:', 'About the Author', 'Full Bio', 'https://paper.example/user/jane-roe', '262588213843476', 'admin', ' ', 'How we reviewed this article:', 'Written by:     Researched by:', ', USA TODAY']) {
      expect(authorName(notAName), notAName).toBeNull();
    }
  });

  it('keeps names, with what comes with them, as they are', () => {
    for (const name of ['Jane Roe', 'May Smith', 'By Jane Roe', 'Jane Roe, Aug 15', 'Staff', 'The Investopedia Team']) expect(authorName(name)).toBe(name);
    expect(authorName(' Jane Roe ')).toBe('Jane Roe');
  });

  it('takes the text of a name written with markup, and no markup alone for a name', () => {
    expect(authorName('<a href="https://paper.example/staff/jane-roe">Jane Roe</a>')).toBe('Jane Roe');
    expect(authorName('<img src=x onerror=alert(1)>')).toBeNull();
  });
});

describe('the byline of an article', () => {
  const story = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1} about the harbour tram, the council vote and the cost of the works in the old town.</p>`).join('');
  const card = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Roe">';

  it("is the Twitter card's author when the page names it nowhere else", () => {
    const page = parsePage(`<html><head><title>Tram</title>${card}</head><body><article><h1>Tram</h1>${story}</article></body></html>`);
    expect(articleOf(extractArticle(page))?.byline).toBe('Jane Roe');
  });

  it("is the page's author when what Readability finds is a date", () => {
    const page = parsePage(`<html><head><title>Tram</title>${card}</head><body><article><h1>Tram</h1><p class="byline">Aug 15</p>${story}</article></body></html>`);
    expect(articleOf(extractArticle(page))?.byline).toBe('Jane Roe');
    const undated = parsePage(`<html><head><title>Tram</title></head><body><article><h1>Tram</h1><p class="byline">Aug 15</p>${story}</article></body></html>`);
    expect(articleOf(extractArticle(undated))?.byline).toBeNull();
  });

  it('is the byline Readability finds, when there is one', () => {
    const page = parsePage(`<html><head><title>Tram</title>${card}</head><body><article><h1>Tram</h1><p class="byline">By John Doe</p>${story}</article></body></html>`);
    expect(articleOf(extractArticle(page))?.byline).toBe('By John Doe');
  });

  it("is the text of a name the page's metadata writes with markup", () => {
    const metadata = jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tram', author: { '@type': 'Person', name: '<a href="/staff/jane-roe">Jane Roe</a>' } });
    const page = parsePage(`<html><head><title>Tram</title>${metadata}</head><body><article><h1>Tram</h1>${story}</article></body></html>`);
    expect(articleOf(extractArticle(page))?.byline).toBe('Jane Roe');
  });
});
