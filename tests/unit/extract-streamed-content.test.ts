import { describe, expect, it } from 'vitest';
import { revealStreamedContent } from '@/utils/extract/streamed-content';
import { parsePage } from './helpers';

describe('revealStreamedContent', () => {
  it('moves a streamed segment into its boundary, replacing the loading fallback', () => {
    const doc = parsePage(`<html><body><main><h1>Title</h1>
      <!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->
      <footer>Footer</footer></main>
      <div hidden id="S:0"><p>The streamed article text.</p></div>
      <script>$RC("B:0","S:0")</script></body></html>`);
    revealStreamedContent(doc);
    const main = doc.querySelector('main');
    expect(main?.textContent).toContain('The streamed article text.');
    expect(main?.textContent).not.toContain('Loading');
    expect(doc.querySelector('[hidden]')).toBeNull();
    expect(main?.querySelector('p')?.nextElementSibling?.tagName).toBe('FOOTER');
  });

  it('pairs a boundary and its segment by number when the page was saved without its scripts', () => {
    const doc = parsePage(`<html><body><main><!--$?--><template id="B:1"></template><p>Loading…</p><!--/$--></main>
      <div hidden id="S:1"><p>Saved article text.</p></div></body></html>`);
    revealStreamedContent(doc);
    expect(doc.querySelector('main')?.textContent?.trim()).toBe('Saved article text.');
  });

  it('keeps what follows a boundary when the saved page lost the comments that close it', () => {
    const doc = parsePage(`<html><body><main><p>Intro.</p><template id="B:0"></template><div>Loading paragraph...</div>
      <p>Kept between.</p><template id="B:1"></template><div>Loading image...</div><h2>Pros and cons</h2></main>
      <div hidden id="S:0"><p>First streamed part.</p></div><div hidden id="S:1"><p>Second streamed part.</p></div></body></html>`);
    revealStreamedContent(doc);
    const texts = [...(doc.querySelector('main')?.children ?? [])].map((element) => element.textContent);
    expect(texts).toEqual(['Intro.', 'First streamed part.', 'Kept between.', 'Second streamed part.', 'Pros and cons']);
    expect(doc.querySelector('[hidden]')).toBeNull();
  });

  it('leaves hidden content alone when no streaming boundary claims it', () => {
    const doc = parsePage('<html><body><p>Text</p><div hidden id="S:1"><p>Not for readers.</p></div></body></html>');
    revealStreamedContent(doc);
    expect(doc.getElementById('S:1')?.hasAttribute('hidden')).toBe(true);
  });
});
