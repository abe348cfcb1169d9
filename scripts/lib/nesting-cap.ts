/**
 * Browsers cap how deep their HTML parser nests elements (Chromium and WebKit at 512 levels:
 * past it, new elements become siblings), so a page of 30,000 nested tags reads like any other
 * in the extension. jsdom has no cap: parsing such a page takes minutes and cloning it overflows
 * the stack. The command-line tools therefore drop the tags nested past the cap before jsdom
 * parses the page; their text stays where it was. Pages within the cap are not touched.
 */

/** Chromium's `kMaximumHTMLParserDOMTreeDepth`. */
export const MAX_NESTING = 512;

/** A tag, a comment or a doctype, in the order the tokenizer meets them. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/** Elements that never hold others. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Elements whose end tag may be left out: the parser closes them itself, so where they end is
 * not known as they open. Not counted themselves; their containers count them (LEVELS).
 */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body']);

/**
 * Levels a container adds to what it holds, counting the elements inside it that are left
 * uncounted above: a table's cells sit in a row in a row group, a list's items in the list.
 */
const LEVELS = new Map([
  ['table', 4],
  ['ul', 2],
  ['ol', 2],
  ['dl', 2],
  ['select', 2],
]);

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

interface OpenElement {
  name: string;
  levels: number;
  /** Opened past the cap: its tags are left out. */
  dropped: boolean;
}

/** Where the tags nested past `maxDepth` are in `html`: the tags that open such elements, and their end tags. */
function tagsPastCap(html: string, maxDepth: number): Array<[start: number, end: number]> {
  const past: Array<[number, number]> = [];
  const lowerCase = html.toLowerCase();
  const open: OpenElement[] = [];
  let depth = 0;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    const [tag, closing, rawName, selfClosing] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const end = match.index + tag.length;
    if (closing) {
      const index = open.findLastIndex((element) => element.name === name);
      if (index < 0) continue;
      const closed = open.splice(index);
      for (const element of closed) if (!element.dropped) depth -= element.levels;
      if (closed[0]!.dropped) past.push([match.index, end]);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // Its text may hold anything that looks like tags: skip to its end tag.
      const close = lowerCase.indexOf(`</${name}`, end);
      MARKUP.lastIndex = close < 0 ? html.length : close;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name) || selfClosing) continue;
    const levels = LEVELS.get(name) ?? 1;
    const dropped = depth + levels > maxDepth;
    open.push({ name, levels, dropped });
    if (dropped) past.push([match.index, end]);
    else depth += levels;
  }
  return past;
}

/** `html` with the tags nested deeper than `maxDepth` left out, or `html` itself when none are. */
export function capNesting(html: string, maxDepth = MAX_NESTING): string {
  const past = tagsPastCap(html, maxDepth);
  if (past.length === 0) return html;
  const parts: string[] = [];
  let kept = 0;
  for (const [start, end] of past) {
    parts.push(html.slice(kept, start));
    kept = end;
  }
  parts.push(html.slice(kept));
  return parts.join('');
}
