import { textOf } from '../text';
import type { RemovalLog } from './removal-log';
import { isHeading } from './rule';

/** Blocks that hold a line of the article's text. */
const TEXT_BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, pre, dd, dt, td, th, figcaption';
/** A run of fewer lines that are links is a story's own "see also". */
const MIN_LINKS = 3;
/** Longest text of the line that leads into such a run ("More in our plumbing series:"). */
const LEAD_TEXT = 200;

/**
 * Where an article ends in lines that are each one link to another page of its site ("check
 * out these articles!", a series' other parts), that run promotes the site's other pages: it
 * goes, with the heading or the line ending in a colon that leads into it. Links to other
 * sites (sources, further reading) stay, as does a run anywhere but at the end.
 */
export function removeTrailingSiteLinks(root: Element, log: RemovalLog): void {
  const { hostname, pathname } = new URL(root.ownerDocument.URL);
  if (!hostname) return;
  const blocks = root.querySelectorAll(TEXT_BLOCKS);
  // From the end back: the lead, if any, comes last.
  const run: Element[] = [];
  let links = 0;
  let led = false;
  let index = blocks.length;
  while (index--) {
    const block = blocks[index]!;
    const text = textOf(block);
    // Blocks without text, and what holds the line last taken (a list item, its paragraph taken).
    if (!text || block.contains(run.at(-1) ?? null)) continue;
    const link = block.querySelector('a');
    if (!link || link.hostname !== hostname || link.pathname === pathname || textOf(link) !== text) {
      led = text.length <= LEAD_TEXT && (isHeading(block) || /[:!]$/.test(text));
      if (led) run.push(block);
      break;
    }
    run.push(block);
    links += 1;
  }
  // A page that is nothing but such a list (an index of the site's pages) is left as it is.
  if (links < MIN_LINKS || index < (led ? 1 : 0)) return;
  // One promo, named by its lead (or its first link).
  log.remove(run.at(-1)!, 'promo');
  for (const block of run) {
    const list = block.parentElement;
    block.remove();
    // The list the run's items were in, now empty.
    if (list && list !== root && !list.firstElementChild && !textOf(list)) list.remove();
  }
}
