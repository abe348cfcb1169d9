import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { removeRepeatedBlocks } from '@/utils/extract/repeated-blocks';
import { parsePage } from './helpers';

const PARAGRAPHS = [
  'The council voted on Tuesday to reopen the old tram line along the harbour, twenty years after the last car ran.',
  'Engineers say the rails can be restored within two years, though the bridge at the river mouth needs new foundations.',
  'Residents who spoke at the meeting welcomed the plan but asked for a later last tram on weekends and cheaper fares.',
  'The first section, from the station to the fish market, is due to open next spring if the funding is confirmed.',
];
const STORY = PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');

function pageOf(body: string): Document {
  return parsePage(`<html><head><title>Trams return to the harbour</title></head><body>${body}</body></html>`);
}

describe('removeRepeatedBlocks', () => {
  it('keeps one of the versions a responsive page draws per screen size (Framer variants)', () => {
    const doc = pageOf(`<div id="main">
      <div class="ssr-variant hidden-a hidden-b"><div>${STORY}</div></div>
      <div class="ssr-variant hidden-b hidden-c"><div>${STORY}</div></div>
      <div class="ssr-variant hidden-a hidden-c"><div>${STORY}</div></div>
    </div>`);
    removeRepeatedBlocks(doc.body);
    expect(doc.querySelectorAll('.ssr-variant')).toHaveLength(1);
    expect(doc.querySelectorAll('p')).toHaveLength(PARAGRAPHS.length);
  });

  it('keeps one of a desktop and a mobile slide saying the same', () => {
    const slide = `<h3>Harbour line</h3><p>${PARAGRAPHS[0]}</p>`;
    const doc = pageOf(`<main><section class="slide desktop">${slide}</section><section class="slide mobile">${slide}</section></main>`);
    removeRepeatedBlocks(doc.body);
    expect([...doc.querySelectorAll('section')].map((section) => section.className)).toEqual(['slide desktop']);
  });

  it('sees past a line break between the two versions', () => {
    const doc = pageOf(`<main><div class="faq-list">${STORY}</div><br><div class="faq-toggles">${STORY}</div></main>`);
    removeRepeatedBlocks(doc.body);
    expect(doc.querySelectorAll('main > div')).toHaveLength(1);
  });

  it('leaves a paragraph or list the author repeated: siblings of one class show alike', () => {
    const list = '<ul><li>Bring a valid ticket for every trip you make on the line.</li><li>Keep the doors clear while the tram is moving.</li></ul>';
    const doc = pageOf(`<article><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[1]}</p>${list}${list}</article>`);
    removeRepeatedBlocks(doc.body);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
    expect(doc.querySelectorAll('ul')).toHaveLength(2);
  });

  it('leaves short repeated lines (credits, labels), a pull quote in another element, and words said again later', () => {
    const doc = pageOf(`<article>
      <figure class="wide"><img src="https://news.example/a.jpg"><figcaption>Photo: City archive</figcaption></figure>
      <figure class="narrow"><img src="https://news.example/b.jpg"><figcaption>Photo: City archive</figcaption></figure>
      <p>${PARAGRAPHS[2]}</p><blockquote class="pull">${PARAGRAPHS[2]}</blockquote>
      <div class="intro"><p>${PARAGRAPHS[3]}</p></div><p>${PARAGRAPHS[0]}</p><div class="recap"><p>${PARAGRAPHS[3]}</p></div>
    </article>`);
    const before = doc.body.innerHTML;
    removeRepeatedBlocks(doc.body);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('extractArticle on a page drawn once per screen size', () => {
  it('shows the story once', () => {
    const doc = pageOf(`<nav><a href="/">Home</a></nav><div id="main"><h1>Trams return to the harbour</h1>
      <div class="ssr-variant hidden-phone"><div class="rich-text">${STORY}</div></div>
      <div class="ssr-variant hidden-desktop"><div class="rich-text">${STORY}</div></div>
    </div>`);
    const outcome = extractArticle(doc);
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    for (const paragraph of PARAGRAPHS) expect(outcome.article.html.split(paragraph)).toHaveLength(2);
  });
});
