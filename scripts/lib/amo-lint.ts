/**
 * Mozilla's add-on linter (`web-ext lint`, what addons.mozilla.org runs on upload) and its verdict.
 *
 * Every message fails: errors, notices and warnings alike. The warnings the linter used to give on
 * bundled library code (innerHTML assignments in DOMPurify and Readability) are gone from the
 * shipped code itself (patches/), so nothing is accepted on trust.
 */
import webExt, { type LintMessage, type LintResult } from 'web-ext';

/** Lints an unpacked extension, offline and silently. */
export function lintExtension(sourceDir: string): Promise<LintResult> {
  // The Node API, not the CLI: the CLI asks the registry for a newer web-ext on every run.
  return webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
}

/** The messages that fail the lint: all of them. */
export function lintFailures(result: LintResult): LintMessage[] {
  return [...result.errors, ...result.warnings, ...result.notices];
}
