import { firstText, lettersAndDigits } from '../text';

/** The containers a page draws in versions: paragraphs, links and inline elements are never the unit. */
const CONTAINERS = 'div, section, article, aside, ul, ol, table';

/** Shortest text, in letters and digits, of a block that counts as said twice: no label or credit line. */
const MIN_REPEATED_TEXT = 100;

/**
 * Removes a block that says again, word for word, what the element before it said under
 * another class (an empty element between them aside). Responsive sites ship one version of a
 * block per screen size and hide all but one with style sheets by class (Framer's
 * "ssr-variant hidden-…", "desktop" and "mobile" slides, an FAQ drawn once as a list and once
 * as toggles); a clone of the page has no style sheets applied, so the reader would show every
 * version. Siblings of one class are styled alike, so both show: an author's repeated paragraph
 * or list stays, as do the same words elsewhere (a pull quote, a recap). Run before
 * Readability, which strips classes.
 */
export function removeRepeatedBlocks(root: Element): void {
  for (const element of root.querySelectorAll(CONTAINERS)) {
    let previous = element.previousElementSibling;
    // A line break or an empty spacer between two versions does not set them apart.
    while (previous && !previous.hasChildNodes()) previous = previous.previousElementSibling;
    if (!previous || previous.tagName !== element.tagName || previous.getAttribute('class') === element.getAttribute('class')) continue;
    // Two versions open with the same words: most pairs part there, before their whole text is read.
    const opening = firstText(element);
    if (!opening || opening !== firstText(previous) || !root.contains(element)) continue;
    const said = lettersAndDigits(element.textContent!);
    if (said.length >= MIN_REPEATED_TEXT && said === lettersAndDigits(previous.textContent!)) element.remove();
  }
}
