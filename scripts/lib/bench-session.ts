import type { CDPSession, Page } from 'playwright-core';
import type { ExtractStep } from '../../utils/extract/extract-article';
import { BENCH_BASELINE_PROBE, BENCH_CONTROL, BENCH_PROBE } from './bench-extension';
import type { ExtractRun } from './bench-probe';
import type { CpuProfile } from './cpu-profile';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { median } from './stats';

/** The part of the extension API the control page calls. */
declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
  scripting: {
    executeScript<T>(injection: {
      target: { tabId: number };
      files?: string[];
      func?: (...args: never[]) => T;
      args?: unknown[];
    }): Promise<Array<{ result?: Awaited<T> }>>;
  };
};

/**
 * The popup reached its final state, but the timer script never ran in it: in about one
 * popup in twenty, a window opened by the extension API starts before Playwright has put
 * its init scripts in. The run says nothing about the popup, so it is tried again.
 */
class PopupTimerMissing extends Error {
  constructor() {
    super('the popup timer did not run in the popup window');
  }
}

/**
 * How often a popup is opened before a missing timer fails the page. Three were not always
 * enough: a run over the 130 Readability test pages lost one page to three misses in a row.
 */
const POPUP_ATTEMPTS = 5;

/** How long to wait for an answer that needs no work, such as reading a page's time origin. */
const QUICK_TIMEOUT_MS = 5_000;

/** How long to wait for the frame after the popup is ready. */
const FRAME_TIMEOUT_MS = 5_000;

/** What the popup records about itself (see POPUP_TIMER). */
interface PopupTiming {
  state: string;
  readyMs: number;
  frameMs?: number;
}

declare global {
  interface Window {
    quietReaderPopupTiming?: PopupTiming;
  }
}

/**
 * Runs in the popup before its own scripts. Times are `performance.now()`, whose zero is the
 * popup's navigation start: `readyMs` when `data-state` leaves "loading", `frameMs` when the
 * frame after that has been produced (the article is on screen).
 */
function POPUP_TIMER(): void {
  if (location.protocol !== 'chrome-extension:' || location.pathname !== '/popup.html') return;
  new MutationObserver((_, observer) => {
    const state = document.getElementById('reader')?.dataset.state;
    if (state !== 'ready' && state !== 'error') return;
    observer.disconnect();
    const timing: PopupTiming = { state, readyMs: performance.now() };
    window.quietReaderPopupTiming = timing;
    requestAnimationFrame(() => setTimeout(() => (timing.frameMs = performance.now())));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

export interface PopupRun extends PopupTiming {
  /** The popup's JS heap (CDP Runtime.getHeapUsage) when the article is shown, and after a forced GC. */
  heapUsedBytes: number;
  heapAfterGcBytes: number;
  /** Blink's own heap (the DOM and its C++ objects), which the JS heap does not include. */
  domHeapBytes: number;
}

/** One timed run of both in the page: wall time measured in the page, CPU time of the page's main thread around it. */
export interface ProbeRun {
  readabilityMs: number;
  readabilityCpuMs: number;
  extractMs: number;
  extractCpuMs: number;
  extract: ExtractRun;
  /** With --baseline: the pipeline of the baseline commit, timed the same way. */
  baselineMs?: number;
  baselineCpuMs?: number;
}

/** What the probe times: plain Readability, the pipeline, the baseline commit's pipeline. */
type Measure = 'readability' | 'extract' | 'baseline';

export interface PageMeasurement {
  probeRuns: ProbeRun[];
  popupRuns: PopupRun[];
  /** With `profile`: V8 CPU profiles of `runs` more runs of each, after the timed ones. */
  profiles?: { readability: CpuProfile; extract: CpuProfile };
}

export interface PageSummary {
  readabilityMs: number;
  extractMs: number;
  /** extractMs ÷ readabilityMs. */
  ratio: number;
  readabilityCpuMs: number;
  extractCpuMs: number;
  /** extractCpuMs ÷ readabilityCpuMs: what the ratio is when other processes take no CPU from the page. */
  cpuRatio: number;
  /** With --baseline: the baseline commit's pipeline, and extract ÷ baseline (below 1: faster than the baseline). */
  baselineMs?: number;
  baselineCpuMs?: number;
  vsBaseline?: number;
  vsBaselineCpu?: number;
  steps: Partial<Record<ExtractStep, number>>;
  status: ExtractRun['status'];
  articleHtmlChars: number;
  popupState: string;
  popupReadyMs: number;
  popupFrameMs: number;
  heapUsedBytes: number;
  heapAfterGcBytes: number;
  domHeapBytes: number;
  /** Every run's time, in the order measured, to see the spread behind the medians. */
  runs: { readabilityMs: number[]; extractMs: number[]; readabilityCpuMs: number[]; extractCpuMs: number[]; popupReadyMs: number[] };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** One page's numbers: the median of its runs for every measure. */
export function summarizePage({ probeRuns, popupRuns }: PageMeasurement): PageSummary {
  const medianOf = <T>(runs: T[], value: (run: T) => number) => median(runs.map(value));
  const readabilityMs = medianOf(probeRuns, (run) => run.readabilityMs);
  const extractMs = medianOf(probeRuns, (run) => run.extractMs);
  const readabilityCpuMs = medianOf(probeRuns, (run) => run.readabilityCpuMs);
  const extractCpuMs = medianOf(probeRuns, (run) => run.extractCpuMs);
  const steps: PageSummary['steps'] = {};
  for (const step of Object.keys(probeRuns[0]?.extract.steps ?? {}) as ExtractStep[]) {
    steps[step] = medianOf(probeRuns, (run) => run.extract.steps[step] ?? 0);
  }
  const last = probeRuns.at(-1)?.extract;
  const baseline = probeRuns.every((run) => run.baselineMs !== undefined) && probeRuns.length > 0 ? probeRuns : null;
  const baselineMs = baseline && medianOf(baseline, (run) => run.baselineMs!);
  const baselineCpuMs = baseline && medianOf(baseline, (run) => run.baselineCpuMs!);
  return {
    readabilityMs,
    extractMs,
    ratio: extractMs / readabilityMs,
    readabilityCpuMs,
    extractCpuMs,
    cpuRatio: extractCpuMs / readabilityCpuMs,
    ...(baselineMs !== null &&
      baselineCpuMs !== null && { baselineMs, baselineCpuMs, vsBaseline: extractMs / baselineMs, vsBaselineCpu: extractCpuMs / baselineCpuMs }),
    steps,
    status: last?.status ?? 'not-article',
    articleHtmlChars: last?.articleHtmlChars ?? 0,
    popupState: popupRuns.at(-1)?.state ?? '',
    popupReadyMs: medianOf(popupRuns, (run) => run.readyMs),
    popupFrameMs: medianOf(popupRuns, (run) => run.frameMs ?? Number.NaN),
    heapUsedBytes: medianOf(popupRuns, (run) => run.heapUsedBytes),
    heapAfterGcBytes: medianOf(popupRuns, (run) => run.heapAfterGcBytes),
    domHeapBytes: medianOf(popupRuns, (run) => run.domHeapBytes),
    runs: {
      readabilityMs: probeRuns.map((run) => round(run.readabilityMs)),
      extractMs: probeRuns.map((run) => round(run.extractMs)),
      readabilityCpuMs: probeRuns.map((run) => round(run.readabilityCpuMs)),
      extractCpuMs: probeRuns.map((run) => round(run.extractCpuMs)),
      popupReadyMs: popupRuns.map((run) => round(run.readyMs)),
    },
  };
}

export interface MeasureOptions {
  runs: number;
  /** Also time the baseline commit's pipeline (the extension has its probe). */
  baseline: boolean;
  /** Also record where the CPU goes, function by function (untimed runs, so the profiler does not slow the timed ones). */
  profile: boolean;
  /** Longest wait for one page load, one popup or one probe run. */
  stepTimeoutMs: number;
}

/** Chromium with the bench extension and a blank extension page that drives the tabs and scripting APIs. */
export class BenchSession {
  private closed = false;

  private constructor(
    readonly browser: ExtensionBrowser,
    private readonly control: Page,
  ) {
    browser.context.on('close', () => (this.closed = true));
  }

  static async start(extensionDir: string): Promise<BenchSession> {
    const browser = await launchWithExtension(extensionDir, {
      // The network is closed here anyway; failing every lookup at once keeps page loads from
      // waiting on the pages' third-party scripts and images, and nothing leaves the machine.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    });
    const control = await browser.context.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps some functions in __name(…);
    // functions sent to the control page keep those calls, so the page needs a __name too.
    await control.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    // Every page of the context gets the timer; it only acts in the popup.
    await browser.context.addInitScript(POPUP_TIMER);
    await control.goto(browser.extensionUrl(BENCH_CONTROL));
    return new BenchSession(browser, control);
  }

  /** False once Chromium has gone away (a crash): start a new session. */
  get alive(): boolean {
    return !this.closed && this.browser.context.pages().includes(this.control);
  }

  /** Closes every page but the control page: what a page that failed or timed out left open. */
  async closeStrayPages(): Promise<void> {
    const stray = this.browser.context.pages().filter((page) => page !== this.control);
    await withTimeout(Promise.all(stray.map((page) => page.close({ runBeforeUnload: false }))), QUICK_TIMEOUT_MS, 'closing pages');
  }

  async close(): Promise<void> {
    if (!this.closed) await withTimeout(this.browser.close(), QUICK_TIMEOUT_MS * 2, 'closing Chromium').catch(() => {});
    this.closed = true;
  }

  /**
   * Loads the page in a tab, opens the popup on it `runs` times (the user's click, cold), then
   * times plain Readability and the pipeline in the page `runs` times after one untimed warm-up.
   */
  async measure(url: string, options: MeasureOptions): Promise<PageMeasurement> {
    const page = await this.browser.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: options.stepTimeoutMs });
      const loaded = page.url();
      const documentStart = () => withTimeout(page.evaluate(() => performance.timeOrigin), QUICK_TIMEOUT_MS, 'reading the page');
      const documentStarted = await documentStart().catch((error: unknown) => {
        throw new Error('the page reloaded or navigated away by itself while loading', { cause: error });
      });
      const tabId = await this.control.evaluate(
        async (target) => (await chrome.tabs.query({})).find((tab) => tab.url === target)?.id ?? null,
        loaded,
      );
      if (tabId === null) throw new Error(`no tab shows ${loaded}`);
      try {
        const popupRuns: PopupRun[] = [];
        for (let run = 0; run < options.runs; run += 1) {
          // A page that reloads itself would keep each popup waiting its whole timeout: notice it first.
          if ((await documentStart()) !== documentStarted) throw new Error('the page reloaded itself');
          popupRuns.push(await this.openPopupTimed(tabId, options.stepTimeoutMs));
        }
        const probeRuns = await this.probe(page, tabId, options);
        const profiles = options.profile ? await this.profileProbe(page, tabId, options) : undefined;
        return { probeRuns, popupRuns, profiles };
      } catch (error) {
        // Some saved pages reload or leave by themselves (scripts that react to blocked requests).
        const sameDocument = await documentStart().then((started) => started === documentStarted, () => false);
        if (page.url() !== loaded || !sameDocument) throw new Error(`the page reloaded or navigated away by itself (now ${page.url()})`, { cause: error });
        throw error;
      }
    } finally {
      await page.close({ runBeforeUnload: false }).catch(() => {});
    }
  }

  /** Times the measures in the page, `runs` times after one untimed warm-up, in rotating order. */
  private async probe(page: Page, tabId: number, options: MeasureOptions): Promise<ProbeRun[]> {
    // The tab in front, as when the user reads it: Chromium lowers the priority of hidden tabs.
    await page.bringToFront();
    await withTimeout(this.injectProbe(tabId, options.baseline), options.stepTimeoutMs, 'injecting the probe');
    const cdp = await this.browser.context.newCDPSession(page);
    // Durations in thread time: the CPU the page's main thread spent, whatever else the machine runs.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const probeRuns: ProbeRun[] = [];
    const measures: Measure[] = options.baseline ? ['extract', 'readability', 'baseline'] : ['extract', 'readability'];
    for (let run = -1; run < options.runs; run += 1) {
      const order = measures.map((_, index) => measures[(index + run + measures.length) % measures.length]!);
      const timed: Partial<Record<Measure, { value: number | ExtractRun; cpuMs: number }>> = {};
      for (const measure of order) {
        timed[measure] = await withCpuTime(cdp, () => withTimeout(this.callProbe(tabId, measure), options.stepTimeoutMs, 'a probe run'));
      }
      const extract = timed.extract!.value as ExtractRun;
      if (extract.location !== page.url()) throw new Error(`the page navigated away to ${extract.location}`);
      if (run < 0) continue;
      const baseline = timed.baseline && { ms: (timed.baseline.value as ExtractRun).ms, cpuMs: timed.baseline.cpuMs };
      probeRuns.push({
        readabilityMs: timed.readability!.value as number,
        readabilityCpuMs: timed.readability!.cpuMs,
        extractMs: extract.ms,
        extractCpuMs: timed.extract!.cpuMs,
        extract,
        ...(baseline && { baselineMs: baseline.ms, baselineCpuMs: baseline.cpuMs }),
      });
    }
    await cdp.detach();
    return probeRuns;
  }

  /** Puts the probe into the tab's isolated world for this extension, where the content script runs too. */
  private async injectProbe(tabId: number, baseline: boolean): Promise<void> {
    const files = [`/${BENCH_PROBE}`, ...(baseline ? [`/${BENCH_BASELINE_PROBE}`] : [])];
    await this.control.evaluate(
      async ([id, probeFiles]) => void (await chrome.scripting.executeScript({ target: { tabId: id }, files: probeFiles })),
      [tabId, files] as const,
    );
  }


  /** Runs one measure in the page: Readability answers its time, the pipelines an ExtractRun. */
  private async callProbe(tabId: number, measure: Measure): Promise<number | ExtractRun> {
    const result = await this.control.evaluate(async ([id, name]) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: (nameInPage: Measure) =>
          nameInPage === 'baseline' ? globalThis.quietReaderBenchBaseline!.extract() : globalThis.quietReaderBench![nameInPage](),
        args: [name],
      });
      return injection?.result;
    }, [tabId, measure] as const);
    // A page that reloads or navigates (its own scripts) loses the probe with its document.
    if (result === undefined || result === null) throw new Error(`the probe did not answer (${measure}): the page reloaded or navigated away`);
    return result;
  }


  private async profileProbe(page: Page, tabId: number, options: MeasureOptions): Promise<PageMeasurement['profiles']> {
    const cdp = await this.browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const profileRuns = async (call: () => Promise<unknown>) => {
      await cdp.send('Profiler.start');
      for (let run = 0; run < options.runs; run += 1) await withTimeout(call(), options.stepTimeoutMs, 'a profiled run');
      return (await cdp.send('Profiler.stop')).profile;
    };
    const readability = await profileRuns(() => this.callProbe(tabId, 'readability'));
    const extract = await profileRuns(() => this.callProbe(tabId, 'extract'));
    await cdp.detach();
    return { readability, extract };
  }


  /** Opens the popup until its timer ran, at most POPUP_ATTEMPTS times. */
  private async openPopupTimed(tabId: number, timeoutMs: number): Promise<PopupRun> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.openPopup(tabId, timeoutMs);
      } catch (error) {
        if (!(error instanceof PopupTimerMissing) || attempt === POPUP_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Opens the popup in a window of its own, as the toolbar popup floats over the page: the tab
   * stays the active tab of its window. Opened as another tab instead, it would hide the tab,
   * and Chromium lowers a hidden tab's process priority, which slows the extraction it times.
   */
  private async openPopup(tabId: number, timeoutMs: number): Promise<PopupRun> {
    const url = this.browser.extensionUrl(`popup.html?tabId=${tabId}`);
    const opened = this.browser.context.waitForEvent('page', { predicate: (page) => page.url() === url, timeout: timeoutMs });
    await this.control.evaluate(
      (popupUrl) => chrome.windows.create({ url: popupUrl, type: 'popup', width: 800, height: 600 }),
      url,
    );
    const popup = await opened;
    try {
      await popup.waitForSelector('#reader:not([data-state="loading"])', { timeout: timeoutMs }).catch(async (error: unknown) => {
        const state = await popup.getAttribute('#reader', 'data-state', { timeout: 1000 }).catch(() => null);
        throw new Error(`the popup stayed in data-state ${JSON.stringify(state)}: ${String(error)}`);
      });
      if (!(await popup.evaluate(() => window.quietReaderPopupTiming !== undefined))) throw new PopupTimerMissing();
      // A window Chromium thinks hidden produces no frames: then the frame time is missing, not the run.
      await popup
        .waitForFunction(() => window.quietReaderPopupTiming?.frameMs !== undefined, undefined, { timeout: FRAME_TIMEOUT_MS, polling: 50 })
        .catch(() => {});
      const timing = await popup.evaluate(() => window.quietReaderPopupTiming!);
      const cdp = await this.browser.context.newCDPSession(popup);
      const before = await cdp.send('Runtime.getHeapUsage');
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return { ...timing, heapUsedBytes: before.usedSize, heapAfterGcBytes: after.usedSize, domHeapBytes: before.embedderHeapUsedSize };
    } finally {
      await popup.close().catch(() => {});
    }
  }

}

/** The CPU time the page's main thread spent during `work` (CDP Performance metrics in thread time). */
async function withCpuTime<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = metrics.find((candidate) => candidate.name === 'ThreadTime');
    if (!metric) throw new Error('Chromium reports no ThreadTime metric');
    return metric.value * 1000;
  };
  const before = await threadTime();
  const value = await work();
  return { value, cpuMs: (await threadTime()) - before };
}

/** Rejects after `ms` if the promise has not settled; the work itself is abandoned, not stopped. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
