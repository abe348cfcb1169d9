/**
 * Judges the result of Mozilla's add-on linter (`web-ext lint`) on the Firefox build.
 *
 * Every error and notice fails, and so does every warning except the few listed in
 * KNOWN_LIBRARY_WARNINGS: statements inside DOMPurify and Readability that the linter flags
 * because it cannot tell bundled library code from ours (it skips a library only when the
 * file is a known release, byte for byte). Each is recognised by its own source text at the
 * flagged position, so a new warning anywhere, even the same kind in the same file, fails.
 * An entry that no longer matches fails too, so the list cannot go stale.
 */
import type { LintMessage, LintResult } from 'web-ext';

export interface KnownLibraryWarning {
  code: string;
  library: string;
  /** Matches the flagged statement on its line of the built (minified) file; the match must cover the flagged column. */
  statement: RegExp;
  /** Why the flagged code is safe where it runs. */
  why: string;
}

const ID = String.raw`[\w$]+`;

export const KNOWN_LIBRARY_WARNINGS: readonly KnownLibraryWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'DOMPurify',
    statement: new RegExp(String.raw`createDocument\([^)]*template[^)]*\)\s*;\s*try\s*\{\s*${ID}\.documentElement\.innerHTML\s*=`),
    why: 'the sanitizer parses its input into an inert document it created itself (its fallback when DOMParser fails); nothing is inserted into a page',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'Readability',
    statement: new RegExp(String.raw`${ID}\.innerHTML\s*=\s*${ID}\s*[,;]\s*(?:if\s*\()?\s*this\._attempts\.push`),
    why: 'restores its own earlier copy of the page into the clone of the document it reads, which has no window: scripts never run and nothing loads',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'Readability',
    statement: new RegExp(String.raw`createElement\(\s*["'\x60]div["'\x60]\s*\)\s*[,;]\s*${ID}\.innerHTML\s*=\s*${ID}\.innerHTML`),
    why: 'turns a <noscript> image fallback into elements, inside the same windowless clone of the document',
  },
];

export interface LintVerdict {
  /** Messages that fail the lint, with no known reason to accept them. */
  failures: LintMessage[];
  /** Warnings accepted, each with the library entry that explains it. */
  accepted: { message: LintMessage; known: KnownLibraryWarning }[];
  /** Entries of the known list that matched nothing: the library changed, so the entry must go. */
  stale: KnownLibraryWarning[];
}

/** Whether `known` explains `message`, given the text of the file the message points into. */
export function explains(known: KnownLibraryWarning, message: LintMessage, fileText: string): boolean {
  if (message.code !== known.code || message.line === undefined || message.column === undefined) return false;
  const line = fileText.split('\n')[message.line - 1] ?? '';
  const flagged = message.column - 1; // the linter counts columns from 1
  const pattern = new RegExp(known.statement.source, 'g');
  for (const match of line.matchAll(pattern)) {
    if (match.index <= flagged && flagged < match.index + match[0].length) return true;
  }
  return false;
}

/** Sorts the linter's messages into failures and accepted library warnings. `readFile` reads a file of the build. */
export function judgeLint(result: LintResult, readFile: (file: string) => string, known = KNOWN_LIBRARY_WARNINGS): LintVerdict {
  const verdict: LintVerdict = { failures: [...result.errors, ...result.notices], accepted: [], stale: [] };
  const used = new Set<KnownLibraryWarning>();
  for (const warning of result.warnings) {
    const text = warning.file ? readFile(warning.file) : '';
    const match = known.find((entry) => explains(entry, warning, text));
    if (match) {
      verdict.accepted.push({ message: warning, known: match });
      used.add(match);
    } else {
      verdict.failures.push(warning);
    }
  }
  verdict.stale = known.filter((entry) => !used.has(entry));
  return verdict;
}
