import type { Page, Request } from 'playwright-core';
import { IMAGE_HOST, LEAK_HOST, type HostileCase } from '../fixtures/hostile/corpus';
import { findUnsafeConstructs } from '../fixtures/hostile/invariants';

/** What reader pages did that they must not: the tests expect every list to stay empty. */
export interface ReaderIncidents {
  dialogs: string[];
  pageErrors: string[];
  /** CSP violations for scripts, from console messages and `securitypolicyviolation` events. */
  scriptViolations: string[];
  /** Requests other than the extension's own files and the article's images. */
  strayRequests: string[];
  /** Image requests that carried a Referer header. */
  referrers: string[];
  /** Unsafe constructs in the rendered reader, as `findUnsafeConstructs` and the page checks see them. */
  unsafeDom: string[];
}

export function noIncidents(): ReaderIncidents {
  return { dialogs: [], pageErrors: [], scriptViolations: [], strayRequests: [], referrers: [], unsafeDom: [] };
}

export function clearIncidents(incidents: ReaderIncidents): void {
  for (const list of Object.values(incidents)) list.length = 0;
}

/** Runs in the reader page before its own scripts: keeps every CSP violation where the test can read it. */
export function recordViolations(): void {
  const violations: string[] = [];
  Object.defineProperty(window, '__qrViolations', { value: violations });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim()),
    true,
  );
}

/**
 * Listens to a reader page for its whole life. `label()` names what is being read, so each
 * incident says where it happened. Only the reader page is watched: what the article's own
 * tab does is the page's business.
 */
export function watchReader(page: Page, extensionId: string, label: () => string): ReaderIncidents {
  const incidents = noIncidents();
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(`${label()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => incidents.pageErrors.push(`${label()}: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|TrustedScript|TrustedHTML/.test(text) && /script|event handler|Trusted/i.test(text)) {
      incidents.scriptViolations.push(`${label()}: ${text}`);
    }
  });
  page.on('request', (request: Request) => {
    const url = request.url();
    if (url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('data:')) return;
    if (new URL(url).host !== IMAGE_HOST || request.resourceType() !== 'image') {
      incidents.strayRequests.push(`${label()}: ${request.resourceType()} ${url}`);
      return;
    }
    const referer = request.headers()['referer'];
    if (referer) incidents.referrers.push(`${label()}: ${url} from ${referer}`);
  });
  return incidents;
}

/** The reader page once it has left the loading state, as one snapshot. */
export interface ReaderVerdict {
  state: string;
  title: string;
  articleText: string;
  alerts: string[];
  /** CSP violations for scripts or Trusted Types recorded by `recordViolations`. */
  scriptViolations: string[];
  /** What `findUnsafeConstructs` and the whole-page checks found. */
  unsafeDom: string[];
}

/**
 * Waits for the reader to reach its final state, then inspects it in one evaluation. The
 * checks go in as source text (Runtime.evaluate, which the page's CSP does not govern;
 * waitForFunction would eval inside the page and be refused); `findUnsafeConstructs` is the
 * very function the unit tests run under jsdom.
 */
export async function readerVerdict(page: Page, options: { images: boolean } = { images: true }): Promise<ReaderVerdict> {
  await page.waitForSelector('#reader:not([data-state="loading"])', { timeout: 30_000 });
  const invariantOptions = JSON.stringify({ images: options.images, forbiddenHost: LEAK_HOST });
  return (await page.evaluate(`(() => {
    const body = document.querySelector('article .article-body');
    const unsafeDom = body ? (${findUnsafeConstructs.toString()})(body, ${invariantOptions}) : [];
    // Nothing from the article may land outside it either: no active element anywhere, and a
    // formula only in the article's body, where findUnsafeConstructs has checked it.
    const outside = document.querySelectorAll('base, iframe, frame, object, embed, form, svg, template, meta[http-equiv], [srcdoc]');
    if (outside.length) unsafeDom.push(outside.length + ' active elements in the page');
    const strayMath = [...document.querySelectorAll('math')].filter((math) => !body || !body.contains(math));
    if (strayMath.length) unsafeDom.push(strayMath.length + ' formulas outside the article');
    if (document.scripts.length !== 1) unsafeDom.push(document.scripts.length + ' scripts in the page');
    const header = document.querySelector('article .article-header');
    const headerTags = header ? [...header.querySelectorAll('*')].map((element) => element.localName) : [];
    if (headerTags.some((tag) => !['p', 'h1', 'time'].includes(tag))) unsafeDom.push('article header holds ' + headerTags.join(','));
    return {
      state: document.querySelector('#reader').getAttribute('data-state'),
      title: document.querySelector('article h1')?.textContent ?? '',
      articleText: document.querySelector('article')?.textContent ?? '',
      alerts: [...document.querySelectorAll('[role="alert"]')].map((element) => element.textContent),
      scriptViolations: window.__qrViolations.filter((violation) => /^(script-src|require-trusted-types-for|trusted-types)/.test(violation)),
      unsafeDom,
    };
  })()`)) as ReaderVerdict;
}

export function addVerdict(incidents: ReaderIncidents, verdict: ReaderVerdict, label: string): void {
  incidents.scriptViolations.push(...verdict.scriptViolations.map((violation) => `${label}: ${violation}`));
  incidents.unsafeDom.push(...verdict.unsafeDom.map((finding) => `${label}: ${finding}`));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Closes what a case may leave open, so that the next case starts in ordinary body content. */
const CLOSE_CONTEXTS = '</a></b></i></table></select></svg></math></form></template>';

function caseHeading(index: number): string {
  return `Case ${index}:`;
}

/** The sentence that follows a case; if the reader shows it, the case did not swallow what came next. */
export function caseEndMarker(index: number): string {
  return `Case ${index} is over, and the article goes on.`;
}

/**
 * Several cases as article sections. Each is introduced by ordinary prose and followed by
 * its end marker, so that a test can tell which cases were read in ordinary context.
 */
export function articleSections(cases: readonly HostileCase[], firstIndex: number): string {
  return cases
    .map(
      (hostile, offset) =>
        `<section><h2>${caseHeading(firstIndex + offset)} ${escapeText(hostile.name)}</h2>` +
        `<p>This section of the article, written in plain words, introduces a piece of markup, and then, as usual, carries on.</p>\n` +
        `${hostile.html}\n${CLOSE_CONTEXTS}<p>${caseEndMarker(firstIndex + offset)}</p></section>`,
    )
    .join('\n');
}

/**
 * Runs `cases` through `readBatch` in batches of up to `batchSize`. A batch counts as far as
 * the first case whose end marker is missing from what the reader showed (that case swallowed
 * the rest, or was dropped whole); the next batch starts right after it. So every case is
 * read once in a page where all the cases before it closed normally, with as few page loads
 * as the cases allow. A batch that shows nothing at all (the reader ended in its error state)
 * is read again one case at a time, so that the case responsible stands alone. Returns the
 * number of reads.
 */
export async function readInBatches(
  cases: readonly HostileCase[],
  batchSize: number,
  readBatch: (batch: readonly HostileCase[], firstIndex: number) => Promise<string>,
): Promise<number> {
  let reads = 0;
  for (let next = 0; next < cases.length; ) {
    const batch = cases.slice(next, next + batchSize);
    const shown = await readBatch(batch, next);
    reads += 1;
    let covered = 0;
    while (covered < batch.length && shown.includes(caseEndMarker(next + covered))) covered += 1;
    if (covered === 0 && batch.length > 1 && !shown.includes(caseHeading(next))) {
      for (const [offset, hostile] of batch.entries()) await readBatch([hostile], next + offset);
      reads += batch.length;
      next += batch.length;
    } else {
      next += Math.min(covered + 1, batch.length);
    }
  }
  return reads;
}
