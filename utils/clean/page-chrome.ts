import { adRule } from './ads';
import { BlockReader, TEXT_LIMIT } from './block';
import { commentsRule } from './comments';
import { promoRule } from './promos';
import type { RemovalLog } from './removal-log';
import { addWithAncestors, CONTENT_LANDMARKS, type ChromeRule } from './rule';
import { shareRule } from './share-bars';
import { widgetRule } from './widgets';

/**
 * The parts of a news page that surround the article: ad slots, share bars, comment
 * sections, promos and the site's own widgets. Each rule lives in a module named after its
 * kind. They look at class names, ids, roles and short texts that sites of every kind use,
 * never at one site's markup, and they only fire on small, link-heavy or clearly labelled
 * blocks: when in doubt, keep it.
 */
const RULES: readonly ChromeRule[] = [adRule, shareRule, commentsRule, promoRule, widgetRule];

const CANDIDATES = 'div, section, aside, nav, ul, ol, p, span, fieldset, ins, footer, header, figure, h2, h3, h4, h5, h6, a, button';
/** The candidates' tag names, as `tagName` gives them: the only elements whose content the pass keeps for later. */
const CANDIDATE_TAGS: ReadonlySet<string> = new Set(CANDIDATES.split(', ').map((tag) => tag.toUpperCase()));

/**
 * Elements that hold the article itself are never removed as chrome, whatever their names:
 * the article and main landmarks, the headline (and what the caller keeps) with everything
 * around it. Found once per pass: asking each candidate for an h1 inside it would read the
 * page once per element.
 */
function protectedElements(root: ParentNode, keep: readonly Element[]): Set<Element> {
  const kept = addWithAncestors(new Set(), [...root.querySelectorAll('h1'), ...keep]);
  for (const landmark of root.querySelectorAll(CONTENT_LANDMARKS)) kept.add(landmark);
  return kept;
}

/** Removes chrome blocks under `root`, never `keep` or what holds it; returns the number removed. */
export function removePageChrome(root: ParentNode, log: RemovalLog, keep: readonly Element[] = []): number {
  let count = 0;
  const kept = protectedElements(root, keep);
  const blocks = new BlockReader(TEXT_LIMIT, CANDIDATE_TAGS);
  const candidates = root.querySelectorAll(CANDIDATES);
  // Indexed: a for-of loop over a NodeList costs nearly as much as the query itself.
  for (let index = 0; index < candidates.length; index += 1) {
    const element = candidates[index] as Element;
    // Candidates come in document order: one inside a removed block is already gone. (The
    // article root may be detached from any document, so ask the root, not isConnected.)
    if (kept.has(element) || !root.contains(element)) continue;
    const block = blocks.read(element);
    // Code is the article's, whatever its highlighter calls its parts ("hljs-comment", "token promo").
    if (block.inCode) continue;
    for (const rule of RULES) {
      const matched = rule.match(block);
      if (!matched) continue;
      const [first, ...companions] = matched;
      if (first) log.remove(first, rule.kind);
      for (const companion of companions) companion.remove();
      count += 1;
      break;
    }
  }
  return count;
}
