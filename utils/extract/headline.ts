import { collapseWhitespace, textOf } from '../text';

/** The page's headline: the h1 whose text the document title carries, or the only h1. */
export function headline(doc: Document): Element | null {
  const headings = [...doc.getElementsByTagName('h1')];
  if (headings.length === 1) return headings[0] ?? null;
  const title = collapseWhitespace(doc.title).toLowerCase();
  return (
    headings.find((heading) => {
      const text = textOf(heading).toLowerCase();
      return text.length >= 10 && title.includes(text);
    }) ?? null
  );
}

/** The headline's words, for the extension page to tell the article's title from the site's name; null without one. */
export function headlineText(element: Element | null): string | null {
  return (element && textOf(element)) || null;
}
