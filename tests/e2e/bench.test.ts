import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../scripts/lib/bench-report';
import { FIXTURES } from './harness';

const ROOT = join(import.meta.dirname, '..', '..');

/** The contract of `npm run bench` (DESIGN.md), on the seed page: what is measured, not how fast. */
describe('npm run bench', () => {
  let folder: string;
  let report: BenchReport;
  let output: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'quiet-reader-bench-test-'));
    await copyFile(join(FIXTURES, 'theprint-us-strikes.html'), join(folder, 'theprint-us-strikes.html'));
    await copyFile(join(FIXTURES, 'pages', 'not-an-article.html'), join(folder, 'not-an-article.html'));
    const out = join(folder, 'bench.json');
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, ['scripts/bench.ts', '--pages', folder, '--runs', '1', '--no-build', '--out', out], {
      cwd: ROOT,
    });
    output = stdout;
    report = JSON.parse(await readFile(out, 'utf8')) as BenchReport;
  }, 180_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('measures every page: Readability, the pipeline and the popup, each as median and p95', () => {
    expect(report.pages).toBe(2);
    expect(report.failed).toEqual([]);
    for (const summary of [report.readabilityMs, report.extractMs, report.popupReadyMs, report.ratio, report.cpuRatio]) {
      expect(summary.count).toBe(2);
      expect(Number.isFinite(summary.median) && Number.isFinite(summary.p95)).toBe(true);
    }
  });

  it('opens the popup on each page and records its state and heap', () => {
    const byPage = Object.fromEntries(report.perPage.map((page) => [page.page, page]));
    expect(byPage['theprint-us-strikes.html']).toMatchObject({ ok: true, status: 'ok', popupState: 'ready' });
    expect(byPage['not-an-article.html']).toMatchObject({ ok: true, status: 'not-article', popupState: 'error' });
    expect(byPage['theprint-us-strikes.html']!.heapUsedBytes).toBeGreaterThan(0);
    expect(byPage['theprint-us-strikes.html']!.articleHtmlChars).toBeGreaterThan(1000);
  });

  it('reports the bundle sizes of the production build', () => {
    const { contentScript, popup, total, zip } = report.bundleBytes;
    expect(contentScript).toBeGreaterThan(0);
    expect(popup).toBeGreaterThan(0);
    expect(total).toBeGreaterThanOrEqual(contentScript + popup);
    expect(zip).toBeGreaterThan(0);
  });

  it('prints a table with the targets', () => {
    expect(output).toContain('extract ÷ readability');
    expect(output).toContain('targets:');
  });
});
