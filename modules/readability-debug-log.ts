import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** Readability's own source, wherever npm put it. */
const READABILITY_SOURCE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** `this.log(...);` as a statement of its own. */
function isDebugLog(node: Node): boolean {
  const call = node.expression as Node | undefined;
  const callee = call?.callee as Node | undefined;
  const object = callee?.object as Node | undefined;
  const property = callee?.property as Node | undefined;
  return node.type === 'ExpressionStatement' && call?.type === 'CallExpression' && object?.type === 'ThisExpression' && property?.name === 'log';
}

/** Where the debug-log statements are in `program`, outermost first. */
function debugLogs(program: Node): Array<[start: number, end: number]> {
  const found: Array<[number, number]> = [];
  const visit = (node: Node) => {
    if (isDebugLog(node)) {
      found.push([node.start, node.end]);
      return;
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child);
    }
  };
  visit(program);
  return found.sort((a, b) => a[0] - b[0]);
}

/** `code` with each debug-log statement made an empty one (`;`), given its syntax tree. */
export function withoutDebugLogs(code: string, program: unknown): string {
  let output = '';
  let kept = 0;
  for (const [start, end] of debugLogs(program as Node)) {
    output += `${code.slice(kept, start)};`;
    kept = end;
  }
  return output + code.slice(kept);
}

/**
 * Readability's debug messages (`this.log(...)`) print only for an instance made with
 * `debug: true`, which the extension never makes; yet every parse builds their arguments (one
 * serializes the whole article it found), and their strings ship in the content script, about
 * 1 kB of the 70 kB it may weigh. Each such statement becomes an empty one in the build.
 */
function dropReadabilityDebugLog(): Plugin {
  return {
    name: 'quiet-reader:drop-readability-debug-log',
    transform(code, id) {
      if (!READABILITY_SOURCE.test(id)) return null;
      return { code: withoutDebugLogs(code, this.parse(code)), map: null };
    },
  };
}

export default defineWxtModule({
  name: 'quiet-reader:readability-debug-log',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [dropReadabilityDebugLog()] }));
  },
});
