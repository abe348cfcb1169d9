/**
 * Review and guide pages open with a few paragraphs of introduction in a block of their own,
 * apart from the body that follows (a summary box, a table of products, then the sections).
 * Readability keeps the body and leaves the introduction out: it is not a sibling of the body,
 * but of one of its ancestors. This module brings back such blocks: prose that sits between
 * the headline and the first paragraph Readability kept, a few levels up from it.
 */
import { readBlock } from '../clean/block';
import { findByline } from '../clean/byline';
import { textOf } from '../text';
import type { Ancestor, ParagraphMap } from './paragraph-map';
import { contentContainer } from './readability-content';
import { MAX_SECTION_LINK_DENSITY, MIN_PROSE_SHARE, opensWithNotArticleHeading, proseIn } from './section-prose';

/** How far up from the first kept paragraph the introduction may sit. */
const LEVELS = 4;
/** An introduction holds at least this much paragraph text. */
const MIN_LEAD_IN_TEXT = 150;
/** Enough of a paragraph's start to tell whether the article already says it. */
const QUOTED_START = 80;

/**
 * Blocks that sit between a headline and an article without being its introduction: the
 * header (title, dek, byline), sidebars, notices and disclosures, author boxes, forms, other
 * stories.
 */
const NOT_LEAD_IN = 'header, footer, aside, nav';
const NOT_LEAD_IN_NAME = ['author', 'byline', 'bio', 'profile', 'notice', 'disclosure'].map((name) => `[class*="${name}" i]`).join(', ');
const HOLDS_NO_LEAD_IN = `${NOT_LEAD_IN}, ${NOT_LEAD_IN_NAME}, h1, article, input, select, textarea, button, fieldset`;

/** Whether `block` reads as the article's introduction, and is not already in it (`said`). */
function isLeadIn(block: Element, said: () => string): boolean {
  if (block.matches(`${NOT_LEAD_IN}, ${NOT_LEAD_IN_NAME}`) || block.querySelector(HOLDS_NO_LEAD_IN) || findByline(block)) return false;
  if (readBlock(block).linkDensity > MAX_SECTION_LINK_DENSITY || opensWithNotArticleHeading(block)) return false;
  const prose = proseIn(block);
  if (prose.length < MIN_LEAD_IN_TEXT) return false;
  // Measured without its tables: an introduction may end in a table of the picks (cells, not prose).
  let text = textOf(block).length;
  for (const table of block.querySelectorAll('table:not(table table)')) text -= textOf(table).length;
  if (prose.length < text * MIN_PROSE_SHARE) return false;
  const opening = textOf(prose.first).slice(0, QUOTED_START);
  return !said().includes(opening);
}

/**
 * Puts back at the top of `article` (Readability's content) the blocks of prose that came
 * between the page's headline and the first paragraph Readability kept, in page order.
 * Returns how many. A page without a headline has no "between" and gets none.
 */
export function restoreLeadIn(article: Element, map: ParagraphMap): number {
  if (map.headline < 0) return 0;
  const firstKept = map.paragraphs.findIndex((paragraph) => article.contains(paragraph));
  const chain = map.chains.get(map.paragraphs[firstKept] as Element);
  if (!chain) return 0;
  let text: string | null = null;
  const said = () => (text ??= textOf(article));
  const found: Ancestor[] = [];
  for (let level = 1; level < chain.length && level <= LEVELS; level += 1) {
    const parent = chain[level]?.element;
    // Inside the kept container, what Readability left out it took out on purpose.
    if (!parent?.isConnected || article.contains(parent)) continue;
    for (const child of parent.children) {
      const noted = map.ancestors.get(child);
      if (!noted || noted.first < map.headline || noted.first >= firstKept || chain.includes(noted)) continue;
      if (isLeadIn(child, said)) found.push(noted);
    }
  }
  found.sort((a, b) => a.first - b.first);
  contentContainer(article).prepend(...found.map(({ element }) => element));
  return found.length;
}
