/**
 * Formulas as MathML, which Chromium and Firefox draw themselves. MathJax draws a formula with
 * elements of its own and its web fonts, none of which reach the reader, and keeps the formula
 * as MathML beside the drawing for screen readers: that copy takes the drawing's place. (It
 * also spares the formula from Readability 0.6, which takes MathJax's container for a menu:
 * its class names a context menu, "CtxtMenu_Attached_0".)
 */
const MATHJAX_CONTAINERS = 'mjx-container, [class^="MathJax"]';

/** What MathML keeps beside a formula for programs (its TeX source, say): not for reading. */
const ANNOTATIONS = 'annotation, annotation-xml';

export function showMathAsMathML(doc: Document): void {
  for (const container of doc.querySelectorAll(MATHJAX_CONTAINERS)) {
    const math = container.isConnected ? container.querySelector('math') : null;
    if (!math) continue;
    // MathJax 3 marks a displayed formula on its container, MathJax 2 names a wrapper for it.
    if (container.getAttribute('display') === 'true' || (container.getAttribute('class') ?? '').includes('Display')) math.setAttribute('display', 'block');
    container.replaceWith(math);
  }
  for (const annotation of doc.querySelectorAll(ANNOTATIONS)) annotation.remove();
  // <semantics> pairs a formula with its annotations; alone, the formula is all it holds.
  for (const semantics of doc.querySelectorAll('semantics')) semantics.replaceWith(...semantics.childNodes);
}
