import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { findDek, restoreDek } from '@/utils/extract/dek';
import { headline } from '@/utils/extract/headline';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1} of the story, which goes on for a while about the harbour tram, the council vote, the cost of the works and what residents of the old town said about the noise.</p>`,
).join('');

const DEK = 'The council backs a two-year plan to run trams through the old town, despite the cost.';

function page(header: string, title = 'Tram to the harbour | The Paper'): Document {
  return parsePage(`<html><head><title>${title}</title></head><body>
    <nav><a href="/">Home</a> <a href="/city">City</a></nav>
    <div class="hero">${header}</div>
    <div class="story-body">${PARAGRAPHS}</div></body></html>`);
}

describe('dek', () => {
  it('puts the dek from the header at the top of the article', () => {
    const outcome = extractArticle(page(`<h1>Tram to the harbour</h1><p class="article-subtitle">${DEK}</p>`));
    const text = articleOf(outcome)?.html ?? '';
    expect(text).toContain(DEK);
    expect(text.indexOf(DEK)).toBeLessThan(text.indexOf('Paragraph 1'));
  });

  it('finds a dek after the byline, or an unnamed sentence right under the headline', () => {
    expect(findDek(headline(page(`<h1>Tram to the harbour</h1><div class="byline">By Jane Roe</div><div class="share"><a href="#">Share</a></div><div class="summary">${DEK}</div>`)))).toBe(DEK);
    expect(findDek(headline(page(`<div class="title-wrap"><h1>Tram to the harbour</h1></div><div>${DEK}</div>`)))).toBe(DEK);
  });

  it('takes no byline, date, link list or short label for a dek', () => {
    expect(findDek(headline(page('<h1>Tram to the harbour</h1><p>By Jane Roe and John Doe, transport reporters, 3 June 2024</p>')))).toBeNull();
    expect(findDek(headline(page('<h1>Tram to the harbour</h1><div class="post-date">Published on Tuesday, June 3, 2024 at 10:39 in the morning</div>')))).toBeNull();
    expect(findDek(headline(page('<h1>Tram to the harbour</h1><p class="intro"><a href="/a">Council news</a> · <a href="/b">Transport news and the harbour works</a></p>')))).toBeNull();
    expect(findDek(headline(page('<h1>Tram to the harbour</h1><div>Transport, city hall</div>')))).toBeNull();
    expect(findDek(headline(page(`<h1>Tram to the harbour</h1><p class="subtitle">${DEK} <a href="/calc">Calculate your fare →</a></p>`)))).toBeNull();
    // Only the words: a style sheet inside the block is no part of it.
    expect(findDek(headline(page(`<h1>Tram to the harbour</h1><p class="subtitle"><style>.front h1 { display: none; }</style>${DEK}</p>`)))).toBe(DEK);
    // An unnamed block that is not the first one under the headline is the article, not its dek.
    expect(findDek(headline(page(`<h1>Tram to the harbour</h1><div class="byline">By Jane Roe</div><div>${DEK}</div>`)))).toBeNull();
  });

  it('reads camelCase dek names, a named dek that opens like a byline but is a sentence, and empty paragraphs around a dek', () => {
    expect(findDek(headline(page(`<div class="Hero_headline"><h1>Tram to the harbour</h1></div><div class="Hero_range">From $3 a ride</div><div class="Hero_dekContainer"><p>${DEK}</p></div>`)))).toBe(DEK);
    const fromDek = 'From the quay to the old town, these are the stops the tram will serve by 2026.';
    expect(findDek(headline(page(`<h1>Tram to the harbour</h1><div class="subheadline">${fromDek}</div>`)))).toBe(fromDek);
    expect(findDek(headline(page(`<h1>Tram to the harbour</h1><div class="text-xl"><p itemprop="description"></p><p>${DEK}</p><p></p></div>`)))).toBe(DEK);
  });

  it('takes a long unnamed subheading that is a sentence for a dek, never a section title or a byline in a dek\'s place', () => {
    const sentence = 'Protect the old town from years of noise with a tram plan that the council, the shops and the residents of the harbour can all agree on.';
    expect(findDek(headline(page(`<h1>Tram to the harbour</h1><h2>${sentence}</h2>`)))).toBe(sentence);
    expect(findDek(headline(page('<h1>Tram to the harbour</h1><h2>What the council decided and what it will cost</h2>')))).toBeNull();
    expect(findDek(headline(page('<h1>Tram to the harbour</h1><h2>Efficacy of a Harbour Tram to Reduce Traffic in an Old Town: A Randomized Trial of Two Routes Among Residents</h2>')))).toBeNull();
    expect(findDek(headline(page('<h1>Tram to the harbour</h1><div class="subtitle">By Jane Roe and John Doe, transport reporters</div>')))).toBeNull();
  });

  it('reads the headline the title names when the page has several h1', () => {
    const doc = page(`<h1>The Paper</h1><p>${DEK}</p><h1>Tram to the harbour</h1><p class="standfirst">Residents fear years of noise.  Shops fear losing trade.</p>`);
    expect(findDek(headline(doc))).toBe('Residents fear years of noise. Shops fear losing trade.');
  });

  it('does not repeat a dek the article already says', () => {
    const article = document.createElement('div');
    article.innerHTML = `<div id="readability-page-1"><p>${DEK}</p>${PARAGRAPHS}</div>`;
    restoreDek(article, DEK);
    expect(article.innerHTML.split(DEK)).toHaveLength(2);
  });

  it('leaves out a dek whose opening words the article says (a summary drafted from the lead), and keeps one that only shares a word or two', () => {
    const draft = 'The council backs a two-year plan to run trams, whatever the cost.';
    const article = document.createElement('div');
    article.innerHTML = `<div id="readability-page-1"><p>The council backs a two-year plan to run trams through the old town.</p>${PARAGRAPHS}</div>`;
    restoreDek(article, draft);
    expect(article.textContent).not.toContain(draft);

    const summary = 'The council backs trams. Residents fear years of noise.';
    restoreDek(article, summary);
    expect(article.querySelector('p')?.textContent).toBe(summary);
  });
});
