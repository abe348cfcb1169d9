/**
 * What the chrome rules know about a block: its names, and its text up to a limit. Reading a
 * whole page's text for every element would make cleaning quadratic, so the text is read
 * once per block and only as far as any rule needs: past `TEXT_LIMIT` a block is simply long.
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
}

export function namesOf(element: Element, text = ''): string {
  return `${element.getAttribute('class') ?? ''} ${isSlugOf(element.id, text) ? '' : element.id}`.toLowerCase();
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

/**
 * Reads a block's text in one walk that stops at the limit. Every element of a page is read
 * as a candidate, so this is the hot loop of cleaning: a text node costs one trim, and
 * nothing is allocated per word.
 */
class BlockReader {
  text = '';
  linked = 0;
  long = false;
  links: Element[] | null = null;
  /** White space (or a block boundary) was seen since the last word. */
  private pendingSpace = false;

  constructor(private readonly limit: number) {}

  read(node: Node, inLink: boolean): void {
    for (let child = node.firstChild; child && !this.long; child = child.nextSibling) {
      if (child.nodeType === 3) {
        this.append(child.nodeValue ?? '', inLink);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName;
      if (SKIPPED_TAGS.has(tag)) continue;
      const isLink = tag === 'A';
      if (isLink && element.hasAttribute('href')) (this.links ??= []).push(element);
      // Block boundaries separate words even where the markup has no space.
      const inline = INLINE_TAGS.has(tag);
      if (!inline) this.pendingSpace = this.text.length > 0;
      this.read(element, inLink || isLink);
      if (!inline) this.pendingSpace = this.text.length > 0;
    }
  }

  private append(value: string, inLink: boolean): void {
    const words = value.trim();
    if (!words) {
      if (value) this.pendingSpace = this.text.length > 0;
      return;
    }
    // trim() and \s agree on what white space is.
    if (words.length !== value.length && value[0] !== words[0]) this.pendingSpace = this.text.length > 0;
    const piece = (this.pendingSpace ? ' ' : '') + words.replace(WHITE_SPACE_RUN, ' ');
    this.text += piece;
    if (inLink) this.linked += piece.length;
    this.pendingSpace = value[value.length - 1] !== words[words.length - 1];
    const over = this.text.length - this.limit;
    if (over > 0) {
      this.long = true;
      this.text = this.text.slice(0, this.limit);
      if (inLink) this.linked -= Math.min(over, piece.length);
    }
  }
}

const WHITE_SPACE_RUN = /\s+/g;

/** Reads `element` as a block (see the module comment for the limit). */
export function readBlock(element: Element, limit = TEXT_LIMIT): Block {
  const reader = new BlockReader(limit);
  reader.read(element, element.tagName === 'A');
  const { text, linked, long } = reader;
  return {
    element,
    names: namesOf(element, text),
    text,
    long,
    linkDensity: text ? Math.min(1, linked / text.length) : 0,
    links: reader.links ?? NO_LINKS,
  };
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
export function isInsideArticleFurniture(element: Element): boolean {
  return element.closest('figure, figcaption, blockquote, q, table, pre, code') !== null;
}
