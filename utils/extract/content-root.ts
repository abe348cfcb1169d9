/**
 * Most of a news page is not its article: menus, rails of other stories, comments, footers.
 * The article's paragraphs sit together in one container. When one container holds nearly all
 * of the page's paragraph text, everything beside it (and beside each of its ancestors) is
 * taken away before the chrome rules and Readability run, so neither walks it. What holds the
 * headline, the byline or another element the caller keeps stays, and so does the page's metadata.
 */
import { addWithAncestors } from '../clean/rule';

/** What Readability reads the title, byline and dates from, wherever the page put it. */
const METADATA = 'title, meta, script[type="application/ld+json"]';

/** Share of the page's paragraph text the container must hold for the rest to go. */
const CONTENT_SHARE = 0.9;
/** Paragraphs shorter than this are labels, captions and buttons, not article text. */
const MIN_PARAGRAPH = 40;
/** Before the article, a block with more of its text in links than this is navigation. */
const MAX_LEAD_IN_LINK_DENSITY = 0.5;
/** Most paragraph-to-ancestor steps taken; a news page takes a few thousand. */
const MAX_STEPS = 200_000;
/** Pages with less paragraph text than this are left whole: too little to judge by. */
const MIN_PAGE_TEXT = 1000;

/** The paragraph's text length, or 0 when it is too short to be article text. */
function proseLength(paragraph: Element): number {
  const length = (paragraph.textContent ?? '').trim().length;
  return length >= MIN_PARAGRAPH ? length : 0;
}

/** The text in the real paragraphs under `root`, in characters: what the content root is measured by. */
export function paragraphText(root: ParentNode): number {
  let total = 0;
  for (const paragraph of root.querySelectorAll('p')) total += proseLength(paragraph);
  return total;
}

/** The deepest element that holds `CONTENT_SHARE` of the paragraph text under `body`, or null. */
export function contentRoot(body: HTMLElement): Element | null {
  const textIn = new Map<Element, number>();
  let total = 0;
  let steps = 0;
  for (const paragraph of body.getElementsByTagName('p')) {
    const length = proseLength(paragraph);
    if (length === 0) continue;
    total += length;
    for (let element = paragraph.parentElement; element && element !== body; element = element.parentElement) {
      textIn.set(element, (textIn.get(element) ?? 0) + length);
      // Thousands of paragraphs thousands of levels deep: not a page worth narrowing.
      if (++steps > MAX_STEPS) return null;
    }
  }
  if (total < MIN_PAGE_TEXT) return null;
  const needed = total * CONTENT_SHARE;
  let root: Element = body;
  for (;;) {
    const next = [...root.children].find((child) => (textIn.get(child) ?? 0) >= needed);
    if (!next) break;
    root = next;
  }
  return root === body ? null : root;
}

function visibleLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Whether a block before the article may be part of it: an intro, a lead image, the headline's
 * companions. Menus, breadcrumbs and rails of links are not.
 */
function mayBeLeadIn(element: Element): boolean {
  const text = visibleLength(element);
  if (text === 0) return element.querySelector('img, picture, video') !== null;
  let linked = 0;
  for (const link of element.getElementsByTagName('a')) linked += visibleLength(link);
  return linked <= text * MAX_LEAD_IN_LINK_DENSITY;
}

/**
 * Removes what sits beside the content root and beside each of its ancestors: everything after
 * it, and the link lists and empty blocks before it. What holds an h1 or one of `keep` stays.
 * Returns the content root, or null when the page has none (and is left whole).
 */
export function narrowToContentRoot(body: HTMLElement, keep: readonly Element[] = []): Element | null {
  const root = contentRoot(body);
  if (!root) return null;
  const holders = addWithAncestors(new Set(), [root, ...body.getElementsByTagName('h1'), ...keep]);
  const head = body.ownerDocument.head;
  // What sits beside the root inside the article (its header, its author's note) stays with it.
  const kept = root.closest('article') ?? root.parentElement ?? body;
  for (let element: Element = kept; element !== body && element.parentElement; element = element.parentElement) {
    let before = true;
    for (const sibling of [...element.parentElement.children]) {
      if (sibling === element) before = false;
      if (holders.has(sibling) || (before && mayBeLeadIn(sibling))) continue;
      // Metadata goes to the head, where it means the same and Readability still finds it.
      if (sibling.matches(METADATA)) {
        head?.append(sibling);
        continue;
      }
      head?.append(...sibling.querySelectorAll(METADATA));
      sibling.remove();
    }
  }
  return root;
}
