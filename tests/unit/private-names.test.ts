import { runInNewContext } from 'node:vm';
import { minifySync } from 'rolldown/utils';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MINIFY, PIPELINE_MEMBERS, READABILITY_MEMBERS } from '../../modules/private-names';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage, seedHtml } from './helpers';

/** Readability's shape in small: private methods and fields, one replaced from outside, constants, a score, an expando on a node, a prototype read. */
const CODE = `
function Reader(doc) { this._doc = doc; this._attempts = []; }
Reader.prototype = {
  FLAG_STRIP_UNLIKELYS: 1,
  ELEMENT_NODE: 1,
  REGEXPS: { unlikelyCandidates: /banner/i },
  _isProbablyVisible(node) { return !node.hidden && node.nodeType === this.ELEMENT_NODE && !this.REGEXPS.unlikelyCandidates.test(node.name) && node.id !== 'x'; },
  _walk() {
    return this._doc.nodes.filter((node) => this._isProbablyVisible(node)).map((node) => {
      node.readability = { contentScore: this.FLAG_STRIP_UNLIKELYS };
      return (node._readabilityDataTable = node.name);
    });
  },
};
const nodes = [{ name: 'a', hidden: false, nodeType: 1 }, { name: 'b', hidden: true, nodeType: 1 }, { name: 'c', hidden: false, nodeType: 1 }, { name: 'banner', hidden: false, nodeType: 1 }];
const reader = new Reader({ nodes });
const original = reader._isProbablyVisible;
reader._isProbablyVisible = function (node) { return node.name !== 'c' && (node.hidden || original.call(this, node)); };
const kept = reader._walk();
globalThis.result = { kept, score: nodes[0].readability.contentScore, attempts: reader._attempts.length, proto: Object.getPrototypeOf({ __proto__: { x: 1 } }).x, target: '_blank' };
`;

describe('the content script minified with short private names', () => {
  it('renames every _private member the same way everywhere, and the code does what it did', () => {
    const { code, errors } = minifySync('extract.js', CODE, CONTENT_SCRIPT_MINIFY);
    expect(errors).toEqual([]);
    for (const name of ['_doc', '_attempts', '_isProbablyVisible', '_walk', '_readabilityDataTable', 'FLAG_STRIP_UNLIKELYS', 'REGEXPS', 'readability', 'contentScore']) {
      expect(code).not.toContain(name);
    }
    // Strings, __proto__ and the DOM's own constants and properties are never renamed, nor given as a new name.
    for (const name of ['_blank', 'ELEMENT_NODE', '.id']) expect(code).toContain(name);
    expect(code.match(/\.id\b/g)).toHaveLength(1);
    const run = (source: string) => {
      const scope: { result?: unknown } = {};
      runInNewContext(source, scope);
      return JSON.parse(JSON.stringify(scope.result)) as unknown;
    };
    expect(run(code)).toEqual(run(CODE));
    // The replacement set from outside is the one called: b, hidden, is kept; c and the banner are not.
    expect(run(code)).toEqual({ kept: ['a', 'b'], score: 1, attempts: 0, proto: 1, target: '_blank' });
  });
});

describe('the Readability and pipeline members renamed by name', () => {
  /** Every property name an object answers to, along its prototype chain. */
  function namesOf(object: object | null): string[] {
    const names: string[] = [];
    for (let current = object; current; current = Object.getPrototypeOf(current) as object | null) names.push(...Object.getOwnPropertyNames(current));
    return names;
  }

  it('include its patterns, constants and score, and no name the DOM, JavaScript or the reply to the popup uses', () => {
    expect(READABILITY_MEMBERS).toEqual(expect.arrayContaining(['REGEXPS', 'unlikelyCandidates', 'negative', 'readability', 'contentScore']));
    expect(READABILITY_MEMBERS).not.toContain('byline');
    const outcome = extractArticle(parsePage(seedHtml));
    const article = articleOf(outcome)!;
    const taken = new Set([
      ...[document, document.createElement('a'), document.createElement('img'), document.createElement('table'), document.createTextNode('')].flatMap(namesOf),
      ...['', [], {}, /x/, () => {}, new Map(), new Set(), Promise.resolve()].flatMap(namesOf),
      ...Object.keys(outcome), ...Object.keys(article), ...article.removed.flatMap((item) => Object.keys(item)),
    ]);
    expect(READABILITY_MEMBERS.filter((name) => taken.has(name))).toEqual([]);
    expect(PIPELINE_MEMBERS.filter((name) => taken.has(name))).toEqual([]);
  });
});
