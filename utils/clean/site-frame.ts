/**
 * The frame a site puts around every page: its banner, menus, sidebars and footer. When the
 * page marks where its content is (`<article>`, `<main>`, role="main"), the landmarks of that
 * frame outside it are not the article, and Readability would walk every node in them only
 * to leave them out. Taking them away first leaves it less to walk. They are not counted as
 * removed chrome: the reader never showed them, so the summary would only be noise.
 */

import { addWithAncestors, CONTENT_LANDMARKS } from './rule';

const FRAME = 'header, footer, nav, aside, [role="banner"], [role="contentinfo"], [role="navigation"], [role="complementary"]';

/**
 * Removes the frame landmarks outside the page's content landmarks. What holds a content
 * landmark, the headline or `keep` (the byline) stays, whatever its tag.
 */
export function removeSiteFrame(body: HTMLElement, keep: readonly Element[] = []): void {
  const content = body.querySelectorAll(CONTENT_LANDMARKS);
  if (content.length === 0) return;
  const holders = addWithAncestors(new Set(), [...content, ...body.querySelectorAll('h1'), ...keep]);
  for (const landmark of body.querySelectorAll(FRAME)) {
    if (holders.has(landmark) || landmark.closest(CONTENT_LANDMARKS)) continue;
    landmark.remove();
  }
}
