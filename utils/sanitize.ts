import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The trust boundary. Article HTML comes from a page that its author controls (and a
 * compromised renderer can forge it), so it is sanitized here, in the extension page,
 * before anything is inserted. The config keeps what an article needs and nothing that
 * can run code, restyle the reader, submit data or send a request other than for images.
 */
const ARTICLE_CONFIG = Object.freeze({
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'svg', 'math', 'audio', 'video',
    'source', 'track', 'noscript', 'dialog', 'slot', 'portal', 'area', 'map',
  ],
  FORBID_ATTR: [
    'style', 'class', 'id', 'name', 'srcset', 'sizes', 'ping', 'action', 'formaction', 'background',
    'poster', 'usemap', 'target', 'rel', 'referrerpolicy', 'loading', 'is', 'autofocus', 'tabindex',
    'accesskey', 'contenteditable', 'draggable', 'popover', 'slot', 'xmlns',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify's own pattern narrowed to http(s): a value with any other scheme is dropped,
  // plain values (no scheme) pass. DOMPurify still allows data: URLs on <img> only.
  ALLOWED_URI_REGEXP: /^(?:https?:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config);

export interface SanitizeOptions {
  /** When false, images are dropped so that the reader requests nothing from the network. */
  loadImages?: boolean;
}

const purifiers = new WeakMap<Window, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') {
        node.setAttribute('referrerpolicy', 'no-referrer');
        node.setAttribute('loading', 'lazy');
        node.setAttribute('decoding', 'async');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitizes article HTML into a fragment that can be inserted once, as is. */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}, win: Window = window): DocumentFragment {
  const purifier = purifierFor(win);
  const forbidImages = options.loadImages === false ? ['img', 'picture'] : [];
  return purifier.sanitize(html, {
    ...ARTICLE_CONFIG,
    FORBID_TAGS: [...ARTICLE_CONFIG.FORBID_TAGS, ...forbidImages],
  }) as DocumentFragment;
}
