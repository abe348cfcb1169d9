/**
 * Readability takes the container it keeps out of the page and leaves the rest behind, with
 * class names stripped. To add back what it left out, the extraction notes before it runs where
 * each paragraph sat: its ancestors, their class names, and their order in the page.
 */
import { headline } from './headline';

/** Node.DOCUMENT_POSITION_FOLLOWING, without reaching for a global the command-line tools lack. */
const FOLLOWING = 4;

/** How many ancestors of each paragraph are noted: the most any reader of the map climbs. */
const LEVELS_NOTED = 13;

export interface Ancestor {
  element: Element;
  /** Its class attribute before Readability ran, which strips class names. */
  classes: string | null;
  /** The index of the first paragraph inside it: where it sat in the page. */
  first: number;
}

export interface ParagraphMap {
  /** The page's paragraphs, in page order. */
  paragraphs: Element[];
  /** Each paragraph's ancestors, nearest first, below the body and at most LEVELS_NOTED of them. */
  chains: Map<Element, Ancestor[]>;
  /** Every element that holds a paragraph, with what was noted of it. */
  ancestors: Map<Element, Ancestor>;
  /** How many paragraphs come before the page's headline, or -1 when it has none. */
  headline: number;
}

/** How many of `paragraphs` (in page order) come before `element`: a binary search. */
function paragraphsBefore(element: Element, paragraphs: readonly Element[]): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((paragraphs[middle] as Element).compareDocumentPosition(element) & FOLLOWING) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Notes where each paragraph sits. Call it on the cleaned page, before Readability. */
export function mapParagraphs(doc: Document): ParagraphMap {
  const paragraphs = [...doc.getElementsByTagName('p')];
  const chains = new Map<Element, Ancestor[]>();
  // Paragraphs share their ancestors: read each one's class names once.
  const ancestors = new Map<Element, Ancestor>();
  for (const [index, paragraph] of paragraphs.entries()) {
    const chain: Ancestor[] = [];
    for (let element = paragraph.parentElement; element && element.tagName !== 'BODY' && chain.length < LEVELS_NOTED; element = element.parentElement) {
      let ancestor = ancestors.get(element);
      if (!ancestor) {
        ancestor = { element, classes: element.getAttribute('class'), first: index };
        ancestors.set(element, ancestor);
      }
      chain.push(ancestor);
    }
    chains.set(paragraph, chain);
  }
  const title = headline(doc);
  return { paragraphs, chains, ancestors, headline: title ? paragraphsBefore(title, paragraphs) : -1 };
}
