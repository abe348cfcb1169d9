import { describe, expect, it } from 'vitest';
import { removeSiteFrame } from '@/utils/clean/site-frame';
import { parsePage } from './helpers';

function bodyOf(html: string): HTMLElement {
  return parsePage(`<html><body>${html}</body></html>`).body;
}

const frame = '<header><a href="/">Site</a><nav><a href="/news">News</a></nav></header><aside class="rail">Most read</aside><footer>© Site</footer>';

describe('removeSiteFrame', () => {
  it('removes the banner, menus, sidebars and footer around the marked content', () => {
    const body = bodyOf(`${frame}<main><article><h1>Title</h1><p>Story.</p></article></main><div role="contentinfo">Contact</div>`);
    removeSiteFrame(body);
    expect(body.textContent).not.toMatch(/Site|News|Most read|Contact/);
    expect(body.querySelector('article')?.textContent).toContain('Story.');
  });

  it('keeps the landmarks inside the content: a pull quote, an author note, the article header', () => {
    const body = bodyOf(
      '<article><header><h1>Title</h1><p class="dek">Dek</p></header><p>Story.</p><aside>“A pull quote.”</aside><footer>The author reports from Lagos.</footer></article>',
    );
    removeSiteFrame(body);
    expect(body.textContent).toContain('Dek');
    expect(body.textContent).toContain('A pull quote.');
    expect(body.textContent).toContain('The author reports from Lagos.');
  });

  it('keeps a landmark that holds the content, the headline or the byline', () => {
    const body = bodyOf(
      '<header class="hero"><h1>Headline outside the article</h1></header><aside><span class="byline">By A. Writer</span></aside><div class="wrap"><footer><article><p>Story.</p></article></footer></div>',
    );
    const byline = body.querySelector('.byline')!;
    removeSiteFrame(body, [byline]);
    expect(body.textContent).toContain('Headline outside the article');
    expect(body.textContent).toContain('By A. Writer');
    expect(body.textContent).toContain('Story.');
  });

  it('leaves a page that does not mark its content as it is', () => {
    const body = bodyOf(`${frame}<div class="post"><h1>Title</h1><p>Story.</p></div>`);
    const before = body.innerHTML;
    removeSiteFrame(body);
    expect(body.innerHTML).toBe(before);
  });
});
