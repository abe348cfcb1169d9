import { collapseWhitespace, lettersAndDigits } from '../text';

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
  /**
   * The links (`a[href]`) inside the block, in order; none when the block is long: no rule
   * looks at a long block's links, and gathering them would copy them at every level above.
   */
  links: readonly Element[];
  /** The block is, or sits inside, a figure, quote, table or code: its text belongs to the article even when it reads like chrome. */
  inFurniture: boolean;
  /** The block is, or sits inside, code (`pre`, `code`): its markup is the highlighter's, its names say nothing of chrome. */
  inCode: boolean;
}

export function namesOf(element: Element, text = ''): string {
  const id = element.id;
  // Most elements have no id: nothing to split.
  const names = `${element.getAttribute('class') ?? ''} ${id && isSlugOf(id, text) ? '' : id}`.toLowerCase();
  // BEM modifiers and elements ("author--bio", "author__about") are the same words as "author-bio".
  return names.includes('--') || names.includes('__') ? names.replace(/--+|__+/g, '-') : names;
}

/** What themes put before the words of a heading's anchor: WordPress's "h-what-is-x", "toc-", "section-". */
const ANCHOR_PREFIX = /^(?:h|toc|section|heading|anchor)[-_]/i;

/**
 * An id made from the element's own text (a heading's anchor, "Eich_CEO_promotion_controversy",
 * "h-social-media-video") says nothing about what the element is. Such ids are phrases: two
 * words that are the whole text ("social-benefits"), or three or more that begin it (anchors
 * are often cut short).
 */
export function isSlugOf(id: string, text: string): boolean {
  const phrase = id.replace(ANCHOR_PREFIX, '');
  const words = phrase.split(/[-_\s]+/).length;
  const idSlug = lettersAndDigits(phrase);
  if (!idSlug || words < 2) return false;
  const textSlug = leadingSlug(text, idSlug.length);
  return textSlug === idSlug || (words >= 3 && textSlug.startsWith(idSlug));
}

/**
 * `lettersAndDigits(text)` cut after more than `length` characters: all that comparing it
 * with a slug of `length` needs. Every block with an id is asked, and its text may be long.
 */
function leadingSlug(text: string, length: number): string {
  for (let end = 2 * length + 16; ; end *= 2) {
    const slug = lettersAndDigits(text.slice(0, end));
    if (slug.length > length || end >= text.length) return slug;
  }
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
  /** The `a[href]` descendants; none when `long`. */
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
  private readonly furniture = new Map<Element, Furniture | null>();
  private readonly limit: number;
  private readonly readTags: ReadonlySet<string> | null;

  /**
   * `readTags`, when given, names (upper case) the only elements the pass will `read`: the
   * content of any other element is used once, by its parent, and is not kept. (An element read
   * all the same is built again, the same: the subtree of an element still ahead is unchanged.)
   */
  constructor(limit = TEXT_LIMIT, readTags: ReadonlySet<string> | null = null) {
    this.limit = limit;
    this.readTags = readTags;
  }

  read(element: Element): Block {
    const { text, long, linked, links } = this.contentOf(element, element.tagName);
    const furniture = this.furnitureOf(element);
    return {
      element,
      names: namesOf(element, text),
      text,
      long,
      linkDensity: text ? Math.min(1, linked / text.length) : 0,
      links,
      inFurniture: furniture !== null,
      inCode: furniture === 'code',
    };
  }

  /** What article furniture the element is or sits in; code wins over what holds it. */
  private furnitureOf(element: Element | null): Furniture | null {
    if (!element) return null;
    const known = this.furniture.get(element);
    if (known !== undefined) return known;
    const name = element.localName;
    const outer = this.furnitureOf(element.parentElement);
    let inside: Furniture | null = outer;
    if (CODE.has(name)) inside = 'code';
    else if (!inside && ARTICLE_FURNITURE.has(name)) inside = 'other';
    this.furniture.set(element, inside);
    return inside;
  }

  private contentOf(element: Element, tag: string): Content {
    const kept = this.readTags === null || this.readTags.has(tag);
    const known = kept ? this.contents.get(element) : undefined;
    if (known) return known;
    const content = this.build(element);
    if (kept) this.contents.set(element, content);
    return content;
  }

  private build(element: Element): Content {
    const content = new ContentBuilder(element.tagName === 'A', this.limit);
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!content.long) content.addText(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName;
      if (SKIPPED_TAGS.has(tag)) continue;
      // Every child is read, even past the limit: the rules read each of them as a block too.
      const inner = this.contentOf(child as Element, tag);
      if (!content.long) content.addElement(child as Element, inner, INLINE_TAGS.has(tag));
    }
    return content.text || content.lead || content.links !== NO_LINKS ? content : EMPTY;
  }
}

/** Builds one element's Content from its children, in order (one object per element, no closures). */
class ContentBuilder implements Content {
  text = '';
  long = false;
  linked = 0;
  lead = false;
  /** While building: white space or a block boundary came after the last word so far. */
  trail = false;
  firstLinked = false;
  links: readonly Element[] = NO_LINKS;

  constructor(
    private readonly isLink: boolean,
    private readonly limit: number,
  ) {}

  /** White space or a block boundary: a space between words, if a word comes before. */
  space(): void {
    if (this.text) this.trail = true;
    else this.lead = true;
  }

  addText(value: string): void {
    const words = value.trim(); // trim() and \s agree on what white space is
    if (!words) {
      if (value) this.space();
      return;
    }
    if (value[0] !== words[0]) this.space();
    const collapsed = collapseWhitespace(words);
    this.add(collapsed, this.isLink ? collapsed.length : 0, this.isLink);
    if (value[value.length - 1] !== words[words.length - 1]) this.space();
  }

  addElement(element: Element, inner: Content, inline: boolean): void {
    if (element.tagName === 'A' && element.hasAttribute('href')) this.addLink(element);
    for (const link of inner.links) this.addLink(link);
    if (!inline) this.space();
    if (inner.lead) this.space();
    if (inner.text) {
      this.add(inner.text, this.isLink ? inner.text.length : inner.linked, this.isLink || inner.firstLinked);
      if (inner.long) this.markLong();
      else if (inner.trail) this.space();
    }
    if (!inline) this.space();
  }

  /** The text has reached the limit: no more is read, and the links are of no use (see Block.links). */
  private markLong(): void {
    this.long = true;
    this.links = NO_LINKS;
  }

  private addLink(link: Element): void {
    if (this.links === NO_LINKS) this.links = [link];
    else (this.links as Element[]).push(link);
  }

  private add(words: string, wordsLinked: number, startsLinked: boolean): void {
    if (!this.text) this.firstLinked = startsLinked;
    const joined = this.trail ? ` ${words}` : words;
    const pieceLinked = wordsLinked + (this.trail && startsLinked ? 1 : 0);
    this.trail = false;
    this.text += joined;
    this.linked += pieceLinked;
    const over = this.text.length - this.limit;
    if (over > 0) {
      this.markLong();
      this.text = this.text.slice(0, this.limit);
      // Where the links fall within the cut piece is not known: take off its average share.
      this.linked -= Math.round((pieceLinked * over) / joined.length);
    }
  }
}

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
const ARTICLE_FURNITURE = new Set(['figure', 'figcaption', 'blockquote', 'q', 'table']);
const CODE = new Set(['pre', 'code']);

type Furniture = 'code' | 'other';
