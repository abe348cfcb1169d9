import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { REPLACED_MEMBERS, UNREAD_MEMBERS, trimmedReaderable, withoutUnusedCode } from '../../modules/readability-trim';

const require = createRequire(import.meta.url);
const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
const readerableSource = readFileSync(require.resolve('@mozilla/readability/Readability-readerable.js'), 'utf8');
/** The readerable check's own copy of Readability's patterns, as published. */
const readerableCopy = /var REGEXPS = \{[\s\S]*?\n\};/.exec(readerableSource)![0];
const trimmedReaderableSource = trimmedReaderable(readerableSource, parseAst(readerableSource));

/** The extension's own source files (not the tests, not the tools) whose text includes `code`. */
function extensionFilesContaining(code: string): string[] {
  const root = join(import.meta.dirname, '..', '..');
  return ['utils', 'entrypoints', 'components', 'modules'].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .map((file) => join(folder, file))
      .filter((file) => /\.(?:ts|vue)$/.test(file) && readFileSync(join(root, file), 'utf8').includes(code)),
  );
}

describe('the build trims the readerable check', () => {
  it('replaces its copy, which is the same as Readability’s in the pinned version', () => {
    // The copy's patterns, as written: /pattern/flags.
    const copy = Object.fromEntries([...readerableCopy.matchAll(/^ {2}(\w+):\s*(\/.+\/[a-z]*),$/gm)].map(([, name, pattern]) => [name, pattern]));
    const own = (Readability.prototype as unknown as { REGEXPS: Record<string, RegExp> }).REGEXPS;
    expect(Object.keys(copy)).toEqual(['unlikelyCandidates', 'okMaybeItsACandidate']);
    for (const [name, pattern] of Object.entries(copy)) expect(pattern).toBe(String(own[name]));

    expect(trimmedReaderableSource).toContain('var REGEXPS = require("./Readability").prototype.REGEXPS;');
    expect(trimmedReaderableSource).not.toContain('okMaybeItsACandidate:');
  });

  it('leaves out its default visibility test, and nothing else', () => {
    expect(readerableSource).toContain('visibilityChecker: isNodeVisible,');
    expect(trimmedReaderableSource).not.toMatch(/(?<!=)isNodeVisible/);
    expect(() => parseAst(trimmedReaderableSource)).not.toThrow();
    // Put back, the two cuts and the shared patterns give the source as published.
    const visibility = /^function isNodeVisible\(node\) \{\n[\s\S]*?\n\}\n/m.exec(readerableSource)![0];
    const restored = trimmedReaderableSource
      .replace('require("./Readability").prototype.REGEXPS', readerableCopy.slice('var REGEXPS = '.length, -1))
      .replace('    minContentLength: 140,\n', '    minContentLength: 140,\n    visibilityChecker: isNodeVisible,\n')
      .replace('\n/**\n * Decides whether', `${visibility}\n/**\n * Decides whether`);
    expect(restored).toBe(readerableSource);
  });

  it('is safe only because the extension asks it with its own visibility test', () => {
    const askers = extensionFilesContaining('isProbablyReaderable(');
    expect(askers).toEqual([join('utils', 'extract', 'readability-speedups.ts')]);
    expect(readFileSync(join(import.meta.dirname, '..', '..', askers[0]!), 'utf8')).toMatch(/isProbablyReaderable\(doc, \{ visibilityChecker: isProbablyVisible\b/);
  });

  it('stops the build when the readerable check no longer holds such a copy', () => {
    const code = 'var PATTERNS = { a: /a/ }; module.exports = function () {};';
    expect(() => trimmedReaderable(code, parseAst(code))).toThrow(/no REGEXPS/);
  });
});

describe('the build leaves out the Readability code the extension never runs', () => {
  it('empties every this.log(...) statement of Readability, and nothing else', () => {
    const stripped = withoutUnusedCode(readabilitySource, parseAst(readabilitySource));
    expect(readabilitySource).toContain('this.log("Grabbed: " + articleContent.innerHTML);');
    expect(stripped).not.toMatch(/this\.log\(/);
    // What is left still parses, and kept the rest: the log method itself, the walk, the export.
    expect(() => parseAst(stripped)).not.toThrow();
    // The logger without debug stays; the debug one and the debug-only branches go.
    expect(readabilitySource).toContain('if (this._debug) {');
    expect(stripped).not.toContain('this._debug)');
    expect(stripped).not.toContain('Reader: (Readability)');
    for (const kept of ['this.log = function () {};', '_grabArticle(page)', 'module.exports = Readability']) expect(stripped).toContain(kept);
    expect(readabilitySource.length - stripped.length).toBeGreaterThan(2000);
  });

  it('leaves a statement that only mentions log alone, and keeps an if whose body was a log valid', () => {
    const code = 'function f(a) { if (a) this.log("x", a); console.log(a); this.logger.log(a); return a; }';
    const stripped = withoutUnusedCode(code, parseAst(code));
    expect(stripped).toBe('function f(a) { if (a) ; console.log(a); this.logger.log(a); return a; }');
  });

  it('reads no JSDOMParser document: the flag and its branches go', () => {
    const stripped = withoutUnusedCode(readabilitySource, parseAst(readabilitySource));
    expect(readabilitySource).toContain('this._docJSDOMParser = this._doc.firstChild.__JSDOMParser__;');
    expect(stripped).not.toContain('_docJSDOMParser');
    const code = 'function f(n) { this._docJSDOMParser = 1; if (this._docJSDOMParser && n) throw 0; return this._docJSDOMParser ? 1 : n; }';
    expect(withoutUnusedCode(code, parseAst(code))).toBe('function f(n) { ; if (false && n) throw 0; return false ? 1 : n; }');
  });

  it('keeps whether a block failed the clean-up checks, not the messages saying why', () => {
    const stripped = withoutUnusedCode(readabilitySource, parseAst(readabilitySource));
    expect(readabilitySource).toContain('`Suspiciously short. (headingDensity=');
    expect(stripped).not.toContain('Suspiciously short');
    expect(stripped.match(/errs\.push\(\s*0\s*\)/g)).toHaveLength(readabilitySource.match(/errs\.push\(/g)!.length);
    expect(stripped).toContain('if (errs.length) {');
    const code = 'function f(a) { const errs = []; if (a) errs.push(`bad ${a}`); list.push(`x`); errs.push(a); return errs.length > 0; }';
    expect(withoutUnusedCode(code, parseAst(code))).toBe('function f(a) { const errs = []; if (a) errs.push(0); list.push(`x`); errs.push(a); return errs.length > 0; }');
  });

  it('leaves out the members Readability defines and never reads, and only those', () => {
    expect(readabilitySource).not.toMatch(/REGEXPS\[|this\[/);
    const stripped = withoutUnusedCode(readabilitySource, parseAst(readabilitySource));
    for (const name of UNREAD_MEMBERS) {
      // Defined once (a pattern or a method) in the version pinned; read nowhere (not as `.name`,
      // not by a quoted name) in what the build keeps, the methods every instance replaces left out.
      expect(readabilitySource.match(new RegExp(`^\\s+${name}(?::|\\()`, 'gm')), name).toHaveLength(1);
      expect(stripped).not.toMatch(new RegExp(`\\.${name}\\b|["'\`]${name}["'\`]`));
      expect(stripped).not.toMatch(new RegExp(`^\\s+${name}(?::|\\()`, 'm'));
    }
    expect(() => parseAst(stripped)).not.toThrow();
    expect(stripped).toContain('byline: /byline|author|dateline|writtenby|p-author/i,');
    expect(stripped).toContain('_forEachNode(nodeList, fn) {');
    const code = 'var R = { nextLink: /next/i, byline: /by/, _findNode(a) { return a; }, f() { return 1; }, prevLink: /p/ };';
    expect(withoutUnusedCode(code, parseAst(code))).toBe('var R = {  byline: /by/,  f() { return 1; },  };');
  });

  it('leaves out the methods every instance the extension makes replaces, and only those', () => {
    expect([...REPLACED_MEMBERS].sort()).toEqual(['_cleanClasses', '_cleanStyles', '_fixLazyImages', '_isElementWithoutContent', '_isProbablyVisible']);
    const stripped = withoutUnusedCode(readabilitySource, parseAst(readabilitySource));
    for (const name of REPLACED_MEMBERS) {
      expect(readabilitySource.match(new RegExp(`^\\s+${name}\\(`, 'gm')), name).toHaveLength(1);
      expect(stripped).not.toMatch(new RegExp(`^\\s+${name}\\(`, 'm'));
      // Still called, on the instance, which has its own.
      expect(stripped).toMatch(new RegExp(`this\\.${name}\\((?:node|articleContent)\\)`));
    }
    expect(() => parseAst(stripped)).not.toThrow();
  });

  it('is safe only because the extension makes every Readability with the replacements', () => {
    // Any other `new Readability(` in the extension's code would call methods the build left out.
    const makers = extensionFilesContaining('new Readability');
    expect(makers).toEqual([join('utils', 'extract', 'readability-speedups.ts')]);
  });

  it('keeps the else of a debug branch, without the debug logs inside it', () => {
    const code = 'function f(a) { if (this._debug) { this.log = g; } else { this.log = h; this.log("x"); } if (this._debug) this.log(a); if (this.debug) a++; return a; }';
    const stripped = withoutUnusedCode(code, parseAst(code));
    expect(stripped).toBe('function f(a) { { this.log = h; ; } ; if (this.debug) a++; return a; }');
  });
});
