/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, what addons.mozilla.org
 * runs on upload) on the Firefox build, offline. Fails on any error, warning or notice.
 *
 *   npm run lint:firefox [-- DIR]     DIR defaults to .output/firefox-mv3 (npm run build:firefox)
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LintMessage } from 'web-ext';
import { lintExtension, lintFailures } from './lib/amo-lint';

const ROOT = join(import.meta.dirname, '..');
const sourceDir = resolve(process.argv[2] ?? join(ROOT, '.output', 'firefox-mv3'));
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${relative(ROOT, sourceDir)}: run npm run build:firefox first.`);
  process.exit(2);
}

const result = await lintExtension(sourceDir);
const failures = lintFailures(result);

const where = (message: LintMessage) => [message.file, message.line, message.column].filter((part) => part !== undefined).join(':');
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint ${relative(ROOT, sourceDir)}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const message of failures) {
  console.log(`  FAIL     ${message._type} ${message.code} ${where(message)}: ${message.message}`);
}
console.log(failures.length ? `${failures.length} problem(s).` : 'OK: no errors, no warnings, no notices.');
process.exitCode = failures.length ? 1 : 0;
