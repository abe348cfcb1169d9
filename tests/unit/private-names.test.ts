import { runInNewContext } from 'node:vm';
import { minifySync } from 'rolldown/utils';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MINIFY } from '../../modules/private-names';

/** Readability's shape in small: private methods and fields, one replaced from outside, an expando on a node, a prototype read. */
const CODE = `
function Reader(doc) { this._doc = doc; this._attempts = []; }
Reader.prototype = {
  _isProbablyVisible(node) { return !node.hidden; },
  _walk() { return this._doc.nodes.filter((node) => this._isProbablyVisible(node)).map((node) => (node._readabilityDataTable = node.name)); },
};
const reader = new Reader({ nodes: [{ name: 'a', hidden: false }, { name: 'b', hidden: true }, { name: 'c', hidden: false }] });
reader._isProbablyVisible = (node) => node.name !== 'c';
globalThis.result = { kept: reader._walk(), attempts: reader._attempts.length, proto: Object.getPrototypeOf({ __proto__: { x: 1 } }).x, target: '_blank' };
`;

describe('the content script minified with short private names', () => {
  it('renames every _private member the same way everywhere, and the code does what it did', () => {
    const { code, errors } = minifySync('extract.js', CODE, CONTENT_SCRIPT_MINIFY);
    expect(errors).toEqual([]);
    for (const name of ['_doc', '_attempts', '_isProbablyVisible', '_walk', '_readabilityDataTable']) expect(code).not.toContain(name);
    // Strings and __proto__ are never renamed.
    expect(code).toContain('_blank');
    const run = (source: string) => {
      const scope: { result?: unknown } = {};
      runInNewContext(source, scope);
      return JSON.parse(JSON.stringify(scope.result)) as unknown;
    };
    expect(run(code)).toEqual(run(CODE));
    // The replacement set from outside is the one called: b, hidden, is kept; c is not.
    expect(run(code)).toEqual({ kept: ['a', 'b'], attempts: 0, proto: 1, target: '_blank' });
  });
});
