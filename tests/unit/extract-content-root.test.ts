import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { contentRoot, narrowToContentRoot } from '@/utils/extract/content-root';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

function paragraphs(count: number, topic: string): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<p>${topic} ${index + 1}: the council met on Tuesday to vote on the harbour tram, its cost, the works in the old town and what the residents said about the noise.</p>`,
  ).join('');
}

const STORY = paragraphs(8, 'Story paragraph');

const NAV = '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav>';

function newsPage(article: string, after = ''): Document {
  return parsePage(`<html><head><title>Tram to the harbour | The Paper</title></head><body>
    <div id="page">
      <div class="top">${NAV}</div>
      <div class="columns">
        <div class="main-column">${article}</div>
        <div class="rail"><h3>Most read</h3><ul><li><a href="/a">Another story about the harbour</a></li><li><a href="/b">A third story about the city</a></li></ul></div>
      </div>
      ${after}
      <div class="site-footer"><a href="/about">About us</a> <a href="/privacy">Privacy</a></div>
    </div></body></html>`);
}

function textOf(doc: Document): string {
  return doc.body.textContent ?? '';
}

describe('content root', () => {
  it('is the container that holds nearly all of the paragraph text', () => {
    const doc = newsPage(`<h1>Tram to the harbour</h1><div class="story-body">${STORY}</div>`);
    expect(contentRoot(doc.body)?.className).toBe('story-body');
  });

  it('is not found when the text is split between containers, or the page has little text', () => {
    const split = newsPage(`<div class="part">${paragraphs(4, 'First half')}</div><div class="part">${paragraphs(4, 'Second half')}</div>`);
    expect(contentRoot(split.body)?.className).toBe('main-column');
    const short = newsPage(`<div class="story-body">${paragraphs(2, 'Short')}</div>`);
    expect(contentRoot(short.body)).toBeNull();
  });

  it('gives up on a page nested too deep to add up quickly, and leaves it whole', () => {
    const deep = `${'<div>'.repeat(3_000)}${paragraphs(100, 'Deep')}${'</div>'.repeat(3_000)}`;
    const doc = parsePage(`<html><body><div class="top">${NAV}</div>${deep}</body></html>`);
    expect(contentRoot(doc.body)).toBeNull();
    expect(narrowToContentRoot(doc.body)).toBeNull();
  });

  it('takes away the menus, the rail, the footer and what follows the article', () => {
    const comments = `<div class="comments"><h3>Comments</h3><p>I was at that meeting and the noise argument is overstated by a wide margin, honestly.</p></div>`;
    const doc = newsPage(`<h1>Tram to the harbour</h1><div class="story-body">${STORY}</div>`, comments);
    expect(narrowToContentRoot(doc.body)?.className).toBe('story-body');
    const text = textOf(doc);
    expect(text).toContain('Story paragraph 8');
    expect(text).toContain('Tram to the harbour');
    for (const gone of ['Sport', 'Most read', 'Another story', 'noise argument', 'Privacy']) expect(text).not.toContain(gone);
  });

  it('keeps what leads into the article and what sits beside its body inside <article>', () => {
    const intro = '<div class="intro">The council backs a two-year plan to run trams through the old town, despite the cost.</div>';
    const hero = '<div class="hero-image"><img src="/tram.jpg" alt="A tram"></div>';
    const authorNote = '<div class="author-note">Jane Roe covers transport for The Paper.</div>';
    const doc = newsPage(`<article><header><h1>Tram to the harbour</h1></header>${intro}${hero}<div class="content"><div class="story-body">${STORY}</div></div>${authorNote}</article>`);
    narrowToContentRoot(doc.body);
    const text = textOf(doc);
    expect(text).toContain('two-year plan');
    expect(text).toContain('covers transport');
    expect(doc.querySelector('img[src="/tram.jpg"]')).not.toBeNull();
  });

  it('keeps the elements it is told to keep, and moves the page metadata to the head', () => {
    const byline = '<div class="byline"><a href="/jane">By Jane Roe</a></div>';
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram to the harbour"}</script>';
    const doc = parsePage(`<html><head><title>Tram</title></head><body>
      <div class="top">${NAV}${byline}</div><div class="wrap"><div class="story-body">${STORY}</div></div>
      <div class="rail"><meta name="author" content="Jane Roe"><a href="/x">Other story</a></div>${jsonLd}</body></html>`);
    const kept = doc.querySelector('.byline');
    narrowToContentRoot(doc.body, kept ? [kept] : []);
    expect(textOf(doc)).toContain('By Jane Roe');
    expect(textOf(doc)).not.toContain('Other story');
    expect(doc.head.querySelector('meta[name="author"]')).not.toBeNull();
    expect(doc.head.querySelector('script[type="application/ld+json"]')).not.toBeNull();
  });

  it('leaves the whole article, title and byline to the reader', () => {
    const doc = parsePage(`<html><head><title>Tram to the harbour | The Paper</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tram to the harbour","author":{"@type":"Person","name":"Jane Roe"}}</script></head><body>
      <div class="top">${NAV}</div>
      <article><h1>Tram to the harbour</h1><div class="story-body">${STORY}</div><p class="note">Jane Roe covers transport.</p></article>
      <div class="comments"><p>I was at that meeting and the noise argument is overstated by a wide margin, honestly.</p></div>
      </body></html>`);
    const article = articleOf(extractArticle(doc));
    expect(article?.title).toBe('Tram to the harbour');
    expect(article?.byline).toBe('Jane Roe');
    for (let index = 1; index <= 8; index += 1) expect(article?.html).toContain(`Story paragraph ${index}:`);
    expect(article?.html).toContain('covers transport');
    expect(article?.html).not.toContain('noise argument');
  });

  it('takes the content root as the article when Readability keeps a small note instead', () => {
    // Readability sets aside blocks with names like "extra" before scoring, and the note alone
    // is long enough for it to stop there.
    const note = `<div class="note"><p>${'Prices and opening hours were checked at the time of writing and may have changed since then, so please check again. '.repeat(5)}</p></div>`;
    const doc = parsePage(`<html><head><title>Tram to the harbour</title></head><body>
      <div class="page"><div class="story-extra">${paragraphs(40, 'Story paragraph')}</div>${note}</div></body></html>`);
    const html = articleOf(extractArticle(doc))?.html ?? '';
    expect(html).toContain('Story paragraph 1:');
    expect(html).toContain('Story paragraph 40:');
  });

  it('puts back the introduction above the content root it takes instead, but not a disclosure', () => {
    const note = `<div class="note"><p>${'Prices and opening hours were checked at the time of writing and may have changed since then, so please check again. '.repeat(5)}</p></div>`;
    const intro = '<p>The council has published the route of the harbour tram, and the first crews start work next spring.</p>';
    const disclosure = '<div class="affiliate-disclosure"><p>We may be compensated when you book a table through the links on this page. It does not change what we recommend: our editors choose every place on their own, and pay for their meals.</p></div>';
    const doc = parsePage(`<html><head><title>Tram to the harbour</title></head><body>
      <div class="page"><h1>Tram to the harbour</h1><div class="lead">${intro}${intro.replace('first crews', 'night crews')}</div>${disclosure}
      <div class="wrap"><div class="story-extra">${paragraphs(40, 'Story paragraph')}</div>${note}</div></div></body></html>`);
    const html = articleOf(extractArticle(doc))?.html ?? '';
    expect(html).toContain('Story paragraph 40:');
    expect(html).toContain('the night crews start work');
    expect(html.indexOf('the night crews start work')).toBeLessThan(html.indexOf('Story paragraph 1:'));
    expect(html).not.toContain('We may be compensated');
  });

  it('keeps what Readability picked when it holds the article, even beside a longer thread', () => {
    // The replies sit where Readability does not look ("extra"), but inside the content root.
    const thread = `<div class="thread-extra">${paragraphs(30, 'Reader reply')}</div>`;
    const doc = parsePage(`<html><head><title>Tram to the harbour</title></head><body>
      <div class="page"><div class="wrap"><div class="story-body">${paragraphs(8, 'Story paragraph')}</div>${thread}</div></div></body></html>`);
    const html = articleOf(extractArticle(doc))?.html ?? '';
    expect(html).toContain('Story paragraph 8:');
    expect(html).not.toContain('Reader reply');
  });
});
