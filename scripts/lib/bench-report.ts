import type { ExtractStep } from '../../utils/extract/extract-article';
import type { PageSummary } from './bench-session';
import type { BundleBytes } from './bundle-size';
import { topFunctions, type FunctionTimes } from './cpu-profile';
import { summarize, type Summary } from './stats';

export interface PageResult extends Partial<PageSummary> {
  page: string;
  /** Size of the page's HTML, decompressed, in bytes. */
  htmlBytes: number;
  ok: boolean;
  error?: string;
}

/** The limits of issue 7. */
export const TARGETS = {
  ratioMedian: 1.0,
  ratioP95: 1.2,
  popupReadyMs: 1000,
  /** Pages with at least this much HTML may take longer than popupReadyMs. */
  hugePageBytes: 1_000_000,
  contentScriptBytes: 70_000,
  popupBytes: 80_000,
  zipBytes: 250_000,
  /** The popup's heap may be at most this many times the article HTML, plus HEAP_ALLOWANCE_BYTES. */
  heapPerArticleByte: 3,
  heapAllowanceBytes: 10 * 1024 * 1024,
} as const;

const STEPS: ExtractStep[] = ['clone', 'clean-page', 'readability', 'clean-article', 'count-words', 'serialize', 'readerable'];

export interface StepSummary extends Summary {
  /** This step's part of the pipeline's time, summed over all pages. */
  share: number;
}

export interface ProfileEntry {
  name: string;
  ms: number;
}

/** How many functions the report keeps from a profile. */
const PROFILE_ENTRIES = 40;

export interface Target {
  name: string;
  limit: string;
  value: string;
  met: boolean;
}

export interface BenchReport {
  pagesDir: string;
  startedAt: string;
  runs: number;
  /** True when the run was stopped before its last page: the numbers cover the pages measured. */
  interrupted: boolean;
  chromium: string;
  /** The machine's 1-minute load average when the run started and ended, and its CPU count: wall times grow with load. */
  load: { cpus: number; atStart: number; atEnd: number };
  /** Pages measured; `failed` lists the others with their errors. */
  pages: number;
  failed: Array<{ page: string; error: string }>;
  readabilityMs: Summary;
  extractMs: Summary;
  /** extractMs ÷ readabilityMs per page. */
  ratio: Summary;
  /** The same in CPU time of the page's main thread, which other processes on the machine do not inflate. */
  readabilityCpuMs: Summary;
  extractCpuMs: Summary;
  cpuRatio: Summary;
  /** With --baseline REF: the pipeline at REF, and this pipeline ÷ that one per page (below 1: faster). */
  baseline?: { ref: string; baselineMs: Summary; baselineCpuMs: Summary; vsBaseline: Summary; vsBaselineCpu: Summary };
  /**
   * Time summed over all pages, and extract ÷ readability of the sums: the ratio weighted by
   * page cost, where the per-page ratios weigh a 2 ms test page like a 500 ms one.
   */
  totals: { readabilityMs: number; extractMs: number; ratio: number; readabilityCpuMs: number; extractCpuMs: number; cpuRatio: number };
  popupReadyMs: Summary;
  /** Popup opened until the frame after "ready": the article on screen. */
  popupFrameMs: Summary;
  heapUsedBytes: Summary;
  heapAfterGcBytes: Summary;
  /** Blink's heap in the popup (the DOM), beside the JS heap. */
  domHeapBytes: Summary;
  /** Pages whose popup heap exceeded 3 × article HTML + 10 MB. */
  heapOverLimit: Array<{ page: string; heapUsedBytes: number; articleHtmlChars: number }>;
  /**
   * Pages the pipeline read as an article on which the popup showed a sentence instead (say,
   * a refused reply). Short pages it calls not an article rightly get "doesn't look like an article".
   */
  popupErrors: string[];
  /** Pages whose popup took over a second to be ready, with their HTML size. */
  popupOverOneSecond: Array<{ page: string; popupReadyMs: number; htmlBytes: number }>;
  steps: Record<ExtractStep, StepSummary>;
  bundleBytes: BundleBytes;
  /**
   * With --profile: CPU milliseconds per run, summed over the pages, by function, for plain
   * Readability and for the pipeline. `total` includes what a function called; `self` does not.
   */
  profile?: Record<'readability' | 'extract', { total: ProfileEntry[]; self: ProfileEntry[] }>;
  targets: Target[];
  perPage: PageResult[];
}

function heapLimit(articleHtmlChars: number): number {
  return TARGETS.heapPerArticleByte * articleHtmlChars + TARGETS.heapAllowanceBytes;
}

export function buildReport(
  meta: Pick<BenchReport, 'pagesDir' | 'startedAt' | 'runs' | 'interrupted' | 'chromium' | 'load'>,
  results: PageResult[],
  bundleBytes: BundleBytes,
  options: { cpuTimes?: Record<'readability' | 'extract', FunctionTimes>; baselineRef?: string } = {},
): BenchReport {
  const { cpuTimes, baselineRef } = options;
  const measured = results.filter((result) => result.ok);
  const over = (key: keyof PageSummary) => summarize(measured.map((result) => ({ page: result.page, value: result[key] as number })));
  const sum = (key: 'readabilityMs' | 'extractMs' | 'readabilityCpuMs' | 'extractCpuMs') =>
    measured.reduce((total, result) => total + (result[key] ?? 0), 0);
  const totalExtract = sum('extractMs');
  const steps = Object.fromEntries(
    STEPS.map((step) => {
      const samples = measured.map((result) => ({ page: result.page, value: result.steps?.[step] }));
      const total = samples.reduce((sum, sample) => sum + (sample.value ?? 0), 0);
      return [step, { ...summarize(samples), share: totalExtract > 0 ? total / totalExtract : Number.NaN }];
    }),
  ) as Record<ExtractStep, StepSummary>;
  const heapOverLimit = measured
    .filter((result) => (result.heapUsedBytes ?? 0) > heapLimit(result.articleHtmlChars ?? 0))
    .map((result) => ({ page: result.page, heapUsedBytes: result.heapUsedBytes!, articleHtmlChars: result.articleHtmlChars! }));
  const popupOverOneSecond = measured
    .filter((result) => (result.popupReadyMs ?? 0) > TARGETS.popupReadyMs)
    .map((result) => ({ page: result.page, popupReadyMs: result.popupReadyMs!, htmlBytes: result.htmlBytes }));

  const report: Omit<BenchReport, 'targets'> = {
    ...meta,
    pages: measured.length,
    failed: results.filter((result) => !result.ok).map((result) => ({ page: result.page, error: result.error ?? 'unknown' })),
    readabilityMs: over('readabilityMs'),
    extractMs: over('extractMs'),
    ratio: over('ratio'),
    readabilityCpuMs: over('readabilityCpuMs'),
    extractCpuMs: over('extractCpuMs'),
    cpuRatio: over('cpuRatio'),
    ...(baselineRef && {
      baseline: {
        ref: baselineRef,
        baselineMs: over('baselineMs'),
        baselineCpuMs: over('baselineCpuMs'),
        vsBaseline: over('vsBaseline'),
        vsBaselineCpu: over('vsBaselineCpu'),
      },
    }),
    totals: {
      readabilityMs: sum('readabilityMs'),
      extractMs: totalExtract,
      ratio: totalExtract / sum('readabilityMs'),
      readabilityCpuMs: sum('readabilityCpuMs'),
      extractCpuMs: sum('extractCpuMs'),
      cpuRatio: sum('extractCpuMs') / sum('readabilityCpuMs'),
    },
    popupReadyMs: over('popupReadyMs'),
    popupFrameMs: over('popupFrameMs'),
    heapUsedBytes: over('heapUsedBytes'),
    heapAfterGcBytes: over('heapAfterGcBytes'),
    domHeapBytes: over('domHeapBytes'),
    heapOverLimit,
    popupErrors: measured.filter((result) => result.status === 'ok' && result.popupState === 'error').map((result) => result.page),
    popupOverOneSecond,
    steps,
    bundleBytes,
    ...(cpuTimes && {
      profile: {
        readability: { total: topFunctions(cpuTimes.readability.total, PROFILE_ENTRIES), self: topFunctions(cpuTimes.readability.self, PROFILE_ENTRIES) },
        extract: { total: topFunctions(cpuTimes.extract.total, PROFILE_ENTRIES), self: topFunctions(cpuTimes.extract.self, PROFILE_ENTRIES) },
      },
    }),
    perPage: results,
  };
  return { ...report, targets: checkTargets(report) };
}

function checkTargets(report: Omit<BenchReport, 'targets'>): Target[] {
  const { ratio, cpuRatio, bundleBytes } = report;
  const slowSmallPages = report.popupOverOneSecond.filter((page) => page.htmlBytes < TARGETS.hugePageBytes).length;
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ratioTargets = (label: string, summary: Summary): Target[] => [
    { name: `${label}, median`, limit: `≤ ${TARGETS.ratioMedian}`, value: summary.median.toFixed(2), met: summary.median <= TARGETS.ratioMedian },
    { name: `${label}, p95`, limit: `≤ ${TARGETS.ratioP95}`, value: summary.p95.toFixed(2), met: summary.p95 <= TARGETS.ratioP95 },
  ];
  return [
    ...ratioTargets('extract ÷ readability', ratio),
    ...ratioTargets('extract ÷ readability (CPU)', cpuRatio),
    { name: 'popup showed an error, not the article', limit: '0 pages', value: `${report.popupErrors.length} page(s)`, met: report.popupErrors.length === 0 },
    {
      name: 'popup ready over 1 s, not huge (< 1 MB HTML)',
      limit: '0 pages',
      value: `${slowSmallPages} page(s)`,
      met: slowSmallPages === 0,
    },
    { name: 'content script', limit: `≤ ${kB(TARGETS.contentScriptBytes)}`, value: kB(bundleBytes.contentScript), met: bundleBytes.contentScript <= TARGETS.contentScriptBytes },
    { name: 'popup scripts + styles', limit: `≤ ${kB(TARGETS.popupBytes)}`, value: kB(bundleBytes.popup), met: bundleBytes.popup <= TARGETS.popupBytes },
    { name: 'zip', limit: `≤ ${kB(TARGETS.zipBytes)}`, value: kB(bundleBytes.zip), met: bundleBytes.zip <= TARGETS.zipBytes },
    {
      name: 'popup heap over 3 × article HTML + 10 MB',
      limit: '0 pages',
      value: `${report.heapOverLimit.length} page(s)`,
      met: report.heapOverLimit.length === 0,
    },
  ];
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** The summary table printed at the end of a run. */
export function formatReport(report: BenchReport): string {
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
  const mb = (value: number) => (Number.isFinite(value) ? (value / 1048576).toFixed(1) : '–');
  const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
  const row = (label: string, summary: Summary, format: (value: number) => string) =>
    `${pad(label, 30)}${pad(format(summary.median), 10, true)}${pad(format(summary.p95), 10, true)}${pad(
      summary.worst ? format(summary.worst.value) : '–',
      10,
      true,
    )}  ${summary.worst?.page ?? ''}`;
  const lines = [
    `Quiet Reader bench: ${report.pages} page(s) measured, ${report.failed.length} failed${report.interrupted ? ', INTERRUPTED' : ''}; ${report.runs} run(s) each; ${report.chromium}`,
    `load average ${report.load.atStart.toFixed(1)} at start, ${report.load.atEnd.toFixed(1)} at end, on ${report.load.cpus} CPU(s)`,
    `${pad('', 30)}${pad('median', 10, true)}${pad('p95', 10, true)}${pad('worst', 10, true)}  page`,
    row('readabilityMs', report.readabilityMs, ms),
    row('extractMs', report.extractMs, ms),
    row('extract ÷ readability', report.ratio, times),
    row('readabilityCpuMs', report.readabilityCpuMs, ms),
    row('extractCpuMs', report.extractCpuMs, ms),
    row('extract ÷ readability (CPU)', report.cpuRatio, times),
    `${pad('extract ÷ readability, summed times', 30)}${pad(times(report.totals.ratio), 10, true)}   CPU ${times(report.totals.cpuRatio)}`,
    ...(report.baseline
      ? [
          row(`baseline (${report.baseline.ref}) ms`, report.baseline.baselineMs, ms),
          row('extract ÷ baseline', report.baseline.vsBaseline, times),
          row('extract ÷ baseline (CPU)', report.baseline.vsBaselineCpu, times),
        ]
      : []),
    row('popupReadyMs', report.popupReadyMs, ms),
    row('popupFrameMs (on screen)', report.popupFrameMs, ms),
    row('popup heap MB', report.heapUsedBytes, mb),
    row('popup heap MB after GC', report.heapAfterGcBytes, mb),
    row('popup DOM (Blink) heap MB', report.domHeapBytes, mb),
    'extractMs by step (share of all pipeline time):',
    ...STEPS.map((step) => `${row(`  ${step} ${(report.steps[step].share * 100).toFixed(0)}%`, report.steps[step], ms)}`),
    `bundle: content script ${report.bundleBytes.contentScript} B, popup ${report.bundleBytes.popup} B, total ${report.bundleBytes.total} B, zip ${report.bundleBytes.zip} B`,
    'targets:',
    ...report.targets.map((target) => `  ${target.met ? 'met ' : 'MISS'}  ${pad(target.name, 42)} ${pad(target.value, 12)} (${target.limit})`),
  ];
  if (report.profile) {
    const list = (entries: ProfileEntry[]) => entries.slice(0, 16).map((entry) => `${entry.name} ${entry.ms.toFixed(0)}`).join(', ');
    lines.push(
      'CPU profile, ms per run summed over pages, including callees:',
      `  readability: ${list(report.profile.readability.total)}`,
      `  extract: ${list(report.profile.extract.total)}`,
    );
  }
  if (report.popupErrors.length > 0) lines.push(`popup showed an error on: ${report.popupErrors.join(', ')}`);
  if (report.failed.length > 0) {
    lines.push('failed pages:', ...report.failed.map((failure) => `  ${failure.page}: ${failure.error.split('\n')[0]}`));
  }
  return lines.join('\n');
}
