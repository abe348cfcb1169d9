/**
 * Lazy-loading pages ship each image with a stand-in (`src="data:image/svg+xml,…"`, a 1×1 GIF,
 * or no `src` at all) and its address in another attribute (`data-src`, `data-lazy-src`,
 * `data-srcset`…), for their script to swap in as it scrolls into view. The reader runs no page
 * script, so it swaps them itself. Readability's own swap leaves out an SVG or URL-encoded stand-in
 * (WordPress lazy-loading plugins use both) and never sees what the pipeline restores around its
 * article: the pipeline runs this instead, once, on the finished article.
 */

import { absoluteUrl } from './lead-image';

/** An image file's address alone in an attribute: "photo.jpg", "//cdn.example/photo.webp?w=900". */
const ONE_ADDRESS = /^\s*(\S+\.(?:jpe?g|png|webp|avif)\S*)\s*$/i;
/** The first address of a srcset list: "photo-300.jpg 300w, photo-1024.jpg 1024w", "photo.jpg, photo@2x.jpg 2x". */
const FIRST_OF_LIST = /^\s*(\S+\.(?:jpe?g|png|webp|avif)\S*?)(?:,|\s+\d)/i;
/**
 * Attributes not to take an address from: the stand-in itself, words that may name a file, and
 * the image's own srcset, which the reader never loads (the sanitizer drops it, and a page may
 * list there addresses it never shows): only what a page sets aside for its lazy-loading script.
 */
const NOT_AN_ADDRESS = new Set(['src', 'srcset', 'alt', 'title']);

/**
 * Longest base64 payload of a stand-in image: about 100 bytes, a blank pixel or two (Readability
 * judges stand-ins by the same length).
 */
const MAX_STAND_IN_BASE64 = 133;

/**
 * Whether an inline image draws nothing: an SVG with nothing inside its `<svg>` (the stand-in
 * that keeps a lazy image's size), or a few bytes of any other kind. Such an image left in the
 * article is a blank the size of the photo it stood in for.
 */
function drawsNothing(src: string): boolean {
  const comma = src.indexOf(',');
  const type = src.slice('data:'.length, comma);
  const data = src.slice(comma + 1);
  const isBase64 = type.endsWith(';base64');
  if (!type.startsWith('image/svg')) return isBase64 && data.length < MAX_STAND_IN_BASE64;
  try {
    return !/<(?!\/?svg\b)/i.test(isBase64 ? atob(data) : decodeURIComponent(data));
  } catch {
    // Not what it claims to be: it shows nothing either way, but leave that to the browser.
    return false;
  }
}

/** The address a lazy image or figure keeps aside for its script, or undefined. */
function lazyAddress(element: Element): string | undefined {
  const values = [...element.attributes].filter(({ name }) => !NOT_AN_ADDRESS.has(name)).map(({ value }) => value);
  // An address alone (data-src) is the image at full size; a list's first may be a thumbnail.
  for (const pattern of [ONE_ADDRESS, FIRST_OF_LIST]) {
    for (const value of values) {
      const address = pattern.exec(value)?.[1];
      if (address) return address;
    }
  }
  return undefined;
}

/**
 * Gives every image under `root` that shows only a stand-in the address its page keeps aside,
 * made absolute (the reader drops relative ones), and a figure that has no image but names one
 * an image of it. A stand-in with no address to swap in, which would show as a blank, goes.
 * An image with an address of its own keeps it, and so does an inline image that draws something.
 */
export function showLazyImages(root: Element): void {
  const base = root.ownerDocument.baseURI;
  for (const element of root.querySelectorAll('img, figure')) {
    const isImage = element.localName === 'img';
    const src = element.getAttribute('src');
    if (isImage ? src && !src.startsWith('data:') : element.querySelector('img, picture')) continue;
    const url = absoluteUrl(lazyAddress(element), base);
    if (url) (isImage ? element : element.appendChild(element.ownerDocument.createElement('img'))).setAttribute('src', url);
    else if (src && drawsNothing(src)) element.remove();
  }
}
