import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractFailure, type ExtractOutcome } from '@/utils/article';
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
 * The content script: injected by the popup with `scripting.executeScript` when the user
 * opens the reader, never on its own (an unlisted script: not in the manifest). Its return
 * value is the reply; it never throws, so the popup always gets an answer it can put into
 * words. Unlisted rather than a WXT content script, whose wrapper would add a context object
 * and the webextension polyfill that this script never uses, to every page read.
 */
export default defineUnlistedScript({
  async main(): Promise<ExtractOutcome> {
    try {
      await documentParsed();
      return extractArticle(documentToRead(document));
    } catch (error) {
      return extractFailure('error', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  },
});
