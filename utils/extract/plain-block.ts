/**
 * Puts `element`'s content in a plain div in its place. Readability drops some elements by their
 * tag alone, whatever they hold (every `<aside>`, every `<button>`); as a div, their words are
 * scored like any other block's.
 */
export function replaceWithPlainBlock(element: Element): void {
  const block = element.ownerDocument.createElement('div');
  block.append(...element.childNodes);
  element.replaceWith(block);
}
