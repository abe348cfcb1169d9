import { unclobberedClone } from './defuse-clobbering';

/**
 * Pages built of web components (MSN's articles among them) keep their text in shadow roots,
 * which no copy of the page holds: read as it is copied, such a page is empty components, and
 * the reader said it found no article. Returns a copy of the page with each open shadow root's
 * content in place of its host's children, or null when it has none. Closed shadow roots stay
 * out of reach, as their pages mean them to.
 */
export function withShadowContent(page: Document): Document | null {
  const copy = unclobberedClone(page);
  try {
    return composeShadowTrees(page, copy) ? copy : null;
  } catch {
    // Markup that shadows the DOM's own members (see defuse-clobbering.ts): the page stays as copied.
    return null;
  }
}

/**
 * Puts into `copy`, a deep copy of `original`, the content of each shadow root under it (nested
 * ones too) in place of its host's children. The host's own children, which the page shows
 * through its shadow tree's slots, all take the place of the first slot: no text is lost,
 * though a part meant for a later, named slot comes earlier, and one meant for no slot (which
 * the page does not show) shows. Matching slots by name would cost the content script bytes it
 * does not have. Returns whether there was any shadow root.
 */
function composeShadowTrees(original: ParentNode, copy: ParentNode): boolean {
  const copies = copy.querySelectorAll('*');
  let found = false;
  original.querySelectorAll('*').forEach((host, index) => {
    const shadow = host.shadowRoot;
    // A control named "shadowRoot" in a form is no shadow root (nor is a form ever a host).
    if (shadow?.nodeType !== 11) return;
    found = true;
    const hostCopy = copies[index]!;
    // An empty copy of the host holds the shadow tree's copy while its own shadow roots are composed.
    const content = hostCopy.cloneNode() as Element;
    content.append(...Array.from(shadow.childNodes, (node) => node.cloneNode(true)));
    composeShadowTrees(shadow, content);
    content.querySelector('slot')?.replaceWith(...hostCopy.childNodes);
    hostCopy.replaceChildren(...content.childNodes);
  });
  return found;
}
