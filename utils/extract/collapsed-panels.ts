/**
 * Accordions and "show more" sections keep parts of an article collapsed until the reader opens
 * them: a button with `aria-controls` (or a heading that labels a `role="region"`, or a heading
 * that is itself the toggle, its panel the block after it) and a panel hidden inline.
 * Readability drops whatever is hidden inline, so a guide whose every step sits in a collapsed
 * panel loses all but its intro. The reader shows the panels open, as the person
 * would after opening each; only panels of prose inside the article's content root, so menus
 * and dialogs elsewhere on the page stay shut.
 */
import { paragraphText } from './content-root';
import { dropClassNames } from './misleading-classes';
import { CHROME_NAME_PATTERNS, isProbablyVisible } from './readability-speedups';

const { unlikelyCandidates } = CHROME_NAME_PATTERNS;

/**
 * Names an accordion gives its parts that Readability reads as chrome: the folded state of a
 * pane ("kt-accordion-panel-hidden") and layout options that name other parts
 * ("kt-pane-header-alignment-left", the alignment of its panes' headers, made Readability drop
 * a buying guide's every pane as a page header).
 */
const ACCORDION_STATE_OR_LAYOUT = new RegExp(`hidden|${unlikelyCandidates.source}`, 'i');

/** Takes those names off the accordions under `root`. */
function unfoldAccordionNames(root: Element): void {
  for (const element of root.querySelectorAll('[class*="accordion" i]')) dropClassNames(element, (name) => ACCORDION_STATE_OR_LAYOUT.test(name));
}

/** Takes off what Readability reads as hidden (see isProbablyVisible): the attributes, and the inline display or visibility. */
function open(panel: Element): void {
  panel.removeAttribute('hidden');
  panel.removeAttribute('aria-hidden');
  const style = (panel as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style?.display === 'none') style.removeProperty('display');
  if (style?.visibility === 'hidden') style.removeProperty('visibility');
}

/**
 * The collapsible panels under `root`: what its controls open, the regions its headings label,
 * and what follows a heading that is a toggle (an accordion that names no panel: the next block).
 */
function panelsIn(root: Element): Set<Element> {
  const panels = new Set<Element>(root.querySelectorAll('[role="region"][aria-labelledby]'));
  const doc = root.ownerDocument;
  for (const control of root.querySelectorAll('[aria-controls], [aria-expanded]')) {
    const next = control.closest('h2, h3, h4, h5, h6')?.nextElementSibling;
    if (next && root.contains(next)) panels.add(next);
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      const panel = id ? doc.getElementById(id) : null;
      if (panel && root.contains(panel)) panels.add(panel);
    }
  }
  return panels;
}

/** Opens the collapsed panels of prose under `root` (the content root of a cloned page). */
export function openCollapsedPanels(root: Element): void {
  unfoldAccordionNames(root);
  for (const panel of panelsIn(root)) {
    if (!isProbablyVisible(panel) && paragraphText(panel) > 0) open(panel);
  }
}
