import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { REPLACED_METHODS } from '../utils/extract/readability-speedups';

/** Readability's own source, wherever npm put it. */
const READABILITY_SOURCE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;
/** Its readerable check, shipped beside it. */
const READERABLE_SOURCE = /[\\/]@mozilla[\\/]readability[\\/]Readability-readerable\.js$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** `this.<name>`. */
function isThisProperty(node: Node | undefined, name: string): boolean {
  const object = node?.object as Node | undefined;
  const property = node?.property as Node | undefined;
  return node?.type === 'MemberExpression' && object?.type === 'ThisExpression' && property?.name === name;
}

/** `this.log(...);` as a statement of its own. */
function isDebugLog(node: Node): boolean {
  const call = node.expression as Node | undefined;
  return node.type === 'ExpressionStatement' && call?.type === 'CallExpression' && isThisProperty(call.callee as Node, 'log');
}

/**
 * The message in `errs.push(`...`)`: _cleanConditionally lists why a block fails its checks
 * only to log the list; what it acts on is whether the list is empty.
 */
function isFailedCheckMessage(node: Node): boolean {
  const callee = node.callee as Node | undefined;
  const object = callee?.object as Node | undefined;
  const property = callee?.property as Node | undefined;
  const args = node.arguments as Node[] | undefined;
  return (
    node.type === 'CallExpression' &&
    object?.type === 'Identifier' && object.name === 'errs' && property?.name === 'push' &&
    args?.length === 1 && args[0]!.type === 'TemplateLiteral'
  );
}

/** `this._docJSDOMParser` read, or set in a statement of its own. */
function isJsdomParserFlag(node: Node): boolean {
  const assignment = node.expression as Node | undefined;
  if (node.type === 'ExpressionStatement' && assignment?.type === 'AssignmentExpression') return isThisProperty(assignment.left as Node, '_docJSDOMParser');
  return isThisProperty(node, '_docJSDOMParser');
}

/**
 * Members of Readability that none of the code the build keeps reads: patterns of its REGEXPS
 * (its pagination and font handling are gone; `b64DataUrl` served only the lazy-image swap the
 * pipeline replaces), one helper method, and the two attribute lists of its clean-up of
 * presentational attributes, which the pipeline replaces too. A unit test checks on the pinned
 * version that each is defined once and read nowhere in what the build keeps.
 */
export const UNREAD_MEMBERS: ReadonlySet<string> = new Set([
  'extraneous', 'replaceFonts', 'nextLink', 'prevLink', '_findNode', 'b64DataUrl', 'PRESENTATIONAL_ATTRIBUTES', 'DEPRECATED_SIZE_ATTRIBUTE_ELEMS',
]);

/**
 * Methods of Readability that every instance the extension makes replaces with its own
 * (utils/extract/readability-speedups.ts): Readability's versions never run.
 */
export const REPLACED_MEMBERS: ReadonlySet<string> = new Set(Object.keys(REPLACED_METHODS));

/** `name: /pattern/,` or `name(...) {...},` for one of those names. */
function isUnreadMember(node: Node): boolean {
  const name = (node.key as Node | undefined)?.name as string;
  return node.type === 'Property' && (UNREAD_MEMBERS.has(name) || REPLACED_MEMBERS.has(name));
}

/** A stretch of Readability's code and what takes its place in the build. */
interface Cut {
  start: number;
  end: number;
  replacement: string;
}

/**
 * What the extension never runs, in order: each `this.log(...)` statement becomes an empty one;
 * each failed check's message becomes `0`; each member no code reads, or every instance
 * replaces, goes; `if (this._debug) A else B` loses all but B, `if (this._debug) A` becomes
 * empty; the constructor's `this._docJSDOMParser = ...` goes, and every read of it becomes
 * `false`, so the minifier drops what depends on it.
 */
function unusedCode(code: string, program: Node): Cut[] {
  const found: Cut[] = [];
  const visit = (node: Node) => {
    if (isDebugLog(node)) {
      found.push({ start: node.start, end: node.end, replacement: ';' });
      return;
    }
    if (node.type === 'IfStatement' && isThisProperty(node.test as Node, '_debug')) {
      const alternate = node.alternate as Node | null;
      found.push({ start: node.start, end: alternate ? alternate.start : node.end, replacement: alternate ? '' : ';' });
      if (alternate) visit(alternate);
      return;
    }
    if (isFailedCheckMessage(node)) {
      const [message] = node.arguments as Node[];
      found.push({ start: message!.start, end: message!.end, replacement: '0' });
      return;
    }
    if (isUnreadMember(node)) {
      // With the comma after it: an object literal may not hold an empty entry.
      const comma = /^\s*,/.exec(code.slice(node.end));
      found.push({ start: node.start, end: node.end + (comma ? comma[0].length : 0), replacement: '' });
      return;
    }
    if (isJsdomParserFlag(node)) {
      found.push({ start: node.start, end: node.end, replacement: node.type === 'ExpressionStatement' ? ';' : 'false' });
      return;
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child);
    }
  };
  visit(program);
  return found.sort((a, b) => a.start - b.start);
}

/** Readability's `code` without what the extension never runs, given its syntax tree. */
export function withoutUnusedCode(code: string, program: unknown): string {
  let output = '';
  let kept = 0;
  for (const { start, end, replacement } of unusedCode(code, program as Node)) {
    output += code.slice(kept, start) + replacement;
    kept = end;
  }
  return output + code.slice(kept);
}

/** The default visibility test of the readerable check, and where its options name it. */
const READERABLE_VISIBILITY = /^function isNodeVisible\(node\) \{\n[\s\S]*?\n\}\n|^ {4}visibilityChecker: isNodeVisible,\n/gm;

/**
 * The readerable check as the extension ships it: with Readability's patterns instead of its own
 * copy of two of them ("duplicated ... please keep both copies in sync", as its source says; a
 * unit test checks that they are the same in the pinned version), and without its default
 * visibility test, which the one caller (utils/extract/readability-speedups.ts) always replaces.
 */
export function trimmedReaderable(code: string, program: unknown): string {
  // (Its doc comment still names the default, `[options.visibilityChecker=isNodeVisible]`.)
  const declarator = (program as Node & { body: Node[] }).body
    .filter((node) => node.type === 'VariableDeclaration')
    .flatMap((node) => node.declarations as Node[])
    .find((node) => (node.id as Node).name === 'REGEXPS');
  const copy = declarator?.init as Node | undefined;
  if (copy?.type !== 'ObjectExpression') throw new Error('readability-trim: the readerable check has no REGEXPS object');
  const shared = `${code.slice(0, copy.start)}require("./Readability").prototype.REGEXPS${code.slice(copy.end)}`;
  const trimmed = shared.replace(READERABLE_VISIBILITY, '');
  if (shared.length - trimmed.length < 200 || /(?<!=)isNodeVisible/.test(trimmed)) throw new Error('readability-trim: the readerable check\'s visibility test changed');
  return trimmed;
}

/**
 * Readability carries code for two cases the extension never has. Its debug messages
 * (`this.log(...)`, the logger its constructor makes, the article serialized between steps under
 * `if (this._debug)`, the reasons a block failed the clean-up's checks) serve only an instance
 * made with `debug: true`; yet every parse builds the messages (one serializes the whole article
 * it found). Its JSDOMParser paths serve only documents of Mozilla's own parser, never a
 * browser's DOM. Together about 2.5 kB of the 70 kB the content script may weigh: the build
 * leaves them out. Its readerable check reads Readability's patterns instead of its own copy,
 * and loses the visibility test the extension replaces (0.5 kB).
 */
function trimReadability(): Plugin {
  return {
    name: 'quiet-reader:trim-readability',
    transform(code, id) {
      if (READABILITY_SOURCE.test(id)) return { code: withoutUnusedCode(code, this.parse(code)), map: null };
      if (READERABLE_SOURCE.test(id)) return { code: trimmedReaderable(code, this.parse(code)), map: null };
      return null;
    },
  };
}

export default defineWxtModule({
  name: 'quiet-reader:readability-trim',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [trimReadability()] }));
  },
});
