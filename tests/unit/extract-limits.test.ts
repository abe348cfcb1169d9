import { describe, expect, it } from 'vitest';
import { documentToRead } from '@/utils/extract/document-to-read';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const story = (marker: string, count = 10) =>
  Array.from({ length: count }, (_, i) => `<p>${marker} ${i}: the council met on Tuesday to discuss the harbour timetable, and residents said the late crossing is the only way home for many night workers.</p>`).join('');
const filler = (count: number) => Array.from({ length: count }, (_, i) => `<div><span>${i}</span></div>`).join('');

describe('pages too big to score whole', () => {
  it('reads the main container of a page over the element cap', () => {
    const page = parsePage(`<html><body><nav>${filler(400)}</nav><article><h1>Big</h1>${story('Kept')}</article></body></html>`);
    const outcome = extractArticle(page, { maxElements: 300 });
    expect(outcome.status).toBe('ok');
    if (outcome.status === 'ok') expect(outcome.article.html).toContain('Kept 9');
  });

  it('does not count an inline chart toward the cap: the reader shows no SVG', () => {
    const chart = `<figure><svg viewBox="0 0 100 100">${'<path d="M0 0L1 1"/>'.repeat(400)}<text>Riders a day</text></svg><figcaption>Riders a day, 2020-2025</figcaption></figure>`;
    const page = parsePage(`<html><body><article><h1>Chart</h1>${story('Kept', 5)}${chart}${story('After', 5)}</article></body></html>`);
    const outcome = extractArticle(page, { maxElements: 300 });
    expect(outcome.status).toBe('ok');
    if (outcome.status === 'ok') {
      expect(outcome.article.html).toContain('After 4');
      expect(outcome.article.html).toContain('Riders a day, 2020-2025');
      expect(outcome.article.html).not.toContain('<svg');
    }
  });

  it('answers too-large when no container fits under the cap', () => {
    const page = parsePage(`<html><body>${filler(400)}${story('Lost')}</body></html>`);
    const outcome = extractArticle(page, { maxElements: 300 });
    expect(outcome).toMatchObject({ status: 'failed', reason: 'too-large' });
  });
});

describe('documentToRead', () => {
  it('reads the page itself when it is an article', () => {
    const page = parsePage(`<html><body><article><h1>Here</h1>${story('Top')}</article></body></html>`);
    expect(documentToRead(page)).toBe(page);
  });

  it('reads a same-origin frame that holds the article of a shell page', () => {
    document.body.innerHTML = '<p>Archive viewer</p><iframe></iframe>';
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    const inner = frame.contentDocument as Document;
    inner.open();
    inner.write(`<html><body><article><h1>Framed</h1>${story('Framed')}</article></body></html>`);
    inner.close();
    expect(documentToRead(document)).toBe(inner);
    expect(extractArticle(documentToRead(document)).status).toBe('ok');
    document.body.replaceChildren();
  });

  it('keeps a page that reads as an article, even beside a frame with more text', () => {
    document.body.innerHTML = `<article><h1>Here</h1>${story('Top')}</article><iframe></iframe>`;
    const inner = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
    inner.open();
    inner.write(`<html><body>${story('Framed')}${story('Framed')}${story('Framed')}</body></html>`);
    inner.close();
    expect(documentToRead(document)).toBe(document);
    document.body.replaceChildren();
  });
});
