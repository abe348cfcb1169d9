/**
 * Two of the tests Readability runs on every element it walks, answered the same way for less,
 * a step of its clean-up done for less, and another the pipeline does itself. Set on each
 * instance the pipeline makes, not on Readability itself: the library stays as it ships, and
 * the benchmark's plain-Readability baseline runs it unchanged.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { firstText } from '../text';

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

/** Elements whose `width` and `height` Readability takes off as obsolete (an image's stay). */
const FIXED_SIZE_ELEMENTS = 'table, th, td, hr, pre';

/**
 * Readability takes every presentational attribute (style, align, bgcolor, border...) off
 * each element of the container it picks, twelve calls per element, through the whole tree.
 * The sanitizer in the extension page admits none of them but `width` and `height`, which it
 * keeps for images: only the sizes that would set a table or a rule wider than the reader's
 * column need taking off here.
 */
export function removeFixedSizes(root: Element): void {
  for (const element of root.querySelectorAll(FIXED_SIZE_ELEMENTS)) {
    element.removeAttribute('width');
    element.removeAttribute('height');
  }
}

/**
 * Readability takes every class name but "page" (its wrapper's) off the elements of its pick,
 * calling itself on each element of the tree; only the elements that have a class need it.
 */
export function removeClassNames(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('[class]')]) {
    if (element.classList.contains('page')) element.setAttribute('class', 'page');
    else element.removeAttribute('class');
  }
}

/**
 * Readability's swap of lazy images' stand-ins for their addresses: the pipeline swaps them
 * itself, for more kinds of stand-in and on the finished article, restored parts included
 * (lazy-images.ts).
 */
function lazyImagesShownByPipeline(): void {}

/**
 * The methods every instance replaces, by the names of Readability's methods (not in its
 * typings, pinned with its version, 0.6.0): the two cheaper tests, the cheaper clean-up of
 * presentational attributes, and its lazy-image swap. The extension's build leaves Readability's
 * own versions out, as no instance it makes runs them (modules/readability-trim.ts).
 */
export const REPLACED_METHODS = {
  _isProbablyVisible: isProbablyVisible,
  _isElementWithoutContent: isElementWithoutContent,
  _cleanStyles: removeFixedSizes,
  _cleanClasses: removeClassNames,
  _fixLazyImages: lazyImagesShownByPipeline,
} as const;

/**
 * Readability's tests of class and id names (not in its typings, pinned with its version): for
 * page chrome, and for a byline.
 */
export const NAME_PATTERNS = (Readability.prototype as unknown as { REGEXPS: Record<'unlikelyCandidates' | 'negative' | 'byline', RegExp> }).REGEXPS;

/** A Readability with the replaced methods: the one way the pipeline makes one. */
export function readabilityWithReplacements<T = string>(doc: Document, options?: ConstructorParameters<typeof Readability<T>>[1]): Readability<T> {
  return Object.assign(new Readability<T>(doc, options), REPLACED_METHODS);
}

/**
 * Readability's guess whether a page reads as an article, with the same visibility test: the one
 * way the pipeline asks it (the build leaves out the readerable check's own test, which it would
 * otherwise use, and which misses inline `visibility: hidden`).
 */
export function isReaderable(doc: Document): boolean {
  // It asks only of elements (p, pre, article, a div holding a br), though its typings say nodes.
  return isProbablyReaderable(doc, { visibilityChecker: isProbablyVisible as (node: Node) => boolean });
}
