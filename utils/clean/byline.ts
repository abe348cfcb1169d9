/**
 * The byline as Readability finds it: the first element, in page order, whose class or id
 * says byline/author (or rel="author", itemprop="author") and whose text is short. The page
 * pass of the chrome rules must leave it and its containers in place, or Readability loses
 * the byline when it sits in a bar with share buttons or in an author box.
 */
const BYLINE_WORDS = ['byline', 'author', 'dateline', 'writtenby'];
/** Class names or ids (`namesOf`) that say byline, as Readability reads them. */
export const BYLINE_NAME = new RegExp(BYLINE_WORDS.join('|'), 'i');
/** Readability's byline test (rel, itemprop, then the words in class or id, any case) as one selector. */
const BYLINE_SELECTOR = [
  '[rel="author"]',
  '[itemprop*="author"]',
  ...BYLINE_WORDS.flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`]),
].join(', ');
const MAX_BYLINE = 100;

export function findByline(root: ParentNode): Element | null {
  // The selector engine picks the few named elements; reading every element's names here would cost more.
  for (const element of root.querySelectorAll(BYLINE_SELECTOR)) {
    const length = (element.textContent ?? '').trim().length;
    if (length > 0 && length < MAX_BYLINE) return element;
  }
  return null;
}
