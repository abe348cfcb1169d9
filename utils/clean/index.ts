import { removePageChrome } from './page-chrome';
import type { RemovalLog } from './removal-log';
import { removeSiteFrame } from './site-frame';
import { removeTrackers } from './trackers';
import { trackingParamNames, stripTrackingParams } from './tracking-params';
import { removeTrailingSiteLinks } from './trailing-links';

export { RemovalLog } from './removal-log';

export { findByline } from './byline';

/**
 * Cleans the whole (cloned) page before Readability scores it, so it has less to walk and
 * less to mistake. `keep` (the byline) stays, with whatever holds it.
 */
export function cleanPage(doc: Document, log: RemovalLog, keep: readonly Element[] = []): void {
  if (!doc.body) return;
  removeTrackers(doc.body, log);
  removeSiteFrame(doc.body, keep);
  removePageChrome(doc.body, log, keep);
}

/** Cleans the extracted article: what slipped through page cleaning, and tracking parameters on links. */
export function cleanArticle(root: Element, log: RemovalLog): void {
  removeTrackers(root, log);
  removePageChrome(root, log);
  removeTrailingSiteLinks(root, log);
  cleanLinks(root, log);
}

/** Strips tracking parameters from every link, and records them once for the whole article. */
function cleanLinks(root: Element, log: RemovalLog): void {
  const names = new Set<string>();
  let links = 0;
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const clean = stripTrackingParams(href);
    if (clean === href) continue;
    for (const name of trackingParamNames(href)) names.add(name);
    link.setAttribute('href', clean);
    links += 1;
  }
  if (links > 0) {
    log.record('tracker', `Tracking parameters on ${links} ${links === 1 ? 'link' : 'links'}: ${[...names].join(', ')}`);
  }
}
