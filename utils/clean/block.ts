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

/** Reads `element` as a block (see the module comment for the limit). */
export function readBlock(element: Element, limit = TEXT_LIMIT): Block {
  let text = '';
  let linked = 0;
  let long = false;
  let pendingSpace = false;
  const append = (value: string, inLink: boolean) => {
    for (const part of value.split(/(\s+)/)) {
      if (!part) continue;
      if (/^\s/.test(part)) {
        pendingSpace = text.length > 0;
        continue;
      }
      const piece = (pendingSpace ? ' ' : '') + part;
      pendingSpace = false;
      text += piece;
      if (inLink) linked += piece.length;
      if (text.length > limit) {
        long = true;
        return;
      }
    }
  };
  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child && !long; child = child.nextSibling) {
      if (child.nodeType === 3) append(child.nodeValue ?? '', inLink);
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIPPED_TAGS.has(tag)) continue;
        // Block boundaries separate words even where the markup has no space.
        if (!INLINE_TAGS.has(tag)) pendingSpace = text.length > 0;
        walk(child, inLink || tag === 'A');
        if (!INLINE_TAGS.has(tag)) pendingSpace = text.length > 0;
      }
    }
  };
  walk(element, element.tagName === 'A');
  if (long) text = text.slice(0, limit);
  return { element, names: namesOf(element, text), text, long, linkDensity: text ? Math.min(1, linked / text.length) : 0 };
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
