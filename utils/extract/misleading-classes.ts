import { isSlugOf } from '../clean/block';
import { collapseWhitespace } from '../text';
import { NAME_PATTERNS } from './readability-speedups';

/**
 * Readability reads class names as what an element is: "promo" or "hidden" anywhere in one
 * scores the element down, and the clean-up of the container it picks takes such an element out
 * whatever it holds. Some names say how a part was published or laid out, not what it is; those
 * are taken off (on the clone) before it reads them:
 * - Drupal writes a story's publishing state into its class: a story promoted to the front page
 *   is `node--promoted`, one pinned to the top `node--sticky` (a recipe kept its intro and lost
 *   its ingredients and steps).
 * - Drupal marks every field whose label it does not print `field--label-hidden`, the article's
 *   body among them; Tailwind names a box that clips what overflows it `overflow-hidden`
 *   (`md:overflow-x-hidden`). The label is hidden, or the overflow: the text shows (a ranking's
 *   cards and a directory's entries were lost). A name that hides the element itself (`hidden`,
 *   `is-hidden`, `lg:hidden`, `visually-hidden`) stays.
 *   A box that scrolls what overflows it (`overflow-x-scroll`, around a wide table) shows it too.
 * - Utility class names that set type or scrolling, not what a part is: Tailwind's
 *   `font-extrabold` and `leading-extra-tight` read as Readability's "extra" (page furniture,
 *   taken out unread), `scroll-mt-24` (where a heading stops when scrolled to) and
 *   `scroll-smooth` as its "scroll" (section headings and whole articles were lost).
 * - "header" on a section heading: a heading is a header, the name says nothing more (Substack
 *   names each section heading `header-anchor-post`, and every one was lost). A heading that is
 *   a link is a card's title, and keeps its names: a card so titled reads as a link to Readability,
 *   which takes the card out once its title is back (a page builder's resource cards).
 * - A heading's anchor: an id or class name made from its own words ("what-is-social-media-marketing",
 *   "travel-related-coverage") says nothing of what it is, yet reads as "social" or "related".
 * - "media" reads as an embed (a player, a gallery, a card's picture). A block so named that
 *   holds more text than a caption or a product card is the article laid out around its
 *   pictures (a car-upkeep checklist drawn as an interactive block lost all its entries).
 */
const MISLEADING_NAME =
  /^node-{1,2}(?:promoted|sticky)$|(?:^|[-_:])(?:label-hidden|overflow(?:-[xy])?-(?:hidden|scroll))$|(?:^|:)(?:font-extra\w+|leading-extra\S*|scroll-(?:smooth|[mp]\w?-\S+))$/i;
const HEADING_NAME = /header/i;
const { unlikelyCandidates, negative } = NAME_PATTERNS;
const MEDIA_NAME = /media/i;
/** More text than a caption, a card or a comment form holds (characters, white space collapsed). */
const MIN_TEXT_AROUND_MEDIA = 1000;

export function dropMisleadingClassNames(doc: Document): void {
  for (const element of doc.querySelectorAll('[class*="node-"], [class*="-hidden" i], [class*="scroll" i], [class*="extra" i]')) {
    dropClassNames(element, (name) => MISLEADING_NAME.test(name));
  }
  for (const heading of doc.querySelectorAll('h2, h3, h4, h5, h6')) {
    // Only names Readability reads as chrome change what it keeps: no other heading's text is read.
    const names = `${heading.getAttribute('class') ?? ''} ${heading.id}`;
    if (!unlikelyCandidates.test(names) && !negative.test(names)) continue;
    const text = heading.textContent ?? '';
    if (heading.id && isSlugOf(heading.id, text)) heading.removeAttribute('id');
    if (heading.hasAttribute('class')) dropClassNames(heading, (name) => isSlugOf(name, text) || (HEADING_NAME.test(name) && !isLinkTitle(heading)));
  }
  for (const element of doc.querySelectorAll('[class*="media" i]')) {
    const text = element.textContent ?? '';
    // Collapsing only shortens: most media blocks (pictures, players) fail on the raw length, uncopied.
    if (text.length >= MIN_TEXT_AROUND_MEDIA && collapseWhitespace(text).length >= MIN_TEXT_AROUND_MEDIA) dropClassNames(element, (name) => MEDIA_NAME.test(name));
  }
}

/** Whether most of the heading's words are a link's. */
function isLinkTitle(heading: Element): boolean {
  const link = heading.querySelector('a[href]');
  return link !== null && 2 * (link.textContent ?? '').trim().length >= (heading.textContent ?? '').trim().length;
}

/** Takes the class names that are `misleading` off `element`. */
export function dropClassNames(element: Element, misleading: (name: string) => boolean): void {
  const names = element.getAttribute('class')!.split(/\s+/);
  const kept = names.filter((name) => !misleading(name));
  if (kept.length < names.length) element.setAttribute('class', kept.join(' '));
}
