/**
 * `<xmp>` is the obsolete element for text shown as typed, and code-highlighting plugins still
 * put code in one, inside `<pre><code>`, so that no character of it needs escaping. Its content
 * is raw text, like a script's, and the sanitizer drops it with the element, as it drops a
 * script's: the reader showed the code block empty. The text is the code: it takes the
 * element's place, in a `<pre>` of its own unless it already sits in one.
 */
export function showXmpAsText(doc: Document): void {
  for (const xmp of doc.querySelectorAll('xmp')) {
    const code = xmp.textContent ?? '';
    xmp.replaceWith(xmp.closest('pre') ? code : Object.assign(doc.createElement('pre'), { textContent: code }));
  }
}
