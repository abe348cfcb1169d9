import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { isElementWithoutContent, isProbablyVisible, removeClassNames, removeFixedSizes } from '@/utils/extract/readability-speedups';
import { sanitizeArticleHtml } from '@/utils/sanitize';
import { parsePage, seedHtml } from './helpers';

/** Readability's own tests, as it ships them, to hold the cheaper ones to. */
const original = new Readability(document.implementation.createHTMLDocument('')) as unknown as {
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _cleanStyles(node: Element): void;
  _cleanClasses(node: Element): void;
};

const EDGE_CASES = `<html><body>
  <div style="display: none">gone</div><div style="visibility:hidden">hidden</div><div style="color: red">shown</div>
  <div hidden>hidden</div><div aria-hidden="true">hidden</div><div aria-hidden="false">shown</div>
  <img aria-hidden="true" class="mwe-math-fallback-image-inline" alt="x">
  <svg aria-hidden="true" class="icon"><path d="M0 0"/></svg><math><mi style="display:none">x</mi></math>
  <div>  \u00a0 \n </div><div><br><hr></div><div> <br> <span> </span></div><section><!-- note --></section>
  <div><p></p>text</div><h2>\ufeff</h2><header><template>words</template></header>
  <div><span><b> </b><!-- x --></span><i>word</i></div><div><span></span><span><b> </b></span></div>
</body></html>`;

describe('the cheaper walk tests', () => {
  it('answer as Readability does on every element of a news page and of edge cases', () => {
    for (const page of [parsePage(seedHtml), parsePage(EDGE_CASES)]) {
      const elements = [...page.getElementsByTagName('*')];
      expect(elements.length).toBeGreaterThan(20);
      for (const element of elements) {
        expect(isProbablyVisible(element), element.outerHTML.slice(0, 80)).toBe(Boolean(original._isProbablyVisible(element)));
        expect(isElementWithoutContent(element), element.outerHTML.slice(0, 80)).toBe(Boolean(original._isElementWithoutContent(element)));
      }
    }
  });

  it('tell hidden from shown and empty from not', () => {
    const page = parsePage(EDGE_CASES);
    const visible = [...page.body.children].map((element) => isProbablyVisible(element));
    expect(visible.slice(0, 7)).toEqual([false, false, true, false, false, true, true]);
    const empty = [...page.body.querySelectorAll('div, section, h2')].map((element) => isElementWithoutContent(element));
    expect(empty).toEqual([false, false, false, false, false, false, true, true, false, true, false, true, false, false]);
  });
});

/** Presentational attributes of every kind Readability takes off, on the elements that carry them. */
const PRESENTATIONAL = `<div style="color: red" align="center"><table width="900" height="40" border="1" cellpadding="4" bgcolor="#fff">
  <tr valign="top"><th width="300" style="width: 300px">Year</th><td width="600" height="20" background="x.png">1999</td></tr></table>
  <hr width="50%" size="3" noshade><pre width="80" style="white-space: pre">code</pre>
  <p align="left" style="font-size: 20px">Text <font color="red" face="Arial">set</font> in place.</p>
  <img src="https://news.example/photo.jpg" width="640" height="360" style="float: left" hspace="10" vspace="4" alt="A photo">
  <math><mi style="color: blue">x</mi></math><ul type="square"><li value="3" style="list-style: none">item</li></ul></div>`;

describe('the cheaper clean-up of presentational attributes', () => {
  it('leaves what the reader shows as Readability\'s own clean-up does, once sanitized', () => {
    for (const html of [PRESENTATIONAL, seedHtml]) {
      const [ours, theirs] = [parsePage(html).body, parsePage(html).body];
      removeFixedSizes(ours);
      original._cleanStyles(theirs);
      expect(ours.outerHTML).not.toBe(theirs.outerHTML);
      const shown = (body: HTMLElement) => {
        const holder = document.createElement('div');
        holder.append(sanitizeArticleHtml(body.innerHTML, { loadImages: true }));
        return holder.innerHTML;
      };
      expect(shown(ours)).toBe(shown(theirs));
    }
  });

  it('takes the sizes off tables, cells, rules and preformatted blocks, and leaves an image its own', () => {
    const body = parsePage(PRESENTATIONAL).body;
    removeFixedSizes(body);
    expect(body.querySelector('table, th, td, hr, pre')).not.toBeNull();
    expect(body.querySelector('table[width], th[width], td[width], td[height], hr[width], pre[width], table[height]')).toBeNull();
    expect(body.querySelector('img')?.getAttribute('width')).toBe('640');
    expect(body.querySelector('img')?.getAttribute('height')).toBe('360');
  });
});

describe('the cheaper clean-up of class names', () => {
  it("leaves the class names Readability's own clean-up leaves: its wrapper's \"page\", and no other", () => {
    const classes = `<div id="readability-page-1" class="page"><p class="lead intro">Text</p><div class="x page y">
      <svg class="icon"><path class="p"/></svg><math class="m"><mi class="v">x</mi></math><span class="">empty</span><em>none</em></div></div>`;
    for (const html of [classes, seedHtml]) {
      const [ours, theirs] = [parsePage(html).body, parsePage(html).body];
      removeClassNames(ours);
      original._cleanClasses(theirs);
      expect(ours.outerHTML).toBe(theirs.outerHTML);
    }
    const cleaned = parsePage(classes).body;
    removeClassNames(cleaned);
    expect([...cleaned.querySelectorAll('[class]')].map((element) => element.getAttribute('class'))).toEqual(['page', 'page']);
  });
});
