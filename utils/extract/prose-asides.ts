/**
 * Readability takes every `<aside>` out of what it keeps. Inside an article an aside is often
 * the story's own: a note, a box on one of its points, a "beyond this site" list of what to read
 * and why. Inside the content root, an aside that is mostly prose paragraphs with few links
 * becomes a plain block, so Readability keeps it (WCXB: three pages, F1 +0.04 to +0.06, none
 * down). Rails of teasers, author boxes and promos (links, short texts, their headings) stay
 * asides; the chrome rules have run by then.
 */
import { replaceWithPlainBlock } from './plain-block';
import { proseIn, readsAsArticleProse } from './section-prose';

/** Less prose than this is a pull quote or a label, not a part of the story. */
const MIN_ASIDE_PROSE = 200;

function isProseAside(aside: Element): boolean {
  const prose = proseIn(aside).length;
  return prose >= MIN_ASIDE_PROSE && readsAsArticleProse(aside, prose);
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
