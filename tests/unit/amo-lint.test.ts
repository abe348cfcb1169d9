import type { LintMessage, LintResult } from 'web-ext';
import { describe, expect, it } from 'vitest';
import { judgeLint, KNOWN_LIBRARY_WARNINGS } from '../../scripts/lib/amo-lint';

// One minified line holding the three library statements the linter flags, as the build writes them,
// and one assignment of our own.
const DOMPURIFY = 't=me.createDocument(Zt,`template`,null);try{t.documentElement.innerHTML=Qt?w:i}catch{}';
const READABILITY_RESTORE = 'if(q=!1,e.innerHTML=r,this._attempts.push({articleContent:F,textLength:J}),x)';
const READABILITY_NOSCRIPT = 'var n=e.createElement(`div`);n.innerHTML=t.innerHTML;';
const OURS = 'o.innerHTML=html;';
const LINE = [DOMPURIFY, READABILITY_RESTORE, READABILITY_NOSCRIPT, OURS].join('');
const FILE = `"use strict";\n${LINE}\n`;

/** A linter warning on line 2 at the first character of `statement`'s `innerHTML` assignment target. */
function warningAt(statement: string, target: string): LintMessage {
  const column = LINE.indexOf(statement) + statement.indexOf(target) + 1;
  return { _type: 'warning', code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'bundle.js', line: 2, column };
}

function lintResult(messages: LintMessage[]): LintResult {
  const of = (type: LintMessage['_type']) => messages.filter((message) => message._type === type);
  return {
    count: messages.length,
    summary: { errors: of('error').length, warnings: of('warning').length, notices: of('notice').length },
    errors: of('error'),
    warnings: of('warning'),
    notices: of('notice'),
  };
}

const LIBRARY_WARNINGS = [
  warningAt(DOMPURIFY, 't.documentElement'),
  warningAt(READABILITY_RESTORE, 'e.innerHTML'),
  warningAt(READABILITY_NOSCRIPT, 'n.innerHTML'),
];

describe('judgeLint', () => {
  it('accepts exactly the known library statements', () => {
    const verdict = judgeLint(lintResult(LIBRARY_WARNINGS), () => FILE);
    expect(verdict.failures).toEqual([]);
    expect(verdict.stale).toEqual([]);
    expect(verdict.accepted.map(({ known }) => known.library)).toEqual(['DOMPurify', 'Readability', 'Readability']);
  });

  it('fails the same warning anywhere else, even in the same line', () => {
    const ours = warningAt(OURS, 'o.innerHTML');
    const verdict = judgeLint(lintResult([...LIBRARY_WARNINGS, ours]), () => FILE);
    expect(verdict.failures).toEqual([ours]);
  });

  it('fails every error and notice', () => {
    const error: LintMessage = { _type: 'error', code: 'MANIFEST_FIELD_REQUIRED', message: 'x' };
    const notice: LintMessage = { _type: 'notice', code: 'SOME_NOTICE', message: 'y' };
    const verdict = judgeLint(lintResult([...LIBRARY_WARNINGS, error, notice]), () => FILE);
    expect(verdict.failures).toEqual([error, notice]);
  });

  it('reports a known entry that no longer matches anything', () => {
    const verdict = judgeLint(lintResult(LIBRARY_WARNINGS.slice(1)), () => FILE);
    expect(verdict.stale).toEqual([KNOWN_LIBRARY_WARNINGS[0]]);
  });
});
