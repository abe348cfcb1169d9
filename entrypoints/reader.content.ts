import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/utils/extract/extract-article';

/**
 * Injected by the popup with `scripting.executeScript` when the user opens the reader,
 * never on its own (runtime registration, no `matches`). Its return value is the reply.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractArticle(document);
  },
});
