/**
 * The byline as Readability finds it: the first element, in page order, whose class or id
 * says byline/author (or rel="author", itemprop="author") and whose text is short. The page
 * pass of the chrome rules must leave it and its containers in place, or Readability loses
 * the byline when it sits in a bar with share buttons or in an author box.
 */
import { NAME_PATTERNS } from '../extract/readability-speedups';

/** Class names or ids (`namesOf`) that say byline: Readability's own test (any case). */
export const BYLINE_NAME = NAME_PATTERNS.byline;
/** Readability's other byline tests, as a selector (which also compares rel's value in any case, as HTML wants). */
const AUTHOR_ATTRIBUTES = '[rel="author"], [itemprop*="author"]';
/** Readability's bound on a byline's text: a block this long or longer is no byline. */
export const MAX_BYLINE = 100;

function saysByline(element: Element): boolean {
  if (BYLINE_NAME.test(element.getAttribute('class') ?? '') || BYLINE_NAME.test(element.id)) return true;
  return (element.hasAttribute('rel') || element.hasAttribute('itemprop')) && element.matches(AUTHOR_ATTRIBUTES);
}

export function findByline(root: ParentNode): Element | null {
  // The selector engine picks the elements that have names at all, and a regular expression
  // reads their names: in Chromium, half the time of eight case-insensitive substring selectors.
  const named = root.querySelectorAll(`${AUTHOR_ATTRIBUTES}, [class], [id]`);
  // Indexed: a for-of loop over a NodeList this long costs more than the names it reads.
  for (let index = 0; index < named.length; index += 1) {
    const element = named[index] as Element;
    if (!saysByline(element)) continue;
    const length = (element.textContent ?? '').trim().length;
    if (length > 0 && length < MAX_BYLINE) return element;
  }
  return null;
}
