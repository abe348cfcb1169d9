/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, what addons.mozilla.org
 * runs on upload) on the Firefox build, offline. Fails on any error, notice or warning other
 * than the known, explained warnings in bundled libraries (scripts/lib/amo-lint.ts).
 *
 *   npm run lint:firefox [-- DIR]     DIR defaults to .output/firefox-mv3 (npm run build:firefox)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import webExt, { type LintMessage } from 'web-ext';
import { judgeLint } from './lib/amo-lint';

const ROOT = join(import.meta.dirname, '..');
const sourceDir = resolve(process.argv[2] ?? join(ROOT, '.output', 'firefox-mv3'));
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${relative(ROOT, sourceDir)}: run npm run build:firefox first.`);
  process.exit(2);
}

// The Node API, not the CLI: the CLI asks the registry for a newer web-ext on every run.
const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
const verdict = judgeLint(result, (file) => readFileSync(join(sourceDir, file), 'utf8'));

const where = (message: LintMessage) => [message.file, message.line, message.column].filter((part) => part !== undefined).join(':');
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint ${relative(ROOT, sourceDir)}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const { message, known } of verdict.accepted) {
  console.log(`  known    ${message.code} ${where(message)} (${known.library}: ${known.why})`);
}
for (const message of verdict.failures) {
  console.log(`  FAIL     ${message._type} ${message.code} ${where(message)}: ${message.message}`);
}
for (const entry of verdict.stale) {
  console.log(`  STALE    ${entry.code} in ${entry.library} is no longer flagged: remove it from KNOWN_LIBRARY_WARNINGS`);
}
const failed = verdict.failures.length + verdict.stale.length;
console.log(failed ? `${failed} problem(s).` : `OK: no errors, no notices, no warnings but ${verdict.accepted.length} known in bundled libraries.`);
process.exitCode = failed ? 1 : 0;
