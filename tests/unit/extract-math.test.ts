import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { showMathAsMathML } from '@/utils/extract/math';
import { parsePage } from './helpers';

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** MathJax 3: the drawing (glyphs set by its fonts, hidden from screen readers), then the MathML it keeps for them. */
const mathJax3 = (display: boolean) =>
  `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"${display ? ' display="true"' : ''}>` +
  '<mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math>' +
  '<mjx-assistive-mml unselectable="on"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml>' +
  '</mjx-container>';

/** MathJax 2: a wrapper names a displayed formula; the preview and the TeX source sit beside it. */
const mathJax2 =
  '<span class="MathJax_Preview"></span><div class="MathJax_Display"><span class="MathJax" id="MathJax-Element-1-Frame">' +
  '<nobr aria-hidden="true"><span class="math">x²</span></nobr><span class="MJX_Assistive_MathML MJX_Assistive_MathML_Block">' +
  '<math><msup><mi>x</mi><mn>2</mn></msup></math></span></span></div><script type="math/tex; mode=display">x^2</script>';

/** KaTeX: MathML with its TeX source as an annotation, then the drawing, hidden from screen readers. */
const katex =
  '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow>' +
  '<annotation encoding="application/x-tex">E=mc^2</annotation></semantics></math></span>' +
  '<span class="katex-html" aria-hidden="true"><span class="base">E=mc2</span></span></span>';

const PROSE =
  'The proof takes a page of algebra, and every step of it is checked by hand before the next one is taken, as the course asks of every student. ';

describe('showMathAsMathML', () => {
  it("puts MathJax's MathML in place of its drawing, displayed where the page displayed it", () => {
    const page = parsePage(`<html><body><p>When ${mathJax3(false)}, solve</p>${mathJax3(true)}${mathJax2}</body></html>`);
    showMathAsMathML(page);
    expect(page.querySelector('mjx-container, .MathJax, .MathJax_Display, nobr')).toBeNull();
    const [inline, displayed, second] = [...page.querySelectorAll('math')];
    expect(inline?.namespaceURI).toBe(MATHML);
    expect(inline?.parentElement?.localName).toBe('p');
    expect(inline?.textContent).toBe('a≠0');
    expect(inline?.hasAttribute('display')).toBe(false);
    expect(displayed?.getAttribute('display')).toBe('block');
    expect(second?.getAttribute('display')).toBe('block');
    expect(second?.textContent).toBe('x2');
    // MathJax's preview holds no formula: it stays as it was.
    expect(page.querySelector('.MathJax_Preview')).not.toBeNull();
  });

  it('keeps the formula of a MathML annotation pair and drops the TeX source', () => {
    const page = parsePage(`<html><body><p>Energy: ${katex}</p></body></html>`);
    showMathAsMathML(page);
    expect(page.querySelector('semantics, annotation')).toBeNull();
    expect(page.querySelector('math > mrow > msup > mn')?.textContent).toBe('2');
  });
});

describe('extracting an article with formulas', () => {
  it('shows each formula once, as MathML, and none of its drawing or source', () => {
    const page = parsePage(
      `<html><head><title>Quadratics</title></head><body><article><h1>Quadratics</h1>` +
        `<p>${PROSE}When ${mathJax3(false)}, there are two solutions.</p><p>${PROSE}</p>${mathJax2}` +
        `<p>${PROSE}Energy is ${katex} in the end.</p><p>${PROSE}</p></article></body></html>`,
    );
    const outcome = extractArticle(page);
    if (outcome.status !== 'ok') throw new Error(`not read: ${outcome.status}`);
    const body = parsePage(`<html><body>${outcome.article.html}</body></html>`).body;
    expect([...body.querySelectorAll('math')].map((math) => math.textContent)).toEqual(['a≠0', 'x2', 'E=mc2']);
    expect(body.textContent).not.toMatch(/E=mc\^2|x\^2|x²/);
  });
});
