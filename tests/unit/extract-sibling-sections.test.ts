import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { mapParagraphs } from '@/utils/extract/paragraph-map';
import { restoreSiblingSections } from '@/utils/extract/sibling-sections';
import { keepOnly, parsePage } from './helpers';

function paragraphs(topic: string, count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<p>${topic}, part ${index + 1}: the council heard from residents, shop owners and the port authority about the route, the cost and the noise of the works in the old town.</p>`,
  ).join('');
}

function section(topic: string, count: number, extra = ''): string {
  return `<div class="sect1 sect-${count}"${extra}><h2>${topic}</h2><div class="sectionbody">${paragraphs(topic, count)}</div></div>`;
}

/** Keeps the second `selector` block of the page as Readability's pick and brings back its twins: how many, and the text. */
function restoreAroundSecond(doc: Document, selector: string): { restored: number; text: string } {
  const map = mapParagraphs(doc);
  const article = keepOnly(doc, doc.querySelectorAll(selector)[1] as Element);
  const restored = restoreSiblingSections(article, map);
  return { restored, text: article.textContent ?? '' };
}

/** The Route, Cost and Noise sections stand in page order around the kept one. */
function expectSectionsInPageOrder(text: string): void {
  expect(text.indexOf('Route, part 1')).toBeLessThan(text.indexOf('Cost, part 1'));
  expect(text.indexOf('Cost, part 6')).toBeLessThan(text.indexOf('Noise, part 1'));
}

describe('sibling sections', () => {
  it('brings back the twin sections of the one Readability kept, in page order', () => {
    const doc = parsePage(`<html><body><div class="content">${section('Route', 2)}${section('Cost', 6)}${section('Noise', 2)}</div></body></html>`);
    const { restored, text } = restoreAroundSecond(doc, '.sectionbody');
    expect(restored).toBe(2);
    expectSectionsInPageOrder(text);
  });

  it('the whole pipeline keeps every section of a sectioned article, each once', () => {
    // Asciidoc's markup: every paragraph in a div of its own, so Readability scores each sectionbody alone.
    const asciidoc = (topic: string, count: number) =>
      `<div class="sect1"><h2>${topic}</h2><div class="sectionbody">${paragraphs(topic, count).replace(/<p>/g, '<div class="paragraph"><p>').replace(/<\/p>/g, '</p></div>')}</div></div>`;
    const doc = parsePage(`<html><head><title>Tram</title></head><body><h1>Tram</h1><div class="content">${asciidoc('Route', 3)}${asciidoc('Cost', 12)}${asciidoc('Noise', 3)}</div></body></html>`);
    const text = articleOf(extractArticle(doc))?.html ?? '';
    for (const topic of ['Route', 'Cost', 'Noise']) expect(text.split(`${topic}, part 2:`)).toHaveLength(2);
  });

  it("brings back a site builder's titled sections from far up, but no untitled grid of stories so far up", () => {
    // A HubSpot-style page: each section in rows and columns of its own, the text six levels below it.
    const wrapped = (inside: string) => `<div class="row-fluid"><div class="widget-span"><div class="module"><div class="rich-text"><span class="wrapper">${inside}</span></div></div></div></div>`;
    const builderSection = (number: number, topic: string, count: number) =>
      `<div class="dnd-section row-number-${number}"><h2>${topic}</h2>${wrapped(paragraphs(topic, count))}</div>`;
    const grid = `<div class="dnd-section row-number-9"><div class="panel-head">Our other stories</div>${wrapped(paragraphs('Other story', 3))}</div>`;
    const doc = parsePage(`<html><body><div class="body">${builderSection(1, 'Route', 2)}${builderSection(2, 'Cost', 6)}${builderSection(3, 'Noise', 2)}${grid}</div></body></html>`);
    const { restored, text } = restoreAroundSecond(doc, 'span.wrapper');
    expect(restored).toBe(2);
    expectSectionsInPageOrder(text);
    expect(text).not.toContain('Other story');
  });

  it('brings back the rows left out between rows Readability kept, each in its place', () => {
    const row = (topic: string, count: number) => `<div class="row layout">${paragraphs(topic, count)}</div>`;
    const doc = parsePage(`<html><body><main>${row('Route', 4)}${row('Cost', 3)}${row('Noise', 4)}${row('Trees', 3)}${row('Shops', 4)}</main></body></html>`);
    const map = mapParagraphs(doc);
    const [route, , noise, , shops] = [...doc.querySelectorAll('.row')];
    const article = keepOnly(doc, route!);
    article.firstElementChild!.append(noise!, shops!);
    expect(restoreSiblingSections(article, map)).toBe(2);
    const text = article.textContent ?? '';
    const order = ['Route', 'Cost', 'Noise', 'Trees', 'Shops'].map((topic) => text.indexOf(`${topic}, part 1`));
    expect(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1]!))).toBe(true);
  });

  it('adds no other story, link list or differently named block', () => {
    const doc = parsePage(`<html><body><div class="content">
      <article class="post">${paragraphs('Tram', 6)}</article>
      <article class="post">${paragraphs('Next story', 4)}</article>
      <div class="teaser"><h1>Another story</h1>${paragraphs('Another', 2)}</div>
    </div><div class="stories">
      <div class="card">${paragraphs('Tram', 6)}</div>
      <div class="card"><p><a href="/a">Read: the harbour works, the cost and the noise explained for residents and shop owners</a></p><p><a href="/b">Read: how the council voted on the route and the tram line, and what comes next in the old town</a></p></div>
      <div class="comments">${paragraphs('Reader comment', 3)}</div>
    </div></body></html>`);
    const map = mapParagraphs(doc);
    expect(restoreSiblingSections(keepOnly(doc, doc.querySelector('article') as Element), map)).toBe(0);
    expect(restoreSiblingSections(keepOnly(doc, doc.querySelector('.card') as Element), map)).toBe(0);
  });

  it('adds no author section, related teaser or one-paragraph section of the same kind', () => {
    const doc = parsePage(`<html><body><div class="content">${section('Cost', 6)}
      <div class="sect1"><h2>About the authors</h2><div class="sectionbody">${paragraphs('Jane Roe covers transport', 3)}</div></div>
      <div class="sect1"><h2>Organizing papers</h2><div class="sectionbody">${paragraphs('A teaser of another post', 1)}</div></div>
    </div></body></html>`);
    const map = mapParagraphs(doc);
    expect(restoreSiblingSections(keepOnly(doc, doc.querySelector('.sectionbody') as Element), map)).toBe(0);
  });

  it('brings back a titled section of prose of another kind right beside the kept one (a story’s extra sections field)', () => {
    const doc = parsePage(`<html><body><div class="node__content">
      <div class="field field--name-body">${paragraphs('Tram', 6)}</div>
      <div class="field field--name-field-sections"><div class="faq"><h2>Questions</h2><div class="answer">${paragraphs('Question', 4)}</div></div></div>
    </div></body></html>`);
    const map = mapParagraphs(doc);
    const article = keepOnly(doc, doc.querySelector('.field--name-body') as Element);
    expect(restoreSiblingSections(article, map)).toBe(1);
    expect(article.textContent).toContain('Question, part 4');
    expect(article.textContent!.indexOf('Tram, part 6')).toBeLessThan(article.textContent!.indexOf('Question, part 1'));
  });

  it('adds no titled block of another kind with a paragraph or two (author box, disclaimer), nor one further up', () => {
    const doc = parsePage(`<html><body><div class="page"><div class="node__content">
      <div class="field field--name-body">${paragraphs('Tram', 6)}</div>
      <div class="author-box"><h3>Jane Roe</h3>${paragraphs('Jane Roe covers transport', 2)}</div>
      <div class="disclaimer"><h3>Disclaimer</h3>${paragraphs('Nothing here is advice', 1)}</div>
    </div><div class="more"><h2>More from the harbour</h2>${paragraphs('Harbour', 4)}</div></div></body></html>`);
    const map = mapParagraphs(doc);
    expect(restoreSiblingSections(keepOnly(doc, doc.querySelector('.field--name-body') as Element), map)).toBe(0);
  });

  it('brings back a section that ends in a bookmark widget, not a sign-up form with a short pitch', () => {
    const bookmark = '<div class="bookmark"><select><option>Save to collection</option></select></div>';
    const signUp = '<div class="sect1"><h2>Stay in touch</h2><div class="sectionbody"><p>Our weekly letter on the tram works, the road closures and the council votes.</p><p>Sent every Friday morning to residents and shop owners of the old town.</p><input type="email"></div></div>';
    const doc = parsePage(`<html><body><div class="content">${section('Route', 6)}${section('Cost', 8)}${signUp}</div></body></html>`);
    doc.querySelectorAll('.sectionbody')[1]?.insertAdjacentHTML('beforeend', bookmark);
    const map = mapParagraphs(doc);
    const article = keepOnly(doc, doc.querySelector('.sectionbody') as Element);
    expect(restoreSiblingSections(article, map)).toBe(1);
    expect(article.textContent).toContain('Cost, part 8');
    expect(article.textContent).not.toContain('weekly letter');
  });
});
