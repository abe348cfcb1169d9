/**
 * Two of the tests Readability runs on every element it walks, answered the same way for less.
 * Set on the instance the pipeline makes, not on Readability itself: the library stays as it
 * ships, and the benchmark's plain-Readability baseline runs it unchanged.
 */
import type { Readability } from '@mozilla/readability';
import { firstText } from '../text';

/** The tests replaced; not in Readability's typings, pinned with its version (0.6.0). */
interface ReadabilityWalkTests {
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Element): boolean;
}

/**
 * Readability reads `node.style.display` and `.visibility`: Chromium builds a style
 * declaration for every element so asked. An element without a style attribute has no inline
 * display or visibility to read (styles set from script are written to the attribute, and a
 * clone copies it), so only elements with one are asked.
 */
export function isProbablyVisible(node: Element): boolean {
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : undefined;
  return (
    (!style || (style.display !== 'none' && style.visibility !== 'hidden')) &&
    !node.hasAttribute('hidden') &&
    // Wikimedia's math images are aria-hidden fallbacks that must show.
    (node.getAttribute('aria-hidden') !== 'true' || (typeof node.className === 'string' && node.className.includes('fallback-image')))
  );
}

/**
 * Readability trims the whole `textContent` of every container it meets to learn whether it is
 * empty, copying a page's text once per level of nesting; the first word found is enough.
 */
export function isElementWithoutContent(node: Element): boolean {
  if (node.nodeType !== 1 || firstText(node)) return false;
  const children = node.children.length;
  return children === 0 || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
}

/** Gives a Readability instance the cheaper tests. */
export function withCheaperWalkTests<T extends Readability<unknown>>(reader: T): T {
  const tests = reader as unknown as ReadabilityWalkTests;
  tests._isProbablyVisible = isProbablyVisible;
  tests._isElementWithoutContent = isElementWithoutContent;
  return reader;
}
