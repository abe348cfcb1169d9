/**
 * npm run bench -- --pages DIR [--runs N] [--limit N] [--profile] [--baseline GIT_REF] [--no-build] --out FILE.json
 *
 * Measures, in Debian's Chromium with the built extension and each page served from localhost:
 * plain Readability on a clone of the page, the whole extraction pipeline (both in the page, in
 * the content script's world), and the popup from opening to the article shown, with its JS heap.
 * Prints a progress line while it runs and a table at the end; writes every number to the JSON.
 *
 *   --limit N          N pages spread evenly over the folder, for a quick run
 *   --profile          also sum V8 CPU profiles by function: where the pipeline's time goes
 *   --baseline REF     also time the pipeline of git commit REF (its utils/) in the same pages,
 *                      interleaved: "is my change faster?" without the machine's noise in between
 *   --no-build         use the builds in .output as they are (a missing one is still built)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { prepareBenchExtension } from './lib/bench-extension';
import { buildReport, formatReport, type PageResult } from './lib/bench-report';
import { BenchSession, summarizePage, withTimeout } from './lib/bench-session';
import { measureBundle } from './lib/bundle-size';
import { addProfile, emptyTimes } from './lib/cpu-profile';
import { CHROMIUM_PATH } from './lib/chromium';
import { serveFolder } from './lib/static-server';
import { evenSample } from './lib/stats';

const ROOT = join(import.meta.dirname, '..');
const PRODUCTION_BUILD = join(ROOT, '.output', 'chrome-mv3');
const E2E_BUILD = join(ROOT, '.output', 'chrome-mv3-e2e');
/**
 * Longest wait for one page load, one popup or one probe run; a page that exceeds it is
 * recorded as failed. The heaviest corpus page needs about 5 s per step on a loaded machine.
 */
const STEP_TIMEOUT_MS = 30_000;

const USAGE = 'usage: npm run bench -- --pages DIR [--runs N] [--limit N] [--profile] [--baseline GIT_REF] [--no-build] --out FILE.json';

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, got ${value}`);
  return number;
}

/** The pages of a folder: `.html` and `.html.gz`, but not Mozilla's `NAME.expected.html` outputs beside them. */
async function listPages(directory: string): Promise<string[]> {
  const names = await readdir(directory);
  return names
    .filter((name) => /\.html(?:\.gz)?$/.test(name) && !/\.expected\.html(?:\.gz)?$/.test(name))
    .sort();
}

async function htmlBytes(file: string): Promise<number> {
  const content = await readFile(file);
  return file.endsWith('.gz') ? gunzipSync(content).length : content.length;
}

function build(mode: 'production' | 'e2e'): void {
  process.stderr.write(`building the ${mode} extension…\n`);
  execFileSync('npx', ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return CHROMIUM_PATH;
  }
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** An error's message, with the message of what caused it (a page that left, and why the probe noticed). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** One line per page; on a terminal it rewrites itself in place. */
function progress(index: number, total: number, result: PageResult, startedAt: number): void {
  const elapsed = Date.now() - startedAt;
  const eta = (elapsed / (index + 1)) * (total - index - 1);
  const numbers = result.ok
    ? `readability ${result.readabilityMs!.toFixed(1)} ms, extract ${result.extractMs!.toFixed(1)} ms (${result.ratio!.toFixed(2)}×, CPU ${result.cpuRatio!.toFixed(2)}×), popup ${result.popupReadyMs!.toFixed(0)} ms ${result.popupState}`
    : `FAILED: ${result.error?.split('\n')[0]}`;
  const line = `[${String(index + 1).padStart(String(total).length)}/${total}] ${result.page}: ${numbers} | ${duration(elapsed)}, ~${duration(eta)} left`;
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line.slice(0, process.stderr.columns - 1)}${index + 1 === total ? '\n' : ''}`);
  else process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      runs: { type: 'string' },
      limit: { type: 'string' },
      out: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      baseline: { type: 'string' },
    },
  });
  if (!values.pages || !values.out) throw new Error(USAGE);
  const runs = positiveInteger(values.runs, 'runs', 5);
  const pagesDir = resolve(values.pages);
  const allPages = await listPages(pagesDir);
  const pages = values.limit ? evenSample(allPages, positiveInteger(values.limit, 'limit', allPages.length)) : allPages;
  if (pages.length === 0) throw new Error(`no .html or .html.gz pages in ${pagesDir}`);

  // Built afresh by default: numbers from a stale build would describe other code.
  for (const [mode, directory] of [['production', PRODUCTION_BUILD], ['e2e', E2E_BUILD]] as const) {
    if (!values['no-build'] || !existsSync(join(directory, 'manifest.json'))) build(mode);
  }
  const bundleBytes = await measureBundle(PRODUCTION_BUILD);
  const extension = await prepareBenchExtension(E2E_BUILD, values.baseline);
  const server = await serveFolder(pagesDir);
  let session = await BenchSession.start(extension.directory);
  // Interrupted (Ctrl-C), the run stops at once and reports the pages measured so far.
  let interrupted = false;
  const stop = () => {
    interrupted = true;
    process.stderr.write('\ninterrupted: reporting the pages measured so far\n');
    void session.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const startedAt = new Date();
  const loadAtStart = loadavg()[0]!;
  process.stderr.write(`${pages.length} of ${allPages.length} page(s) from ${pagesDir}, ${runs} run(s) each\n`);

  const results: PageResult[] = [];
  const profile = values.profile;
  const cpuTimes = { readability: emptyTimes(), extract: emptyTimes() };
  try {
    for (const [index, page] of pages.entries()) {
      if (interrupted) break;
      const result: PageResult = { page, htmlBytes: await htmlBytes(join(pagesDir, page)), ok: false };
      try {
        if (!session.alive) {
          await session.close();
          session = await BenchSession.start(extension.directory);
        }
        const measurement = await withTimeout(
          session.measure(server.url(`/${encodeURIComponent(page)}`), { runs, profile, baseline: values.baseline !== undefined, stepTimeoutMs: STEP_TIMEOUT_MS }),
          // Every popup and probe run at its longest would be a broken page: the page's budget is less.
          STEP_TIMEOUT_MS * (runs + 4),
          page,
        );
        Object.assign(result, summarizePage(measurement), { ok: true });
        if (measurement.profiles) {
          addProfile(cpuTimes.readability, measurement.profiles.readability, runs);
          addProfile(cpuTimes.extract, measurement.profiles.extract, runs);
        }
      } catch (error) {
        result.error = describeError(error);
        // A page abandoned on a timeout may still be running (a reload loop): close it before the
        // next, or start afresh when even that fails.
        if (session.alive) await session.closeStrayPages().catch(() => session.close());
      }
      if (interrupted) break; // this page was cut short
      results.push(result);
      progress(index, pages.length, result, startedAt.getTime());
    }
  } finally {
    await session.close();
    await server.close();
    await extension.remove();
  }

  const report = buildReport(
    {
      pagesDir,
      startedAt: startedAt.toISOString(),
      runs,
      interrupted,
      chromium: chromiumVersion(),
      load: { cpus: cpus().length, atStart: loadAtStart, atEnd: loadavg()[0]! },
    },
    results,
    bundleBytes,
    { cpuTimes: profile ? cpuTimes : undefined, baselineRef: values.baseline },
  );
  await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${formatReport(report)}\nwrote ${values.out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeError(error)}\n`);
  process.exitCode = 1;
});
