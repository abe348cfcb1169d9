/**
 * Scores the extraction pipeline on the development corpora beside the project.
 *
 *   npm run evaluate -- [--corpus wcxb|readability|all] [--worst N] [--jobs N]
 *                       [--corpus-dir DIR] [--out DIR] [--only ID,ID...] [--plain]
 *
 * It extracts every page in-process (jsdom loaded once per worker), writes the predictions
 * and one JSON line per page (with what was removed, item by item) to --out (a fresh temporary
 * folder by default), then prints the scores of ../shared/tools/score-wcxb.mjs and
 * score-aeb.mjs, how often the WCXB articles' title and author are the reviewed ones, and how
 * often the readability pages' expected title, byline, lang and dir were kept. --plain scores
 * plain Readability instead, for comparison.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { type CorpusPage, type ReadabilityPage, readabilityPages, type WcxbPage, wcxbPages } from './lib/corpus';
import { evaluatePages, type Extractor, type PageOutcome, type WorkerInput } from './lib/evaluate-pages';
import { foldedShareFound, foldTypography } from './lib/typography';
import { bylineName } from '../utils/header';

const USAGE =
  'usage: npm run evaluate -- [--corpus wcxb|readability|all] [--worst N] [--jobs N] [--corpus-dir DIR] [--out DIR] [--only ID,...] [--plain]';
const REPO = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'all' },
    worst: { type: 'string', default: '10' },
    jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    'corpus-dir': { type: 'string', default: join(REPO, '..', 'shared', 'corpus') },
    tools: { type: 'string', default: join(REPO, '..', 'shared', 'tools') },
    out: { type: 'string' },
    only: { type: 'string' },
    plain: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!['wcxb', 'readability', 'all'].includes(values.corpus)) {
  console.error(USAGE);
  process.exit(2);
}
const worst = Number.parseInt(values.worst, 10) || 0;
const jobs = Math.max(1, Number.parseInt(values.jobs, 10) || 1);
const extractor: Extractor = values.plain ? 'plain' : 'pipeline';
const corpusDir = resolve(values['corpus-dir']);
const toolsDir = resolve(values.tools);
const only = values.only ? new Set(values.only.split(',')) : null;
const outDir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'quiet-reader-evaluate-'));
mkdirSync(outDir, { recursive: true });

/** Workers run TypeScript through tsx's loader, registered inside the worker before the module loads. */
function runWorker(input: WorkerInput): Promise<PageOutcome[]> {
  const entry = new URL('./lib/evaluate-pages.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Promise((done, failed) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: input });
    worker.once('message', done);
    worker.once('error', failed);
  });
}

async function extractAll(pages: CorpusPage[]): Promise<PageOutcome[]> {
  const selected = only ? pages.filter((page) => only.has(page.id)) : pages;
  if (jobs === 1 || selected.length < 2 * jobs) return evaluatePages(selected, extractor);
  // Interleave so each worker gets a fair share of large and small pages.
  const shares = Array.from({ length: jobs }, (_, index) => selected.filter((_, position) => position % jobs === index));
  const results = await Promise.all(shares.map((share) => runWorker({ pages: share, extractor })));
  return results.flat().sort((a, b) => a.id.localeCompare(b.id));
}

function writeOutcomes(name: string, outcomes: PageOutcome[]): string {
  const predictions = Object.fromEntries(outcomes.map((outcome) => [outcome.id, outcome.record.text]));
  const predFile = join(outDir, `${name}-pred.json`);
  writeFileSync(predFile, JSON.stringify(predictions));
  writeFileSync(
    join(outDir, `${name}-pages.jsonl`),
    outcomes.map(({ id, record, removedItems }) => JSON.stringify({ id, ...record, removedItems })).join('\n') + '\n',
  );
  return predFile;
}

function score(tool: string, args: string[]): string {
  return execFileSync(process.execPath, [join(toolsDir, tool), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function reportFailures(outcomes: PageOutcome[]): void {
  const failed = outcomes.filter((outcome) => !outcome.record.ok);
  if (failed.length === 0) return;
  console.log(`  not ok: ${failed.length} (${failed.slice(0, 10).map((o) => `${o.id}: ${o.record.error}`).join('; ')})`);
}

/** The same words for a reader: case, white space, and straight or typographic quotes and dashes aside. */
function sameWords(actual: string | null, expected: string): boolean {
  return actual !== null && foldTypography(actual) === foldTypography(expected);
}

/**
 * The must-include share again with the page's typography and the reviewers' folded alike:
 * how much of the gap to the exact count above is quotes, dashes and line breaks.
 */
function reportFoldedMustInclude(pages: WcxbPage[], outcomes: PageOutcome[]): void {
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome.record]));
  const shares = pages.map((page) => foldedShareFound(byId.get(page.id)?.text ?? '', page.mustInclude));
  const mean = shares.reduce((sum, share) => sum + share, 0) / Math.max(1, shares.length);
  console.log(`must-include with quotes, dashes and white space folded alike: ${(100 * mean).toFixed(1)}% (the exact count above keeps the page's typography)`);
}

/** How often the header the reader shows is the one WCXB's reviewers gave the article. */
function reportHeader(pages: WcxbPage[], outcomes: PageOutcome[]): void {
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome.record]));
  const agreement = (field: 'title' | 'author', actual: (id: string) => string | null) => {
    const reviewed = pages.filter((page) => page.expected[field] !== null);
    const same = reviewed.filter((page) => sameWords(actual(page.id), page.expected[field]!)).length;
    return `${field} ${same}/${reviewed.length}`;
  };
  const title = agreement('title', (id) => byId.get(id)?.title ?? null);
  const author = agreement('author', (id) => byId.get(id)?.byline ?? null);
  console.log(`header as reviewed: ${title}  ${author}`);
}

async function evaluateWcxb(): Promise<void> {
  const folder = join(corpusDir, 'wcxb-dev-articles');
  const started = performance.now();
  const all = wcxbPages(folder);
  const outcomes = await extractAll(all);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const predFile = writeOutcomes('wcxb', outcomes);
  console.log(`WCXB dev articles (${outcomes.length} pages, ${extractor}, ${seconds} s)`);
  const truth = join(folder, 'ground-truth');
  process.stdout.write(score('score-wcxb.mjs', ['--truth', truth, '--pred', predFile, '--worst', String(worst)]));
  if (only) process.stdout.write('  (scores above count every page not extracted as missing)\n');
  // Over every page, as the scorer counts: a page not extracted has found nothing.
  reportFoldedMustInclude(all, outcomes);
  reportHeader(only ? all.filter((page) => only.has(page.id)) : all, outcomes);
  reportFailures(outcomes);
}

const METADATA_FIELDS = ['title', 'byline', 'lang', 'dir'] as const;

function sameValue(actual: string | null, expected: string | null): boolean {
  return (actual?.trim() || null) === (expected?.trim() || null);
}

function reportMetadata(pages: ReadabilityPage[], outcomes: PageOutcome[]): void {
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome.record]));
  const mismatches: string[] = [];
  const agreement = METADATA_FIELDS.map((field) => {
    let same = 0;
    // The header shows a byline's name without its label and date (bylineName): also counted by name.
    let sameName = 0;
    for (const page of pages) {
      const actual = byId.get(page.id)?.[field] ?? null;
      const expected = page.expected[field];
      if (sameValue(actual, expected)) same += 1;
      else if (field === 'byline' && expected !== null && sameValue(actual, bylineName(expected))) sameName += 1;
      else mismatches.push(`  ${page.id} ${field}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
    return `${field} ${same}/${pages.length}${field === 'byline' ? ` (${same + sameName} by name)` : ''}`;
  });
  console.log(`metadata kept: ${agreement.join('  ')}`);
  for (const line of mismatches.slice(0, worst)) console.log(line);
  if (mismatches.length > worst) console.log(`  … ${mismatches.length - worst} more in ${outDir}`);
}

async function evaluateReadability(): Promise<void> {
  const folder = join(corpusDir, 'readability-test-pages');
  const all = readabilityPages(folder);
  const pages = only ? all.filter((page) => only.has(page.id)) : all;
  const outcomes = await extractAll(pages);
  const predFile = writeOutcomes('readability', outcomes);
  console.log(`\nReadability test pages (${outcomes.length} pages, ${extractor}; truth is Readability's own output: read recall)`);
  const truth = join(folder, 'ground-truth.json');
  const missing = only ? ['--missing', 'skip'] : [];
  process.stdout.write(score('score-aeb.mjs', ['--truth', truth, '--pred', predFile, ...missing]));
  const perPage = JSON.parse(score('score-aeb.mjs', ['--truth', truth, '--pred', predFile, '--json', '--per-page', '--bootstrap', '0', ...missing])) as {
    pages: { id: string; recall: number | null; precision: number | null }[];
  };
  const lowRecall = perPage.pages
    .filter((page) => page.recall !== null && page.recall < 1)
    .sort((a, b) => (a.recall ?? 0) - (b.recall ?? 0))
    .slice(0, worst);
  for (const page of lowRecall) console.log(`  ${page.id}  recall ${page.recall?.toFixed(3)}  precision ${page.precision?.toFixed(3)}`);
  reportMetadata(pages, outcomes);
  reportFailures(outcomes.filter((outcome) => all.find((page) => page.id === outcome.id)?.expected.readerable));
}

if (!existsSync(corpusDir)) {
  console.error(`No corpus at ${corpusDir}: pass --corpus-dir.`);
  process.exit(2);
}
if (values.corpus !== 'readability') await evaluateWcxb();
if (values.corpus !== 'wcxb') await evaluateReadability();
console.log(`\npredictions and per-page records: ${outDir}`);
