import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { RemovedItem } from '../../utils/article';
import { type ExtractRecord, emptyRecord, extractPage } from './extract-page';
import type { CorpusPage } from './corpus';
import { readPageFile } from './page-file';

/** What `evaluate` compares: the pipeline, or plain Readability's textContent (the baseline). */
export type Extractor = 'pipeline' | 'plain';

export interface PageOutcome {
  id: string;
  record: ExtractRecord;
  removedItems: RemovedItem[];
}

const quietConsole = new VirtualConsole();

/** Plain Readability 0.6 on the untouched page, as the corpus README measured it. */
function plainReadability(page: CorpusPage, html: string): ExtractRecord {
  const dom = new JSDOM(html, { url: page.url, contentType: 'text/html', virtualConsole: quietConsole });
  try {
    const parsed = new Readability(dom.window.document).parse();
    if (!parsed) return emptyRecord(page.file, 'not an article');
    return {
      ...emptyRecord(page.file, ''),
      ok: true,
      error: undefined,
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      lang: parsed.lang ?? null,
      dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
      text: parsed.textContent ?? '',
    };
  } finally {
    dom.window.close();
  }
}

/** Extracts every page, one after the other; a page that throws is recorded as failed. */
export function evaluatePages(pages: readonly CorpusPage[], extractor: Extractor): PageOutcome[] {
  return pages.map((page) => {
    try {
      const html = readPageFile(page.file);
      if (extractor === 'plain') return { id: page.id, record: plainReadability(page, html), removedItems: [] };
      const { record, removedItems } = extractPage(page.file, html, page.url);
      return { id: page.id, record, removedItems };
    } catch (error) {
      return { id: page.id, record: emptyRecord(page.file, String(error)), removedItems: [] };
    }
  });
}

export interface WorkerInput {
  pages: CorpusPage[];
  extractor: Extractor;
}

if (!isMainThread && parentPort) {
  const input = workerData as WorkerInput;
  parentPort.postMessage(evaluatePages(input.pages, input.extractor));
}
