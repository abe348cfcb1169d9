/**
 * Runs inside a benchmarked page, in the extension's isolated world (the world the content
 * script runs in), bundled by scripts/lib/bench-extension.ts. It times plain Readability
 * and the project's pipeline on the same document, with the same Readability code; the bench
 * calls each in its own injection so it can also read the page's CPU time around each.
 * With --baseline it is bundled a second time with another commit's pipeline.
 */
import { Readability } from '@mozilla/readability';
import { articleOf, type ExtractOutcome } from '../../utils/article';
import { documentToRead } from '../../utils/extract/document-to-read';
import { extractArticle, type ExtractStep } from '../../utils/extract/extract-article';

export interface ExtractRun {
  /** `extractArticle(documentToRead(document))`, what the content script runs, in milliseconds. */
  ms: number;
  /** Time spent in each step of `extractArticle`, in milliseconds (choosing the document counts as cloning). */
  steps: Partial<Record<ExtractStep, number>>;
  /** The pipeline's verdict, and the size of the article HTML it hands to the popup. */
  status: ExtractOutcome['status'];
  articleHtmlChars: number;
  /** The page the probe ran in, to notice a page that navigated away while it loaded. */
  location: string;
}

export interface BenchProbe {
  /** Times `new Readability(document.cloneNode(true)).parse()` with Readability's defaults, in milliseconds. */
  readability(): number;
  extract(): ExtractRun;
}

declare global {
  var quietReaderBench: BenchProbe | undefined;
  /** The same probe built with the pipeline of another commit (bench --baseline). */
  var quietReaderBenchBaseline: BenchProbe | undefined;
}

/** Which global the bundle sets: `quietReaderBench`, or `quietReaderBenchBaseline` (esbuild `define`). */
declare const PROBE_GLOBAL: 'quietReaderBench' | 'quietReaderBenchBaseline';

globalThis[PROBE_GLOBAL] = {
  readability() {
    const started = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - started;
  },
  extract() {
    const steps: ExtractRun['steps'] = {};
    const started = performance.now();
    let stepStarted = started;
    const outcome = extractArticle(documentToRead(document), {
      onStepEnd: (step) => {
        const now = performance.now();
        steps[step] = now - stepStarted;
        stepStarted = now;
      },
    });
    const ms = performance.now() - started;
    return { ms, steps, status: outcome.status, articleHtmlChars: articleOf(outcome)?.html.length ?? 0, location: location.href };
  },
};
