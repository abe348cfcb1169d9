import type { RemovalKind } from '../article';
import type { Block } from './block';

/**
 * One kind of chrome. `match` looks at a block and answers what to remove: nothing (null),
 * the block itself, or the block with a companion such as the heading that introduces it.
 */
export interface ChromeRule {
  kind: RemovalKind;
  match(block: Block): Element[] | null;
}

/** The element before `element` among its siblings, skipping empty ones (a `<p><br></p>` spacer). */
export function previousContentSibling(element: Element): Element | null {
  let sibling = element.previousElementSibling;
  while (sibling && !(sibling.textContent ?? '').trim() && !sibling.querySelector('img')) sibling = sibling.previousElementSibling;
  return sibling;
}

/** The element after `element` among its siblings, skipping empty ones. */
export function nextContentSibling(element: Element): Element | null {
  let sibling = element.nextElementSibling;
  while (sibling && !(sibling.textContent ?? '').trim() && !sibling.querySelector('img')) sibling = sibling.nextElementSibling;
  return sibling;
}

export function isHeading(element: Element): boolean {
  return /^H[1-6]$/.test(element.tagName);
}

/** A link or span inside running text ("customers can <a>request a quote</a> from three firms"): the sentence is the block, not the link. */
export function isPartOfSentence(element: Element): boolean {
  if (element.localName !== 'a' && element.localName !== 'span') return false;
  return hasWords(element.previousSibling) || hasWords(element.nextSibling);
}

function hasWords(node: Node | null): boolean {
  return node?.nodeType === 3 && /[\p{L}\p{N}]/u.test(node.nodeValue ?? '');
}

/** Where a page marks its content. */
export const CONTENT_LANDMARKS = 'article, main, [role="main"]';

/** Adds `anchors` and every element that holds one to `into`, which holds only such chains so far. */
export function addWithAncestors(into: Set<Element>, anchors: Iterable<Element>): Set<Element> {
  for (const anchor of anchors) {
    // An element already in the set has its ancestors there too.
    for (let element: Element | null = anchor; element && !into.has(element); element = element.parentElement) into.add(element);
  }
  return into;
}
