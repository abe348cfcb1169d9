import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { isElementWithoutContent, isProbablyVisible } from '@/utils/extract/readability-speedups';
import { parsePage, seedHtml } from './helpers';

/** Readability's own tests, as it ships them, to hold the cheaper ones to. */
const original = new Readability(document.implementation.createHTMLDocument('')) as unknown as {
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Element): boolean;
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
