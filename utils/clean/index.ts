import { RemovalLog } from './removal-log';
import { removePageChrome } from './page-chrome';
import { removeTrackers } from './trackers';
import { stripTrackingParams } from './tracking-params';

export { RemovalLog } from './removal-log';

/** Cleans the whole (cloned) page before Readability scores it, so it has less to walk and less to mistake. */
export function cleanPage(doc: Document, log: RemovalLog): void {
  if (!doc.body) return;
  removeTrackers(doc.body, log);
  removePageChrome(doc.body, log);
}

/** Cleans the extracted article: what slipped through page cleaning, and tracking parameters on links. */
export function cleanArticle(root: Element, log: RemovalLog): void {
  removeTrackers(root, log);
  removePageChrome(root, log);
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const clean = stripTrackingParams(href);
    if (clean !== href) link.setAttribute('href', clean);
  }
}
