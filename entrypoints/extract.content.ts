import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ExtractOutcome } from '@/utils/article';
import { documentToRead } from '@/utils/extract/document-to-read';
import { extractArticle } from '@/utils/extract/extract-article';

/** How long a page that is still loading gets to finish its HTML before it is read as it is. */
const LOADING_WAIT_MS = 3_000;

function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, LOADING_WAIT_MS);
    document.addEventListener('DOMContentLoaded', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/**
 * Injected by the popup with `scripting.executeScript` when the user opens the reader,
 * never on its own (runtime registration, no `matches`). Its return value is the reply;
 * it never throws, so the popup always gets an answer it can put into words.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<ExtractOutcome> {
    try {
      await documentParsed();
      return extractArticle(documentToRead(document));
    } catch (error) {
      return { status: 'failed', reason: 'error', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
  },
});
