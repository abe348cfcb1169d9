import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { restoreLeadIn } from '@/utils/extract/lead-in';
import { mapParagraphs } from '@/utils/extract/paragraph-map';
import { keepOnly, parsePage } from './helpers';

const INTRO = [
  'A good kettle boils a litre in under three minutes, switches itself off and pours without dripping on the counter.',
  'We bought twelve of the best-selling kettles and boiled, poured and descaled each of them for six weeks in our test kitchen.',
];

function body(count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<p>Kettle ${index + 1}: we timed the boil, measured how hot the handle got and how much water was left once it switched off, then descaled it and did it all again.</p>`,
  ).join('');
}

/** A review page: headline, byline, an introduction in a box of its own, a table of picks, then the reviews. */
function reviewPage(intro: string, beforeHeadline = ''): string {
  return `<html><head><title>The best kettles</title></head><body>
    ${beforeHeadline}
    <div class="container"><h1>The best kettles</h1>
      <div class="col" id="main">
        <div class="byline">By Jane Roe</div>
        <div class="summary">${intro}</div>
        <div class="picks"><div class="pick">Best overall: the Steel Pour</div><div class="pick">Best on a budget: the Basic Boil</div></div>
        <div class="reviews">${body(8)}</div>
      </div>
    </div></body></html>`;
}

const introBlock = `<div class="intro">${INTRO.map((text) => `<p>${text}</p>`).join('')}</div>`;

describe('lead-in', () => {
  it('the whole pipeline puts the introduction above the reviews, once', () => {
    const html = articleOf(extractArticle(parsePage(reviewPage(introBlock))))?.html ?? '';
    expect(html.split(INTRO[1] as string)).toHaveLength(2);
    expect(html.indexOf(INTRO[0] as string)).toBeLessThan(html.indexOf(INTRO[1] as string));
    expect(html.indexOf(INTRO[1] as string)).toBeLessThan(html.indexOf('Kettle 1:'));
  });

  it('the whole pipeline brings it back when Readability had to read the page a second time', () => {
    // The first attempt strips the "supplemental" reviews as an unlikely candidate, finds too
    // little and reads a fresh copy of the page, where it keeps the reviews alone: the
    // introduction, nested too deep to score, must be found in that copy, not in the first.
    const nested = `<div class="lead"><div><div><div><div><div>${INTRO.map((text) => `<p>${text}</p>`).join('')}</div></div></div></div></div></div>`;
    const page = `<html><head><title>The best kettles</title></head><body><div class="container"><h1>The best kettles</h1>
      <div class="col">${nested}<div class="reviews supplemental">${body(8)}</div></div></div></body></html>`;
    const html = articleOf(extractArticle(parsePage(page)))?.html ?? '';
    expect(html).toContain('Kettle 8:');
    expect(html.split(INTRO[1] as string)).toHaveLength(2);
    expect(html.indexOf(INTRO[1] as string)).toBeLessThan(html.indexOf('Kettle 1:'));
  });

  it('brings back the prose between the headline and the kept text, a few levels up from it', () => {
    const doc = parsePage(reviewPage(introBlock));
    const map = mapParagraphs(doc);
    const article = keepOnly(doc, doc.querySelector('.reviews') as Element);
    expect(restoreLeadIn(article, map)).toBe(1);
    expect(article.querySelector('#readability-page-1')?.firstElementChild?.className).toBe('summary');
  });

  it('brings back an introduction that ends in a summary table', () => {
    const table = '<table><tr><th>Pick</th><th>Price</th></tr><tr><td>Steel Pour</td><td>£40</td></tr></table>';
    const doc = parsePage(reviewPage(`<div class="intro">${INTRO.map((text) => `<p>${text}</p>`).join('')}${table}</div>`));
    const map = mapParagraphs(doc);
    const article = keepOnly(doc, doc.querySelector('.reviews') as Element);
    expect(restoreLeadIn(article, map)).toBe(1);
    expect(article.textContent).toContain('Steel Pour');
  });

  it('weighs the prose of an introduction without its table: a long table of picks is no reason to leave it out', () => {
    const rows = ['Steel Pour', 'Basic Boil', 'Quiet Kettle', 'Rapid Rise', 'Glass View', 'Travel Mini']
      .map((name) => `<tr><td>${name}</td><td>Best for families who boil a lot of water every day</td><td>£40 to £60</td></tr>`)
      .join('');
    const doc = parsePage(reviewPage(`<div class="intro">${INTRO.map((text) => `<p>${text}</p>`).join('')}<table>${rows}</table></div>`));
    const map = mapParagraphs(doc);
    const article = keepOnly(doc, doc.querySelector('.reviews') as Element);
    expect(restoreLeadIn(article, map)).toBe(1);
    expect(article.textContent).toContain(INTRO[1]);
  });

  it('adds nothing the article already says, and nothing to a page without a headline', () => {
    const doc = parsePage(reviewPage(introBlock));
    const map = mapParagraphs(doc);
    const article = keepOnly(doc, doc.querySelector('.reviews') as Element);
    article.firstElementChild?.insertAdjacentHTML('afterbegin', `<p>${INTRO[0]}</p>`);
    expect(restoreLeadIn(article, map)).toBe(0);

    const headless = parsePage(reviewPage(introBlock).replace(/<h1>.*?<\/h1>/, ''));
    const headlessMap = mapParagraphs(headless);
    expect(restoreLeadIn(keepOnly(headless, headless.querySelector('.reviews') as Element), headlessMap)).toBe(0);
  });

  it('takes no author box, header, notice, form, link list or prose from above the headline', () => {
    const paragraphs = INTRO.map((text) => `<p>${text}</p>`).join('');
    const notLeadIns = [
      `<div class="author-box"><p>Jane Roe has tested kitchen appliances for ten years and wrote the guide to toasters, blenders and stand mixers.</p><p>She lives in Leeds with two cats, a dog and far too many kettles for one kitchen.</p></div>`,
      `<div><span class="byline">By Jane Roe</span>${paragraphs}</div>`,
      `<header>${paragraphs}</header>`,
      `<div class="sticky-notice">${paragraphs}</div>`,
      `<div>${paragraphs}<input type="email"><button>Sign up</button></div>`,
      `<div><h2>Related reviews</h2>${paragraphs}</div>`,
      `<div>${INTRO.map((text) => `<p><a href="/a">${text}</a></p>`).join('')}</div>`,
    ];
    for (const block of notLeadIns) {
      const doc = parsePage(reviewPage(block));
      const map = mapParagraphs(doc);
      expect(restoreLeadIn(keepOnly(doc, doc.querySelector('.reviews') as Element), map), block).toBe(0);
    }
    const above = parsePage(reviewPage('', `<div class="site-about">${paragraphs}</div>`));
    const aboveMap = mapParagraphs(above);
    expect(restoreLeadIn(keepOnly(above, above.querySelector('.reviews') as Element), aboveMap)).toBe(0);
  });
});
