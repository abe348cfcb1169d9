import { describe, expect, it } from 'vitest';
import { buildReport, formatReport, type PageResult } from '../../scripts/lib/bench-report';

function page(name: string, popupState: string, status: 'ok' | 'not-article' = 'ok'): PageResult {
  return {
    page: name,
    htmlBytes: 100_000,
    ok: true,
    readabilityMs: 10,
    extractMs: 12,
    ratio: 1.2,
    readabilityCpuMs: 10,
    extractCpuMs: 12,
    cpuRatio: 1.2,
    steps: {},
    status,
    articleHtmlChars: 5_000,
    popupState,
    popupReadyMs: 300,
    popupFrameMs: 320,
    heapUsedBytes: 5_000_000,
    heapAfterGcBytes: 3_000_000,
    domHeapBytes: 2_000_000,
  };
}

const META = { pagesDir: 'pages', startedAt: '2026-11-27T00:00:00Z', runs: 1, interrupted: false, chromium: 'Chromium', load: { atStart: 1, atEnd: 1, cpus: 2 } };
const BUNDLE = { contentScript: 60_000, popup: 70_000, total: 200_000, zip: 150_000 };

describe('bench report', () => {
  it('misses its target and names the page when the popup showed an error instead of the article', () => {
    const report = buildReport(META, [page('a.html', 'ready'), page('b.html', 'error')], BUNDLE);
    expect(report.popupErrors).toEqual(['b.html']);
    const target = report.targets.find((candidate) => candidate.name.startsWith('popup showed an error'));
    expect(target?.met).toBe(false);
    expect(formatReport(report)).toContain('popup showed an error on: b.html');
  });

  it('meets it when every article was shown; a short page rightly called not an article does not count', () => {
    const report = buildReport(META, [page('a.html', 'ready'), page('short.html', 'error', 'not-article')], BUNDLE);
    expect(report.targets.find((candidate) => candidate.name.startsWith('popup showed an error'))?.met).toBe(true);
  });
});
