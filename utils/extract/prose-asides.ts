/**
 * Readability takes every `<aside>` out of what it keeps. Inside an article an aside is often
 * the story's own: a note, a box on one of its points, a "beyond this site" list of what to read
 * and why, a recipe's ingredients. Inside the content root, an aside that is mostly prose
 * paragraphs with few links becomes a plain block, so Readability keeps it (WCXB: three pages,
 * F1 +0.04 to +0.06, none down); so does one holding a list of three items or more with few
 * links (WCXB 4163, a bread recipe's ingredients, F1 0.95 -> 0.99). Rails of teasers, author
 * boxes and promos (links, short texts, their headings) stay asides; the chrome rules have run
 * by then.
 */
import { replaceWithPlainBlock } from './plain-block';
import { proseIn, readsAsArticleProse } from './section-prose';

/** Less prose than this is a pull quote or a label, not a part of the story. */
const MIN_ASIDE_PROSE = 200;
/** Fewer items than this are a label's or a caption's, not a list of the story's. */
const MIN_LIST_ITEMS = 3;

function isProseAside(aside: Element): boolean {
  const prose = proseIn(aside).length;
  if (prose >= MIN_ASIDE_PROSE) return readsAsArticleProse(aside, prose);
  // A list of the story's own (a recipe's ingredients, the points of a box) holds no paragraphs:
  // it is judged by its links and its heading alone.
  return aside.querySelectorAll('li').length >= MIN_LIST_ITEMS && readsAsArticleProse(aside, Infinity);
}

/** Turns the asides of prose under `root` into divs; returns how many. */
export function unwrapProseAsides(root: Element): number {
  let count = 0;
  for (const aside of root.querySelectorAll('aside')) {
    if (!isProseAside(aside)) continue;
    replaceWithPlainBlock(aside);
    count += 1;
  }
  return count;
}
