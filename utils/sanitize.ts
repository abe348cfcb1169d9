import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { defuseInlineAttributes } from './defuse-inline-attributes';

/**
 * The trust boundary. Article HTML comes from a page that its author controls (and a
 * compromised renderer can forge it), so it is sanitized here, in the extension page,
 * before anything is inserted.
 *
 * The config is an allowlist made for reading, not DOMPurify's defaults minus a few
 * things: an element or attribute that a future DOMPurify or browser adds is out until
 * someone shows that an article needs it. Nothing kept can run code, restyle the reader,
 * submit data, name an element (no `id`, `name`, `class`: no DOM clobbering, no borrowing
 * the reader's own classes or roles) or send a request other than for an image.
 */

// The long lists of names below are written as words, which keeps the popup's script small.

/** Text, structure, lists, quotes, tables, code, figures: what a reader shows. */
const ARTICLE_TAGS = (
  'a abbr address article aside b bdi bdo big blockquote br caption center cite code col colgroup data dd ' +
  'del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i ins kbd li ' +
  'mark ol p pre q rp rt ruby s samp section small span strike strong sub summary sup table tbody td tfoot ' +
  'th thead time tr tt u ul var wbr'
).split(' ');

const IMAGE_TAGS = ['img', 'picture'] as const;

/**
 * Formulas, as MathML Core draws them: tokens, layouts, scripts and tables. Not maction (it
 * acts), mglyph (it loads an image), mpadded (it moves its content over the text around it),
 * nor semantics and its annotations (the extraction keeps the formula alone).
 */
const MATH_TAGS = (
  'math mi mn mo ms mtext mspace mrow mstyle merror mphantom mfrac msqrt mroot msub msup msubsup munder ' +
  'mover munderover mmultiscripts mprescripts mtable mtr mtd'
).split(' ');

/**
 * DOMPurify checks attributes by name, on any element; `href`, `src` and `cite` are then
 * checked as URLs by the hook below. No `style`, no event handlers, no `srcset`, `ping`,
 * `target`, `rel`, `id`, `name`, `class`, `role`, `aria-*` or `data-*`.
 */
const ARTICLE_ATTRIBUTES = (
  'href src cite alt title lang dir width height colspan rowspan scope span start reversed type value ' +
  'datetime open'
).split(' ');

/** How MathML Core sets a formula: displayed or inline, letters' styles, operators' size and spacing, tables. */
const MATH_ATTRIBUTES = (
  'display displaystyle scriptlevel mathvariant stretchy largeop movablelimits symmetric ' +
  'lspace rspace minsize maxsize accent accentunder linethickness columnalign rowalign columnspacing ' +
  'rowspacing'
).split(' ');

/** Elements dropped together with their content: form controls and plugins show nothing worth reading. */
const DROPPED_WITH_CONTENT = ['textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'object', 'embed', 'applet', 'canvas'];

/** The attributes holding URLs, each kept only as an absolute URL of a scheme safeUrl accepts. */
const URL_ATTRIBUTES = ['href', 'src', 'cite'] as const;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const MATHML_NAMESPACE = 'http://www.w3.org/1998/Math/MathML';

const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function articleConfig(loadImages: boolean) {
  return deepFreeze({
    // 'body' is the root DOMPurify walks from, never part of the result. Left out, DOMPurify
    // treats the root as disallowed and clones the whole article next to it, scripts included,
    // which costs a second copy and makes Chromium report each cloned script to the CSP.
    ALLOWED_TAGS: [...ARTICLE_TAGS, ...MATH_TAGS, ...(loadImages ? IMAGE_TAGS : []), 'body'],
    ALLOWED_ATTR: [...ARTICLE_ATTRIBUTES, ...MATH_ATTRIBUTES],
    // DOMPurify checks that each MathML element sits where MathML may (a <math> in HTML, its parts inside it).
    ALLOWED_NAMESPACES: [HTML_NAMESPACE, MATHML_NAMESPACE],
    ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT, 'annotation', 'annotation-xml'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // DOMPurify tests every attribute outside its short "URI-safe" list against this pattern.
    // Plain values (numbers, dates, language tags) pass; URL schemes other than http(s) do not.
    // The hook then checks href, src and cite strictly, as parsed URLs.
    ALLOWED_URI_REGEXP: /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    // The HTML is an element's content: parse it in body mode from the first character, as it
    // was on the page, rather than let a leading <noscript>, <title> or <meta> start a <head>.
    FORCE_BODY: true,
    RETURN_DOM_FRAGMENT: true,
  } satisfies Config);
}

/** The two configs in use, frozen all the way down: nothing at run time can widen them. */
export const SANITIZE_CONFIGS = deepFreeze({
  withImages: articleConfig(true),
  withoutImages: articleConfig(false),
});

export interface SanitizeOptions {
  /** When false, images are dropped so that the reader requests nothing from the network. */
  loadImages?: boolean;
}

/**
 * The URL to keep for a URL attribute, or null to drop it. Only absolute URLs are kept: a
 * relative one would resolve against the extension's own origin. Images must be https (or a
 * data: image): the page's CSP (img-src https: data:) would refuse a plain-http one anyway,
 * leaving a broken image and a CSP error, and asking for it over https instead would send a
 * request to an address the page never named.
 */
function safeUrl(value: string, attribute: string, tagName: string): string | null {
  const isImageSource = tagName === 'IMG' && attribute === 'src';
  const url = URL.parse(value);
  if (!url) return null;
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && !isImageSource) return url.href;
  if (url.protocol === 'data:' && isImageSource && DATA_IMAGE.test(url.href)) return url.href;
  return null;
}

function secureElement(element: Element): void {
  // Links are <a> elements: a MathML element's href (Firefox follows it) is no link of the reader's.
  if (element.namespaceURI !== HTML_NAMESPACE) element.removeAttribute('href');
  for (const attribute of URL_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value === null) continue;
    const url = safeUrl(value, attribute, element.nodeName);
    if (url === null) element.removeAttribute(attribute);
    else if (url !== value) element.setAttribute(attribute, url);
  }
  if (element.nodeName === 'A' && element.hasAttribute('href')) {
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener noreferrer');
  }
  if (element.nodeName === 'IMG') {
    // An image whose source was refused has nothing to show but a broken-image icon.
    if (!element.hasAttribute('src')) {
      element.remove();
      return;
    }
    element.setAttribute('referrerpolicy', 'no-referrer');
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
  }
}

const purifiers = new WeakMap<Window, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    // Without the DOM it needs, DOMPurify returns its input unchanged: refuse instead.
    if (!purifier.isSupported) throw new Error('DOMPurify cannot run in this window');
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) secureElement(node as Element);
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitizes article HTML into a fragment that can be inserted once, as is. */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}, win: Window = window): DocumentFragment {
  const config = options.loadImages === false ? SANITIZE_CONFIGS.withoutImages : SANITIZE_CONFIGS.withImages;
  const fragment: unknown = purifierFor(win).sanitize(defuseInlineAttributes(html), config);
  // Null when the markup parses to no body at all (a <frameset> replaces it): nothing to show.
  if (fragment === null) return win.document.createDocumentFragment();
  if (!(fragment instanceof (win as Window & typeof globalThis).DocumentFragment)) {
    throw new Error('DOMPurify did not return a fragment');
  }
  return fragment;
}
