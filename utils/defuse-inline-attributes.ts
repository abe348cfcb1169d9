/**
 * Renames every attribute that the HTML parser would turn into an inline event handler
 * (`on…`) or an inline style (`style`), before the browser parses untrusted markup.
 *
 * Why: Chromium checks the extension page's CSP the moment such an attribute is parsed,
 * even in DOMParser's inert document where nothing can run, and reports a violation
 * ("Executing inline event handler violates … script-src"). DOMPurify then removes the
 * attribute, so nothing is at risk, but a hostile article would still flood the reader with
 * CSP violations and a real script violation would hide among them. Renamed attributes
 * (`xnerror`, `xtyle`) are unknown to the browser and dropped by DOMPurify like any other.
 *
 * This is not the sanitizer and nothing relies on it for safety; it may only rename. It
 * follows the tokenizer of the HTML standard (§13.2.5, tag open to the end of the tag)
 * from every `<` followed by an ASCII letter, wherever it is: in text, comments, raw text
 * or attribute values, because which of those the browser is in depends on the tree
 * builder. Over-reading only renames a few letters in text that looks like a tag; it never
 * misses an attribute the browser will see. Markup serialized by `innerHTML`, which is what
 * the content script sends, escapes `<` outside tags, so for it the result is exact.
 */

/** The tokenizer states between a tag's name and its end (a plain object: erasable TypeScript only). */
const State = {
  TagName: 0,
  BeforeAttributeName: 1,
  AttributeName: 2,
  AfterAttributeName: 3,
  BeforeAttributeValue: 4,
  AttributeValueDoubleQuoted: 5,
  AttributeValueSingleQuoted: 6,
  AttributeValueUnquoted: 7,
  AfterAttributeValueQuoted: 8,
  SelfClosingStartTag: 9,
} as const;
type State = (typeof State)[keyof typeof State];

/** The letter put in place of the first letter of a renamed attribute; it spells no keyword of HTML. */
const REPLACEMENT = 'x';

function isWhitespace(code: number): boolean {
  // Tab, line feed, form feed, carriage return (normalized to line feed by the input stream), space.
  return code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x20;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Whether the attribute name starting at `start` is an event handler (`on…`) or `style`. */
function isInlineAttribute(html: string, start: number): boolean {
  const first = lower(html.charCodeAt(start));
  if (first === 0x6f /* o */) return lower(html.charCodeAt(start + 1)) === 0x6e /* n */;
  if (first !== 0x73 /* s */) return false;
  if (html.slice(start, start + 5).toLowerCase() !== 'style') return false;
  const next = html.charCodeAt(start + 5);
  // The name ends where the tokenizer's attribute name state ends: whitespace, '/', '>', '=' or the end.
  return Number.isNaN(next) || isWhitespace(next) || next === 0x2f || next === 0x3e || next === 0x3d;
}

/**
 * Runs the tag states from the tag name after `<` until the tag ends, recording where
 * inline attributes start. `seen` holds one bit per state per position: a walk that
 * reaches a position in a state already walked from there would repeat it, so it stops,
 * which keeps the whole pass linear however tags overlap.
 */
function walkTag(html: string, tagNameStart: number, seen: Uint16Array, renames: number[]): void {
  let state: State = State.TagName;
  let position = tagNameStart;
  while (position < html.length) {
    const bit = 1 << state;
    const walked = seen[position] as number;
    if (walked & bit) return;
    seen[position] = walked | bit;
    const code = html.charCodeAt(position);
    switch (state) {
      case State.TagName:
        if (isWhitespace(code)) state = State.BeforeAttributeName;
        else if (code === 0x2f) state = State.SelfClosingStartTag;
        else if (code === 0x3e) return;
        break;
      case State.BeforeAttributeName:
        if (isWhitespace(code)) break;
        if (code === 0x2f || code === 0x3e) {
          state = State.AfterAttributeName;
          continue;
        }
        // '=' here starts a name that begins with '=', which can never be an inline attribute.
        if (isInlineAttribute(html, position)) renames.push(position);
        state = State.AttributeName;
        break;
      case State.AttributeName:
        if (isWhitespace(code) || code === 0x2f || code === 0x3e) {
          state = State.AfterAttributeName;
          continue;
        }
        if (code === 0x3d) state = State.BeforeAttributeValue;
        break;
      case State.AfterAttributeName:
        if (isWhitespace(code)) break;
        if (code === 0x2f) state = State.SelfClosingStartTag;
        else if (code === 0x3d) state = State.BeforeAttributeValue;
        else if (code === 0x3e) return;
        else {
          state = State.BeforeAttributeName;
          continue;
        }
        break;
      case State.BeforeAttributeValue:
        if (isWhitespace(code)) break;
        if (code === 0x22) state = State.AttributeValueDoubleQuoted;
        else if (code === 0x27) state = State.AttributeValueSingleQuoted;
        else if (code === 0x3e) return;
        else {
          state = State.AttributeValueUnquoted;
          continue;
        }
        break;
      case State.AttributeValueDoubleQuoted:
        if (code === 0x22) state = State.AfterAttributeValueQuoted;
        break;
      case State.AttributeValueSingleQuoted:
        if (code === 0x27) state = State.AfterAttributeValueQuoted;
        break;
      case State.AttributeValueUnquoted:
        if (isWhitespace(code)) state = State.BeforeAttributeName;
        else if (code === 0x3e) return;
        break;
      case State.AfterAttributeValueQuoted:
        if (isWhitespace(code)) state = State.BeforeAttributeName;
        else if (code === 0x2f) state = State.SelfClosingStartTag;
        else if (code === 0x3e) return;
        else {
          // Missing whitespace between attributes: the tokenizer starts the next one right here.
          state = State.BeforeAttributeName;
          continue;
        }
        break;
      case State.SelfClosingStartTag:
        if (code === 0x3e) return;
        state = State.BeforeAttributeName;
        continue;
    }
    position += 1;
  }
}

/** `html` with every `on…` and `style` attribute renamed, so that parsing it creates none. */
export function defuseInlineAttributes(html: string): string {
  const renames: number[] = [];
  let seen: Uint16Array | null = null;
  for (let open = html.indexOf('<'); open !== -1; open = html.indexOf('<', open + 1)) {
    if (!isAsciiAlpha(html.charCodeAt(open + 1))) continue;
    seen ??= new Uint16Array(html.length);
    walkTag(html, open + 1, seen, renames);
  }
  if (renames.length === 0) return html;
  renames.sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const position of renames) {
    parts.push(html.slice(from, position), REPLACEMENT);
    from = position + 1;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
