import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { cardAuthor } from '@/utils/extract/card-author';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const head = (metas: string) => parsePage(`<html><head><title>Tram</title>${metas}</head><body><p>Text</p></body></html>`);

describe('cardAuthor', () => {
  it('reads the author from the Twitter card labels, whichever pair says it', () => {
    expect(cardAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Roe">'))).toBe('Jane Roe');
    expect(
      cardAuthor(
        head(
          '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">' +
            '<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content=" Jane Roe ">',
        ),
      ),
    ).toBe('Jane Roe');
  });

  it('finds none when no label names the author, or its data is missing', () => {
    expect(cardAuthor(head('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">'))).toBeNull();
    expect(cardAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data2" content="Jane Roe">'))).toBeNull();
    expect(cardAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content=" ">'))).toBeNull();
    expect(cardAuthor(head('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="admin">'))).toBeNull();
    // A forged label cannot make the selector read anything else.
    expect(cardAuthor(head('<meta name="twitter:label1&quot;]" content="Written by"><meta name="twitter:data1" content="Jane Roe">'))).toBeNull();
    expect(cardAuthor(head(''))).toBeNull();
  });
});

describe('the byline of an article', () => {
  const story = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1} about the harbour tram, the council vote and the cost of the works in the old town.</p>`).join('');
  const card = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Roe">';

  it("is the Twitter card's author when the page names it nowhere else", () => {
    const page = parsePage(`<html><head><title>Tram</title>${card}</head><body><article><h1>Tram</h1>${story}</article></body></html>`);
    expect(articleOf(extractArticle(page))?.byline).toBe('Jane Roe');
  });

  it('is the byline Readability finds, when there is one', () => {
    const page = parsePage(`<html><head><title>Tram</title>${card}</head><body><article><h1>Tram</h1><p class="byline">By John Doe</p>${story}</article></body></html>`);
    expect(articleOf(extractArticle(page))?.byline).toBe('By John Doe');
  });
});
