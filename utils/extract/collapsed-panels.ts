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
import { replaceWithPlainBlock } from './plain-block';
import { NAME_PATTERNS, isProbablyVisible } from './readability-speedups';

const { unlikelyCandidates } = NAME_PATTERNS;

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

/** The headings whose toggles open the block after them. */
const SECTION_HEADINGS = 'h2, h3, h4, h5, h6';

/**
 * Readability drops every button, and some accordions make their titles buttons: an FAQ showed
 * its answers without their questions. A button that titles a panel of prose, inside a heading
 * or asking a question, is left as its words.
 */
function keepTitle(control: Element, heading: Element | null): void {
  if (control.localName !== 'button') return;
  if (heading) control.replaceWith(...control.childNodes);
  else if (/\?\s*$/.test(control.textContent ?? '')) replaceWithPlainBlock(control);
}

/**
 * Opens the collapsed panels of prose under `root` (the content root of a cloned page): what
 * its controls open, the regions its headings label, and what follows a heading that is a toggle
 * (an accordion that names no panel: the next block). Their controls keep their titles.
 */
export function openCollapsedPanels(root: Element): void {
  unfoldAccordionNames(root);
  // Only panels of prose are opened, and their controls kept; each is measured where it is found.
  const holdsProse = (panel: Element) => paragraphText(panel) > 0;
  const panels = new Set([...root.querySelectorAll('[role="region"][aria-labelledby]')].filter(holdsProse));
  const doc = root.ownerDocument;
  for (const control of root.querySelectorAll('[aria-controls], [aria-expanded]')) {
    const heading = control.closest(SECTION_HEADINGS);
    const controlled = [heading?.nextElementSibling];
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) controlled.push(id ? doc.getElementById(id) : null);
    let titlesProse = false;
    for (const panel of controlled) {
      if (!panel || !root.contains(panel) || !holdsProse(panel)) continue;
      panels.add(panel);
      titlesProse = true;
    }
    if (titlesProse) keepTitle(control, heading);
  }
  for (const panel of panels) if (!isProbablyVisible(panel)) open(panel);
}
