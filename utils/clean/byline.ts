/**
 * The byline as Readability finds it: the first element, in page order, whose class or id
 * says byline/author (or rel="author", itemprop="author") and whose text is short. The page
 * pass of the chrome rules must leave it and its containers in place, or Readability loses
 * the byline when it sits in a bar with share buttons or in an author box.
 */
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
const MAX_BYLINE = 100;

export function findByline(root: ParentNode): Element | null {
  for (const element of root.querySelectorAll('[class], [id], [rel], [itemprop]')) {
    const named =
      element.getAttribute('rel') === 'author' ||
      (element.getAttribute('itemprop') ?? '').includes('author') ||
      BYLINE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
    if (!named) continue;
    const length = (element.textContent ?? '').trim().length;
    if (length > 0 && length < MAX_BYLINE) return element;
  }
  return null;
}
