import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { withoutDebugLogs } from '../../modules/readability-debug-log';

const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

describe('the build drops Readability\'s debug logging', () => {
  it('empties every this.log(...) statement of Readability, and nothing else', () => {
    const stripped = withoutDebugLogs(readabilitySource, parseAst(readabilitySource));
    expect(readabilitySource).toContain('this.log("Grabbed: " + articleContent.innerHTML);');
    expect(stripped).not.toMatch(/this\.log\(/);
    // What is left still parses, and kept the rest: the log method itself, the walk, the export.
    expect(() => parseAst(stripped)).not.toThrow();
    for (const kept of ['this.log = function', '_grabArticle(page)', 'module.exports = Readability']) expect(stripped).toContain(kept);
    expect(readabilitySource.length - stripped.length).toBeGreaterThan(1000);
  });

  it('leaves a statement that only mentions log alone, and keeps an if whose body was a log valid', () => {
    const code = 'function f(a) { if (a) this.log("x", a); console.log(a); this.logger.log(a); return a; }';
    const stripped = withoutDebugLogs(code, parseAst(code));
    expect(stripped).toBe('function f(a) { if (a) ; console.log(a); this.logger.log(a); return a; }');
  });
});
