import { removePageChrome } from '@/utils/clean/page-chrome';
import { RemovalLog } from '@/utils/clean/removal-log';
import { textOf } from '@/utils/text';

export interface Cleaned {
  root: HTMLElement;
  log: RemovalLog;
  /** The text left, white space collapsed. */
  text: string;
  kinds: string[];
}

/** Runs the chrome rules over a small article fragment, as the article clean-up does. */
export function cleanFragment(html: string): Cleaned {
  const root = document.createElement('div');
  root.innerHTML = html;
  const log = new RemovalLog();
  removePageChrome(root, log);
  return { root, log, text: textOf(root), kinds: log.items.map((item) => item.kind) };
}

/** A paragraph of article prose, long enough that no rule takes it for a box. */
export const PROSE =
  '<p>The council voted on Tuesday to extend the tram line to the harbour, after two years of hearings in which residents, shop owners and the port authority argued over the route, the cost and the noise of building it through the old town.</p>';
