import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { withShadowContent } from '@/utils/extract/shadow-content';
import { parsePage } from './helpers';

const PROSE =
  'The harbour board met on Tuesday to settle the night timetable, and the ferry crews asked for a crossing that ends before the last bus leaves the quay. ';

/** Gives `host` an open (or closed) shadow root holding `html`, as a web component does from script. */
function attach(host: Element | null, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const shadow = host!.attachShadow({ mode });
  shadow.innerHTML = html;
  return shadow;
}

/** A story drawn by components: its body in a shadow root nested in another, its lead slotted in from the page. */
function componentPage(): Document {
  const page = parsePage(
    '<html><head><title>Night ferry</title></head><body><news-nav></news-nav>' +
      `<news-article><p>Lead. ${PROSE}</p></news-article></body></html>`,
  );
  attach(page.querySelector('news-nav'), '<nav><a href="/">Home</a></nav>');
  const article = attach(page.querySelector('news-article'), '<article><h1>Night ferry</h1><slot></slot><story-body></story-body></article>');
  attach(article.querySelector('story-body'), Array.from({ length: 6 }, (_, i) => `<p>Body ${i + 1}. ${PROSE}</p>`).join(''));
  return page;
}

describe('withShadowContent', () => {
  it("puts each shadow root's content, nested ones too, in place of its host's children, and the host's children at its slot", () => {
    const page = componentPage();
    const composed = withShadowContent(page)!;
    const article = composed.querySelector('news-article > article');
    expect(article?.querySelector('h1')?.textContent).toBe('Night ferry');
    expect([...article!.querySelectorAll('p')].map((p) => p.textContent!.split('.')[0])).toEqual(['Lead', 'Body 1', 'Body 2', 'Body 3', 'Body 4', 'Body 5', 'Body 6']);
    expect(composed.querySelector('slot')).toBeNull();
    expect(composed.querySelector('news-nav nav a')?.textContent).toBe('Home');
    // The page itself is left as it was.
    expect(page.querySelector('news-article')?.children).toHaveLength(1);
    expect(page.querySelector('news-article')?.shadowRoot?.querySelector('slot')).not.toBeNull();
  });

  it('answers null for a page without open shadow roots', () => {
    const page = parsePage(`<html><body><article><p>${PROSE}</p></article><x-box></x-box></body></html>`);
    expect(withShadowContent(page)).toBeNull();
    attach(page.querySelector('x-box'), `<p>${PROSE}</p>`, 'closed');
    expect(withShadowContent(page)).toBeNull();
  });
});

describe('extracting an article a page builds in shadow roots', () => {
  it('reads the page as it is shown when, as copied, it holds no article', () => {
    const outcome = extractArticle(componentPage());
    expect(outcome.status).toBe('ok');
    const html = outcome.status === 'ok' ? outcome.article.html : '';
    expect(html).toContain('Lead.');
    expect(html).toContain('Body 6.');
    expect(html).not.toContain('Home');
  });

  it('keeps the article of a page that has one as copied, whatever shadow roots it has beside it', () => {
    const page = parsePage(
      `<html><body><article><h1>Tide tables</h1>${Array.from({ length: 5 }, () => `<p>${PROSE}</p>`).join('')}</article><x-promo></x-promo></body></html>`,
    );
    attach(page.querySelector('x-promo'), '<p>Subscribe for more tide tables and ferry news every morning.</p>');
    const outcome = extractArticle(page);
    expect(outcome.status).toBe('ok');
    expect(outcome.status === 'ok' && outcome.article.html).not.toContain('Subscribe');
  });

  it('stays "not an article" when markup shadows the DOM members the composing needs', () => {
    const page = parsePage('<html><body><img name="querySelectorAll"><x-box></x-box></body></html>');
    attach(page.querySelector('x-box'), `<p>${PROSE}</p>`);
    expect(extractArticle(page).status).toBe('not-article');
  });
});
