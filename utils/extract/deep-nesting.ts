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
 * The elements exactly `maxDepth` levels below `root` that hold other elements. Found by the
 * browser's selector engine, which walks the page natively and rejects an element as soon as
 * its ancestors run out: an ordinary page costs a fraction of a millisecond.
 */
function elementsAtDepth(root: Element, maxDepth: number): Element[] {
  const tooDeep = root.querySelectorAll(`:scope${' > *'.repeat(maxDepth + 1)}`);
  return [...new Set(Array.from(tooDeep, (element) => element.parentElement!))];
}

/**
 * Replaces what `root` nests deeper than `maxDepth` levels with its text, a paragraph for each
 * block, so the reader still shows the paragraphs apart. Returns whether anything was that
 * deep; pages of ordinary depth are walked once and left as they are.
 */
export function flattenDeepNesting(root: Element, maxDepth = MAX_DEPTH): boolean {
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
