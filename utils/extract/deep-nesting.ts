/**
 * Real pages nest their elements a few dozen levels deep (56 at most in the 711 WCXB
 * pages). Hostile or broken markup nests hundreds deep (Chromium's parser stops at 512 and
 * puts the rest side by side there), and Readability, which reads the text of every element's
 * subtree as it walks, slows down with depth: 5,000 nested tables took it 8.6 s in Chromium.
 * Past MAX_DEPTH the clone keeps the text, block by block, and leaves out the markup.
 */
import { blockText } from '../text';

/** Deeper than any real page, shallow enough for Readability's walk to stay quick. */
export const MAX_DEPTH = 128;

/**
 * Every how many elements (in document order) one is asked how deep it sits. Nesting past the
 * cap is a run of well over this many elements: unclosed tags push everything after them
 * deeper, and Chromium's parser puts what comes past its own cap side by side at the bottom.
 */
const PROBE_SPACING = 32;

/** How many levels below `root` the element sits, counting up to `limit + 1` at most. */
function depthBelow(element: Element, root: Element, limit: number): number {
  let depth = 0;
  for (let current: Element | null = element; current && current !== root && depth <= limit; current = current.parentElement) depth += 1;
  return depth;
}

/**
 * Whether anything under `root` may sit deeper than `maxDepth`: the last element, and every
 * PROBE_SPACING-th one, are asked. A few dozen short climbs, where finding the elements at
 * the cap (below) reads the ancestors of every element: about 1 ms on a news page.
 */
function mayNestTooDeep(root: Element, maxDepth: number): boolean {
  const elements = root.getElementsByTagName('*');
  const last = elements[elements.length - 1];
  if (last && depthBelow(last, root, maxDepth) > maxDepth) return true;
  for (let index = 0; index < elements.length; index += PROBE_SPACING) {
    if (depthBelow(elements[index]!, root, maxDepth) > maxDepth) return true;
  }
  return false;
}

/**
 * The elements exactly `maxDepth` levels below `root` that hold other elements. Found by the
 * browser's selector engine, which walks the page natively and rejects an element as soon as
 * its ancestors run out.
 */
function elementsAtDepth(root: Element, maxDepth: number): Element[] {
  const tooDeep = root.querySelectorAll(`:scope${' > *'.repeat(maxDepth + 1)}`);
  return [...new Set(Array.from(tooDeep, (element) => element.parentElement!))];
}

/**
 * Replaces what `root` nests deeper than `maxDepth` levels with its text, a paragraph for each
 * block, so the reader still shows the paragraphs apart. Returns whether anything was that
 * deep; pages of ordinary depth are probed and left as they are.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): boolean {
  if (!mayNestTooDeep(root, maxDepth)) return false;
  const deep = elementsAtDepth(root, maxDepth);
  for (const container of deep) {
    const paragraphs = blockText(container)
      .split('\n')
      .map((line) => {
        const paragraph = container.ownerDocument.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      });
    container.replaceChildren(...paragraphs);
  }
  return deep.length > 0;
}
