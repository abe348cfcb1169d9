/**
 * Whether a block Readability left out reads like a part of the article: prose in paragraphs
 * of its own, few links, and no heading that opens what follows an article.
 */
import { readBlock } from '../clean/block';
import { textOf } from '../text';

/** Paragraphs shorter than this are labels and buttons, not article text. */
const MIN_PARAGRAPH = 60;
/** A part of the article is mostly text in such paragraphs... */
export const MIN_PROSE_SHARE = 0.6;
/** ...and mostly not links. */
export const MAX_SECTION_LINK_DENSITY = 0.3;

/** The section's real paragraphs: how much text they hold, how many there are, and the first one. */
export function proseIn(section: Element): { length: number; count: number; first: Element | null } {
  let length = 0;
  let count = 0;
  let first: Element | null = null;
  for (const paragraph of section.getElementsByTagName('p')) {
    const text = (paragraph.textContent ?? '').trim().length;
    if (text < MIN_PARAGRAPH) continue;
    length += text;
    count += 1;
    first ??= paragraph;
  }
  return { length, count, first };
}

/** The headings of what follows an article: its authors, other stories, the comments. */
const NOT_ARTICLE_HEADING =
  /^(?:about the authors?|about (?:me|us)|(?:the )?authors?|related\b|more\b|also\b|read (?:next|more)|recommended|you (?:may|might) also|popular|latest|trending|newsletter|subscribe|sign up|comments?\b|leave a (?:reply|comment)|share\b|tags?\b|categories)/i;

/** Whether the section's first heading says it is not the article's (authors, related stories, comments). */
export function opensWithNotArticleHeading(section: Element): boolean {
  const heading = section.querySelector('h2, h3, h4, h5, h6');
  return NOT_ARTICLE_HEADING.test(textOf(heading));
}

/**
 * Whether `element`, holding `proseLength` characters of real paragraphs (proseIn), reads as a
 * part of the article: few links, no heading of what follows an article, mostly that prose.
 */
export function readsAsArticleProse(element: Element, proseLength: number): boolean {
  const block = readBlock(element);
  return (
    block.linkDensity <= MAX_SECTION_LINK_DENSITY &&
    !opensWithNotArticleHeading(element) &&
    (block.long || proseLength >= block.text.length * MIN_PROSE_SHARE)
  );
}
