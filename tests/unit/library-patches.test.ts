import { Readability } from '@mozilla/readability';
import createDOMPurify, { type WindowLike } from 'dompurify';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * patches/ changes three statements of Readability and DOMPurify that assigned HTML strings to
 * innerHTML (Mozilla's linter flags them in the Firefox build). These tests run the real, patched
 * libraries under jsdom: Readability must read pages exactly as before, and DOMPurify must give
 * nothing at all where it used to parse with innerHTML. Readability also tells its owner when it
 * puts back a fresh copy of the page for another attempt (the pipeline's map of the page's
 * paragraphs must then be made again), and splits a title at an en or em dash as at a hyphen.
 */

/** Records every assignment to innerHTML, on any element of this window, while a test runs. */
function watchInnerHtml() {
  return vi.spyOn(Element.prototype, 'innerHTML', 'set');
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** An inert document, scripting off (so <noscript> holds elements, as in the pages Readability's own tests read). */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function paragraphs(count: number, word: string): string {
  return Array.from({ length: count }, (_, index) => `<p>${word} paragraph ${index + 1}: ${'the quick brown fox jumps over the lazy dog, '.repeat(3)}end.</p>`).join('');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How many attempts failed before the result, from Readability's own record (a private field, read only here). */
function attemptsOf(reader: Readability): number {
  return (reader as unknown as { _attempts: unknown[] })._attempts.length;
}

describe('patched Readability: restoring the page between attempts', () => {
  it('retries when the first attempt finds too little, and reads the restored page', () => {
    // The article sits in a "sidebar" box: the first attempt strips it as an unlikely candidate,
    // finds under 500 characters, restores the page and tries again without that rule.
    const doc = parse(`<html><head><title>Retry</title></head><body>
      <div class="sidebar-box"><h2>Heading</h2>${paragraphs(5, 'Sidebar')}</div>
      <div class="footer-note"><p>Short footer.</p></div></body></html>`);
    const innerHtml = watchInnerHtml();
    const reader = new Readability(doc);
    const article = reader.parse();
    expect(innerHtml).not.toHaveBeenCalled();
    expect(attemptsOf(reader)).toBeGreaterThan(0);
    expect(article).not.toBeNull();
    // Exactly the text Readability 0.6.0 gives without the patch (its innerHTML round trip).
    const blocks = [...parse(article?.content ?? '').querySelectorAll('h2, p')].map((block) => collapse(block.textContent ?? ''));
    expect(blocks).toEqual(['Heading', ...[...parse(paragraphs(5, 'Sidebar')).querySelectorAll('p')].map((p) => p.textContent), 'Short footer.']);
  });

  it('restores a full copy every time, through all four attempts', () => {
    // Too short for any attempt: Readability restores the page three times, then keeps the
    // longest attempt. Had a restore reused an emptied copy, the later attempts would find nothing.
    const doc = parse(`<html><head><title>Short</title></head><body><div class="sidebar-box">
      <p>${'A short piece of text that never reaches five hundred characters. '.repeat(4)}</p></div></body></html>`);
    const reader = new Readability(doc);
    const article = reader.parse();
    expect(attemptsOf(reader)).toBe(4);
    expect(article?.textContent).toContain('A short piece of text');
    const lengths = (reader as unknown as { _attempts: { textLength: number }[] })._attempts.map((attempt) => attempt.textLength);
    // The first attempt stripped the "sidebar" box; the three on restored pages all found it.
    expect(lengths.filter((length) => length > 200)).toHaveLength(3);
  });
  it('tells its owner, through _pageRestored, each time it puts back a fresh copy of the page', () => {
    const doc = parse(`<html><head><title>Short</title></head><body><div class="sidebar-box">
      <p>${'A short piece of text that never reaches five hundred characters. '.repeat(4)}</p></div></body></html>`);
    const reader = new Readability(doc);
    const restored: string[] = [];
    (reader as unknown as { _pageRestored(page: Element): void })._pageRestored = (page) => restored.push(collapse(page.textContent ?? ''));
    reader.parse();
    // One after each of the four failed attempts, each a whole, untouched copy (the first attempt had stripped the box).
    expect(restored).toHaveLength(4);
    for (const text of restored) expect(text).toBe(collapse('A short piece of text that never reaches five hundred characters. '.repeat(4)));
  });
});

describe('patched Readability: <noscript> image fallbacks', () => {
  it('replaces a lazy placeholder with the image inside the following <noscript>', () => {
    const doc = parse(`<html><head><title>Lazy</title></head><body><article>
      ${paragraphs(3, 'Before')}
      <figure><img src="https://news.example/placeholder.gif" class="lazy"><noscript><img src="https://news.example/real.jpg" alt="The real picture"></noscript></figure>
      ${paragraphs(3, 'After')}</article></body></html>`);
    const innerHtml = watchInnerHtml();
    const article = new Readability(doc).parse();
    expect(innerHtml).not.toHaveBeenCalled();
    const content = parse(article?.content ?? '');
    const images = [...content.querySelectorAll('img')];
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('src')).toBe('https://news.example/real.jpg');
    expect(images[0]?.getAttribute('alt')).toBe('The real picture');
    expect(images[0]?.getAttribute('data-old-src')).toBe('https://news.example/placeholder.gif');
    expect(content.querySelector('noscript')).toBeNull();
  });
});

describe('patched Readability: dashes between the parts of a title', () => {
  /** The title Readability gives a page that has only a <title> (no og:title, no JSON-LD). */
  function titleOf(title: string): string | null | undefined {
    return new Readability(parse(`<html><head><title>${title}</title></head><body><article>${paragraphs(3, 'Body')}</article></body></html>`)).parse()?.title;
  }

  it('takes the site name after an en or em dash off, as after a hyphen or a bar', () => {
    expect(titleOf('Lorem ipsum dolor sit amet – My website')).toBe('Lorem ipsum dolor sit amet');
    expect(titleOf('Lorem ipsum dolor sit amet — My website')).toBe('Lorem ipsum dolor sit amet');
    expect(titleOf('Lorem ipsum dolor sit amet - My website')).toBe('Lorem ipsum dolor sit amet');
  });

  it('keeps a short title whole, as with a hyphen, and a dash inside a word', () => {
    expect(titleOf('Brexit – what happens next')).toBe('Brexit – what happens next');
    expect(titleOf('The 2020–2030 plan for the city explained')).toBe('The 2020–2030 plan for the city explained');
  });
});

describe('patched DOMPurify: no innerHTML fallback', () => {
  /** This window's DOM, but a DOMParser that fails: DOMPurify's only way left was innerHTML. */
  function windowWithBrokenParser(): WindowLike {
    class BrokenParser {
      parseFromString(): Document {
        throw new Error('no parser');
      }
    }
    return {
      document,
      DocumentFragment,
      HTMLTemplateElement,
      Node,
      Element,
      NodeFilter,
      NamedNodeMap,
      HTMLFormElement,
      DOMParser: BrokenParser,
    } as unknown as WindowLike;
  }

  it('gives an empty result when DOMParser fails (fails closed)', () => {
    const purify = createDOMPurify(windowWithBrokenParser());
    expect(purify.isSupported).toBe(true);
    const innerHtml = watchInnerHtml();
    // Well-formed XML with a <body>: the one input the old fallback turned into content.
    expect(purify.sanitize('<body><p>Hello</p><img src="x" onerror="alert(1)"/></body>')).toBe('');
    expect(purify.sanitize('<body><p>Hello</p></body>', { RETURN_DOM_FRAGMENT: true })).toBeNull();
    expect(innerHtml).not.toHaveBeenCalled();
  });

  it('sanitizes as usual with a working DOMParser', () => {
    const purify = createDOMPurify(window);
    expect(purify.sanitize('<p>Hello</p><img src="x" onerror="alert(1)">')).toBe('<p>Hello</p><img src="x">');
  });
});
