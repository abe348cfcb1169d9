/**
 * Runs Quiet Reader's extraction pipeline on saved pages under jsdom.
 *
 *   npm run extract -- [--url URL] [--format json|text|html|markdown] FILE...
 *
 * FILE is `.html` or `.html.gz` (UTF-8). JSON prints one object per line per file; the other
 * formats print each article, under a `==> FILE <==` header when there are several files.
 * One bad file never stops the others; the exit status is 1 when any file failed.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { emptyRecord, extractPage, formatResult, FORMATS, type Format } from './lib/extract-page';
import { readPageFile } from './lib/page-file';

const USAGE = 'usage: npm run extract -- [--url URL] [--format json|text|html|markdown] FILE...';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      options: { url: { type: 'string' }, format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) fail(`unknown format: ${values.format}`);
  if (files.length === 0) fail('no files given');
  if (values.url !== undefined && !URL.canParse(values.url)) fail(`not a URL: ${values.url}`);

  let failures = 0;
  for (const file of files) {
    let output: string;
    let ok: boolean;
    try {
      // Without --url a page's links resolve against its own file, as a browser opening it would.
      const url = values.url ?? pathToFileURL(resolve(file)).href;
      const result = extractPage(file, readPageFile(file), url);
      output = formatResult(result, format);
      ok = result.record.ok;
      if (!ok && format !== 'json') console.error(`${file}: ${result.record.error}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      output = format === 'json' ? JSON.stringify(emptyRecord(file, message)) : '';
      ok = false;
      if (format !== 'json') console.error(`${file}: ${message}`);
    }
    if (!ok) failures += 1;
    if (format !== 'json' && files.length > 1) console.log(`==> ${file} <==`);
    if (output || format === 'json') console.log(output);
  }
  process.exitCode = failures > 0 ? 1 : 0;
}

main();
