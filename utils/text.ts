/** Plain-text helpers shared by the reader view and the command-line tools. */

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Letters and digits only, lower-cased: "Eich_CEO_promotion" and "Eich CEO promotion" agree, as do "Newegg.com" and "newegg com". */
export function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** White space that collapsing changes: a run of it, or one character of it other than a space. */
const UNCOLLAPSED_SPACE = /\s\s|[^\S ]/;

/** Collapses runs of white space to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  // Most text has single spaces only: then there is nothing to replace, and no copy to make.
  const collapsed = UNCOLLAPSED_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  return collapsed.trim();
}

/** The text of `node`, white space collapsed ('' for no node). */
export function textOf(node: Node | null | undefined): string {
  return collapseWhitespace(node?.textContent ?? '');
}

/**
 * The first text under `node` that is not white space, trimmed, or '' when it has none: stops
 * there, so most elements answer within a few nodes (JavaScript's `trim()` removes what `\s`
 * matches). Walked by hand: less than a TreeWalker costs to make.
 */
export function firstText(node: Node): string {
  let current: Node | null = node.firstChild;
  while (current) {
    if (current.nodeType === 3) {
      const text = current.nodeValue!.trim();
      if (text) return text;
    } else if (current.firstChild) {
      current = current.firstChild;
      continue;
    }
    while (current !== node && !current.nextSibling) current = current.parentNode!;
    current = current === node ? null : current.nextSibling;
  }
  return '';
}

/** `text` cut to `max` characters, an ellipsis marking the cut. */
export function clipped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Gives the marker of a list item, told which item of its list it is (0 for the first). */
export type ListMarker = (item: Element, index: number) => string;

/**
 * How plain text marks a list item, as Markdown does: "- " in a list, "3. " as the third item of
 * a numbered list (counting from the list's `start`). For `blockText`; the command-line tools
 * use it, the content script does not (its text is only counted).
 */
export const markdownListMarker: ListMarker = (item, index) => {
  const list = item.parentElement;
  if (list?.tagName.toUpperCase() !== 'OL') return '- ';
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  return `${(Number.isNaN(start) ? 1 : start) + index}. `;
};

/**
 * The text of a DOM subtree with every block element on its own line, so that the words of
 * adjacent paragraphs never run together (`textContent` would glue them). A table's row is one
 * line, its cells apart, as a browser's own `innerText` gives it. With `listMarker`, each list
 * item's first line starts with the marker it gives.
 */
export function blockText(root: Node, listMarker?: ListMarker): string {
  const lines: string[] = [];
  let current = '';
  // The marker of the list item whose first line is still to come.
  let marker = '';
  const flush = () => {
    const line = collapseWhitespace(current);
    if (line) {
      lines.push(marker + line);
      marker = '';
    }
    current = '';
  };
  // `index`: which list item of its parent the node is, counted as the walk goes (never by
  // looking back along the siblings, which a list of many thousand items would make quadratic).
  // Answers whether the node was a list item, for its parent to count.
  const walk = (node: Node, index: number): boolean => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return false;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return false;
    const tagName = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    const isBlock = BLOCK_ELEMENTS.has(tagName);
    const isItem = tagName === 'LI';
    if (isBlock) flush();
    else if (tagName === 'TD' || tagName === 'TH') current += ' ';
    if (isItem && listMarker) marker = listMarker(node as Element, index);
    let items = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) if (walk(child, items)) items += 1;
    if (isBlock) flush();
    // An empty item marks nothing.
    if (isItem) marker = '';
    return isItem;
  };
  walk(root, 0);
  flush();
  return lines.join('\n');
}

/**
 * What bytes that are not text (an image or an archive served as a page) become when read as
 * text: replacement characters for byte sequences that are no characters, and control codes.
 */
// eslint-disable-next-line no-control-regex -- control codes are what this looks for
const NOT_TEXT = /[\uFFFD\u0000-\u0008\u000E-\u001F\u007F]/g;
/** Share of such characters past which a text is no longer something a person can read. */
const MAX_NOT_TEXT_SHARE = 0.1;

/** Whether `text` is made of characters a person can read (a few stray replacement characters allowed). */
export function isLegible(text: string): boolean {
  const notText = text.match(NOT_TEXT)?.length ?? 0;
  if (notText === 0) return true;
  const characters = text.length - (text.match(/\s/g)?.length ?? 0);
  return notText <= characters * MAX_NOT_TEXT_SHARE;
}

/** What may start a word; sticky, tested at one index. */
const WORD_START = /[\p{L}\p{N}]/uy;
/** Scripts written without spaces (Chinese, Japanese, Thai): they read at roughly a word per two characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/uy;
/** The first code unit of those scripts (Thai's block). */
const FIRST_UNSPACED = 0xe00;

/**
 * Counts the words `[\p{L}\p{N}][\p{L}\p{N}'’-]*` would match, character by character: the
 * article's text is counted on every read, and a regular expression of Unicode classes runs
 * several times slower than this over ASCII letters.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  let unspaced = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let startsWord: boolean;
    if (code < 0x80) {
      const lower = code | 0x20;
      startsWord = (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
    } else {
      WORD_START.lastIndex = index;
      startsWord = WORD_START.test(text);
      UNSPACED.lastIndex = index;
      if (code >= FIRST_UNSPACED && UNSPACED.test(text)) unspaced += 1;
      // On past both halves of a letter outside the basic plane (a lone half is no letter).
      if (startsWord) index = WORD_START.lastIndex - 1;
    }
    // An apostrophe, a hyphen or a right single quote goes on with a word, never starts one.
    if (!inWord || !(startsWord || code === 0x27 || code === 0x2d || code === 0x2019)) {
      inWord = startsWord;
      if (startsWord) words += 1;
    }
  }
  return words + Math.round(unspaced / 2);
}

/** Silent reading speed of adults for non-fiction, in words per minute (Brysbaert, 2019). */
export const WORDS_PER_MINUTE = 238;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** A month's name in a date, maybe cut short ("Mar", "Sept.", "March"), as a pattern to build date patterns from (case-insensitive). */
export const MONTH_NAME = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
