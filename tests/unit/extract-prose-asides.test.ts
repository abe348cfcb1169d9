import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { unwrapProseAsides } from '@/utils/extract/prose-asides';
import { parsePage } from './helpers';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story: the crews close one lane of the harbour road, lay the track bed and reopen the lane before the morning traffic starts again.</p>`;

const note = `<aside class="note"><h3>A note on the night works</h3>
  <p>Night works need a permit of their own, which the council grants a month at a time, and residents can object to each renewal at the town hall.</p>
  <p>The last renewal drew forty objections, most of them from the streets behind the quay, where the cranes stand closest to the houses.</p></aside>`;

describe('unwrapProseAsides', () => {
  it('makes an aside of prose a plain block, and leaves rails of links, author boxes and pull quotes asides', () => {
    const page = parsePage(`<html><body><div id="root">${paragraph(1)}${note}
      <aside id="rail"><h3>Tram news</h3><p><a href="/a">The tram line opens a month early, the council says in its report</a></p><p><a href="/b">Harbour road to close for two weekends in May and June</a></p></aside>
      <aside id="author"><h3>About the author</h3><p>Jane Roe covers the harbour and the town hall for The Paper, and has since the first plans for a tram were drawn up.</p><p>She lives in the old town, two streets from the works, and takes the ferry to the office.</p></aside>
      <aside id="quote"><p>"The cranes stand closest to the houses," one resident said.</p></aside></div></body></html>`);
    expect(unwrapProseAsides(page.getElementById('root')!)).toBe(1);
    expect([...page.querySelectorAll('aside')].map((aside) => aside.id)).toEqual(['rail', 'author', 'quote']);
    expect(page.getElementById('root')!.textContent).toContain('A note on the night works');
  });
});

/**
 * A recipe's ingredients, set in an aside beside the method (King Arthur Baking's layout, WCXB
 * 4163). Once a plain block, Readability judges it as it judges any list (a heading over a short
 * list of a few words goes).
 */
const ingredients = `<aside class="recipe__ingredients"><h3>Ingredients</h3><ul>
  <li>4 cups plus 3 tablespoons (500g) unbleached bread flour</li><li>1 cup plus 1 tablespoon (120g) golden wheat flour or medium rye flour, or a combination</li>
  <li>1 3/4 teaspoons table salt</li><li>1/4 cup (60g) sourdough starter, fed or unfed</li>
  <li>2 scant cups (450g) water, lukewarm</li><li>sesame seeds, optional</li></ul></aside>`;

describe('unwrapProseAsides on lists', () => {
  it("makes an aside holding a list of the story's own a plain block, and leaves lists of links, short lists and related lists asides", () => {
    const page = parsePage(`<html><body><div id="root">${paragraph(1)}${ingredients}
      <aside id="links"><ul><li><a href="/a">Sourdough focaccia</a></li><li><a href="/b">Rye loaf</a></li><li><a href="/c">Bagels</a></li></ul></aside>
      <aside id="short"><ul><li>Prep 20 min</li><li>Bake 45 min</li></ul></aside>
      <aside id="related"><h3>Related recipes</h3><ul><li>Focaccia, a flat bread</li><li>Rye, a dark loaf</li><li>Bagels, boiled then baked</li></ul></aside></div></body></html>`);
    expect(unwrapProseAsides(page.getElementById('root')!)).toBe(1);
    expect([...page.querySelectorAll('aside')].map((aside) => aside.id)).toEqual(['links', 'short', 'related']);
    expect(page.getElementById('root')!.textContent).toContain('sourdough starter, fed or unfed');
  });
});

describe('extractArticle on a story with an aside of its own', () => {
  it("keeps a recipe's ingredients set in an aside, which Readability alone takes out", () => {
    const method = Array.from({ length: 7 }, (_, index) => paragraph(index + 2)).join('');
    const page = parsePage(`<html><head><title>Crusty bread</title></head><body><main><h1>Crusty sourdough bread</h1>
      ${paragraph(1)}${ingredients}${method}</main></body></html>`);
    const html = articleOf(extractArticle(page))?.html ?? '';
    expect(html).toContain('sourdough starter, fed or unfed');
    expect(html).toContain('1 3/4 teaspoons table salt');
    expect(html).toContain('Paragraph 8 of the story');
  });

  it('keeps the aside, which Readability alone takes out', () => {
    const paragraphs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => paragraph(from + index)).join('');
    const page = parsePage(`<html><head><title>Night works</title></head><body><main><h1>Night works on the harbour road</h1>
      ${paragraphs(1, 3)}${note}${paragraphs(4, 6)}</main></body></html>`);
    const html = articleOf(extractArticle(page))?.html ?? '';
    expect(html).toContain('Night works need a permit of their own');
    expect(html).toContain('Paragraph 6 of the story');
  });
});
