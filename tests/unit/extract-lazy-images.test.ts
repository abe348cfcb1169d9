import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { showLazyImages } from '@/utils/extract/lazy-images';
import { parsePage } from './helpers';

/** WordPress lazy-loading plugins' stand-ins: an empty SVG of the image's size, URL-encoded or base64. */
const SVG_STAND_IN = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20768'%3E%3C/svg%3E";
const BASE64_SVG_STAND_IN = 'data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMSIgaGVpZ2h0PSIxIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjwvc3ZnPg==';
const GIF_STAND_IN = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** `markup` inside a page, with what showLazyImages made of it. */
function shown(markup: string): Element {
  const body = parsePage(`<html><body><div>${markup}</div></body></html>`).body;
  showLazyImages(body);
  return body.firstElementChild!;
}

const sourceOf = (markup: string) => shown(markup).querySelector('img')?.getAttribute('src');

describe('showLazyImages', () => {
  it('swaps a stand-in for the address the page keeps aside, made absolute', () => {
    expect(sourceOf(`<img src="${SVG_STAND_IN}" data-lazy-src="/uploads/harbour.jpg" width="1024" height="768">`)).toBe('https://news.example/uploads/harbour.jpg');
    expect(sourceOf(`<img class="lazyload" src="${BASE64_SVG_STAND_IN}" data-src="//cdn.news.example/harbour.png?w=900">`)).toBe('https://cdn.news.example/harbour.png?w=900');
    expect(sourceOf(`<img src="${GIF_STAND_IN}" data-original="https://cdn.news.example/harbour.webp">`)).toBe('https://cdn.news.example/harbour.webp');
    expect(sourceOf('<img data-src="harbour.jpeg" alt="The harbour">')).toBe('https://news.example/2024/harbour.jpeg');
  });

  it('takes an address alone over the first of a list, which may be a thumbnail', () => {
    const image = `<img src="${SVG_STAND_IN}" data-srcset="/harbour-300.jpg 300w, /harbour-1024.jpg 1024w" data-src="/harbour.jpg">`;
    expect(sourceOf(image)).toBe('https://news.example/harbour.jpg');
    expect(sourceOf('<img data-srcset="/harbour-300.jpg 300w, /harbour-1024.jpg 1024w">')).toBe('https://news.example/harbour-300.jpg');
    expect(sourceOf('<img data-srcset="/harbour.jpg, /harbour@2x.jpg 2x">')).toBe('https://news.example/harbour.jpg');
    // An image's own srcset is no lazy address: the reader never loads what it lists.
    expect(sourceOf('<img srcset="https://elsewhere.example/only.png 1x">')).toBeNull();
  });

  it('gives a figure that names its image, and holds none, an image', () => {
    const figure = shown('<figure data-media="https://cdn.news.example/harbour.jpg"><figcaption>The harbour</figcaption></figure>').querySelector('figure')!;
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('https://cdn.news.example/harbour.jpg');
  });

  it('removes a stand-in that has no address to swap in: it would show as a blank', () => {
    for (const standIn of [SVG_STAND_IN, BASE64_SVG_STAND_IN, GIF_STAND_IN, "data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D'http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg'%2F%3E"]) {
      expect(shown(`<figure><img src="${standIn}" width="1024" height="768" alt="The harbour"><figcaption>The harbour</figcaption></figure>`).innerHTML, standIn).toBe('<figure><figcaption>The harbour</figcaption></figure>');
    }
  });

  it('leaves an image that has an address, an inline image that draws something, and words that only look like a file', () => {
    expect(sourceOf('<img src="/harbour.jpg" data-src="/harbour-large.jpg">')).toBe('/harbour.jpg');
    const drawing = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3Crect%20width='4'%20height='4'/%3E%3C/svg%3E";
    expect(sourceOf(`<img src="${drawing}" alt="chart.png" title="chart.png">`)).toBe(drawing);
    const icon = `data:image/png;base64,${'iVBORw0KGgo'.repeat(20)}`;
    expect(sourceOf(`<img src="${icon}">`)).toBe(icon);
    expect(sourceOf('<img src="data:image/svg+xml,%E0%A4%A">')).toBe('data:image/svg+xml,%E0%A4%A');
    expect(sourceOf('<img alt="harbour.jpg">')).toBeNull();
    const figure = shown('<figure data-media="/harbour.jpg"><img src="/other.jpg"></figure>');
    expect([...figure.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual(['/other.jpg']);
  });
});

describe('lazy images in an extracted article', () => {
  const story = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1} about the harbour tram, the council vote and the cost of the works in the old town.</p>`).join('');

  it('show their own addresses, absolute, wherever the article found them', () => {
    const page = parsePage(
      `<html><head><title>Tram</title></head><body><article><h1>Tram</h1>${story}` +
        `<figure><img src="${SVG_STAND_IN}" data-lazy-src="/uploads/tram.jpg" width="1024" height="768"><figcaption>The tram at the quay.</figcaption></figure>${story}</article></body></html>`,
    );
    const html = articleOf(extractArticle(page))?.html ?? '';
    expect(html).toContain('src="https://news.example/uploads/tram.jpg"');
    expect(html).not.toContain('data:image/svg+xml');
  });

  it('are judged as what they load: a tracking pixel kept aside is still removed', () => {
    const page = parsePage(
      `<html><head><title>Tram</title></head><body><article><h1>Tram</h1>${story}` +
        `<p><img src="${GIF_STAND_IN}" data-src="https://www.google-analytics.com/collect.png?v=1&tid=UA-1"></p>${story}</article></body></html>`,
    );
    const outcome = extractArticle(page);
    expect(articleOf(outcome)?.html).not.toContain('google-analytics');
    expect(articleOf(outcome)?.removed.some((item) => item.kind === 'tracker')).toBe(true);
  });
});
