/**
 * What the chrome rules know about a block: its names, its links, and its text up to a
 * limit: past `TEXT_LIMIT` a block is simply long. See BlockReader for how it is read.
 */

/** Longest text (characters) any rule looks at; longer blocks are never chrome by their text. */
export const TEXT_LIMIT = 800;

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface Block {
  element: Element;
  /** Lower-cased class names and id, space separated. */
  names: string;
  /** The block's text with white space collapsed, cut at TEXT_LIMIT. */
  text: string;
  /** True when the text goes on past TEXT_LIMIT. */
  long: boolean;
  /** Share of the (read) text that sits inside links, 0 to 1. */
  linkDensity: number;
  /** The links (`a[href]`) inside the block, in order; all of them unless the block is long. */
  links: readonly Element[];
  /** The block is, or sits inside, a figure, quote, table or code: its text belongs to the article even when it reads like chrome. */
  inFurniture: boolean;
}

export function namesOf(element: Element, text = ''): string {
  const names = `${element.getAttribute('class') ?? ''} ${isSlugOf(element.id, text) ? '' : element.id}`.toLowerCase();
  // BEM modifiers and elements ("author--bio", "author__about") are the same words as "author-bio".
  return names.includes('--') || names.includes('__') ? names.replace(/--+|__+/g, '-') : names;
}

/** Letters and digits only, lower-cased: "Eich_CEO_promotion" and "Eich CEO promotion" agree. */
function slug(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * An id made from the element's own text (a heading's anchor, "Eich_CEO_promotion_controversy")
 * says nothing about what the element is. Such ids are phrases: three words or more.
 */
function isSlugOf(id: string, text: string): boolean {
  return id.split(/[-_\s]+/).length >= 3 && slug(text).startsWith(slug(id));
}

const NO_LINKS: readonly Element[] = Object.freeze([]);

/** What the reader knows of an element's content, as a part of its parent's text. */
interface Content {
  /** Collapsed text, at most the limit. */
  text: string;
  long: boolean;
  /** Characters of `text` inside links (the element counting as a link when it is one). */
  linked: number;
  /** White space or a block boundary comes before the first word (or anywhere, when there is no word). */
  lead: boolean;
  /** White space or a block boundary comes after the last word. */
  trail: boolean;
  /** The first word sits inside a link. */
  firstLinked: boolean;
  /** The `a[href]` descendants; all of them unless `long`. */
  links: readonly Element[];
}

const EMPTY: Content = Object.freeze({ text: '', long: false, linked: 0, lead: false, trail: false, firstLinked: false, links: NO_LINKS });

/**
 * Reads blocks for one pass of the rules over a tree. Every element is a candidate, and
 * reading each one's text down from it would walk the tree once per level of nesting: the
 * reader instead builds each element's text once, from its children's, bottom up. The
 * rules look at candidates in document order and a removal takes only a candidate's own
 * subtree or later siblings, so text read before a removal stays true for every candidate
 * still ahead.
 */
export class BlockReader {
  private readonly contents = new Map<Element, Content>();
  private readonly furniture = new Map<Element, boolean>();
  private readonly limit: number;

  constructor(limit = TEXT_LIMIT) {
    this.limit = limit;
  }

  read(element: Element): Block {
    const { text, long, linked, links } = this.contentOf(element);
    return {
      element,
      names: namesOf(element, text),
      text,
      long,
      linkDensity: text ? Math.min(1, linked / text.length) : 0,
      links,
      inFurniture: this.isFurniture(element),
    };
  }

  private isFurniture(element: Element | null): boolean {
    if (!element) return false;
    const known = this.furniture.get(element);
    if (known !== undefined) return known;
    const inside = ARTICLE_FURNITURE.has(element.localName) || this.isFurniture(element.parentElement);
    this.furniture.set(element, inside);
    return inside;
  }

  private contentOf(element: Element): Content {
    const known = this.contents.get(element);
    if (known) return known;
    const content = this.build(element);
    this.contents.set(element, content);
    return content;
  }

  private build(element: Element): Content {
    let text = '';
    let linked = 0;
    let long = false;
    let lead = false;
    let pending = false;
    let firstLinked = false;
    let links: Element[] | null = null;
    const isLink = element.tagName === 'A';
    // White space or a block boundary: a space between words, if a word comes before.
    const space = () => {
      if (text) pending = true;
      else lead = true;
    };
    const add = (words: string, wordsLinked: number, startsLinked: boolean) => {
      if (!text) firstLinked = startsLinked;
      const joined = pending ? ` ${words}` : words;
      const pieceLinked = wordsLinked + (pending && startsLinked ? 1 : 0);
      pending = false;
      text += joined;
      linked += pieceLinked;
      const over = text.length - this.limit;
      if (over > 0) {
        long = true;
        text = text.slice(0, this.limit);
        // Where the links fall within the cut piece is not known: take off its average share.
        linked -= Math.round((pieceLinked * over) / joined.length);
      }
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (long) continue;
        const value = child.nodeValue ?? '';
        const words = value.trim(); // trim() and \s agree on what white space is
        if (!words) {
          if (value) space();
          continue;
        }
        if (value[0] !== words[0]) space();
        const collapsed = words.replace(WHITE_SPACE_RUN, ' ');
        add(collapsed, isLink ? collapsed.length : 0, isLink);
        if (value[value.length - 1] !== words[words.length - 1]) space();
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName;
      if (SKIPPED_TAGS.has(tag)) continue;
      // Every child is read, even past the limit: the rules read each of them as a block too.
      const inner = this.contentOf(child as Element);
      if (long) continue;
      if (tag === 'A' && (child as Element).hasAttribute('href')) (links ??= []).push(child as Element);
      if (inner.links.length > 0) (links ??= []).push(...inner.links);
      const inline = INLINE_TAGS.has(tag);
      if (!inline) space();
      if (inner.lead) space();
      if (inner.text) {
        add(inner.text, isLink ? inner.text.length : inner.linked, isLink || inner.firstLinked);
        if (inner.long) long = true;
        else if (inner.trail) space();
      }
      if (!inline) space();
    }
    if (!text && !lead && !links) return EMPTY;
    // A long block keeps only the links read before the limit: rules that need all of them skip long blocks.
    return { text, long, linked, lead, trail: pending, firstLinked, links: links ?? NO_LINKS };
  }
}

const WHITE_SPACE_RUN = /\s+/g;

/** Reads one element as a block, on its own (a BlockReader reads many in one pass). */
export function readBlock(element: Element): Block {
  return new BlockReader().read(element);
}

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** Builds a matcher for whole words in class names and ids: `nameWords('share|social')`. */
export function nameWords(alternatives: string): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${alternatives})(?:$|[\\s_-])`);
}

/** A block with several paragraphs and more text than any chrome box: article text, whatever its names. */
export function looksLikeArticleText(block: Block): boolean {
  return (block.long || block.text.length > ARTICLE_TEXT) && block.element.querySelectorAll('p').length >= 3;
}

/** More text than a box of chrome holds (an appeal, a share bar, a comment prompt). */
const ARTICLE_TEXT = 600;

/** Elements whose text belongs to the article even when it reads like chrome (a caption, a quote). */
const ARTICLE_FURNITURE = new Set(['figure', 'figcaption', 'blockquote', 'q', 'table', 'pre', 'code']);
