/**
 * News themes put the featured image, with its caption, just above the article body, and
 * Readability keeps only what sits inside the body it picks. The page names its lead image
 * in `og:image`; the figure that shows that image is the article's lead figure.
 */

import { contentContainer } from './readability-content';

const LEAD_IMAGE_META = 'meta[property="og:image"], meta[name="og:image"], meta[name="twitter:image"], meta[property="twitter:image"]';

/** Images narrower than this are icons, avatars or thumbnails, not a lead image. */
const MIN_LEAD_WIDTH = 200;

/** `value` as an absolute address against `base`, or null when it is none (a lazy image's address is read the same way). */
export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  return (value && URL.parse(value.trim(), base)?.href) || null;
}

/** Every address an image may load: src, the lazy-loading data-src kind, and each srcset entry. */
export function imageSources(image: Element, base: string): string[] {
  const values: (string | null | undefined)[] = [image.getAttribute('src'), image.getAttribute('data-src'), image.getAttribute('data-lazy-src')];
  for (const attribute of ['srcset', 'data-srcset']) {
    for (const candidate of (image.getAttribute(attribute) ?? '').split(',')) values.push(candidate.trim().split(/\s+/)[0]);
  }
  return values.map((value) => absoluteUrl(value, base)).filter((value): value is string => value !== null);
}

/** The `<figure>` that shows the page's og:image, or null. Call it on the cleaned page, before Readability. */
export function findLeadFigure(doc: Document): Element | null {
  const base = doc.baseURI;
  const lead = absoluteUrl(doc.querySelector(LEAD_IMAGE_META)?.getAttribute('content'), base);
  if (!lead) return null;
  for (const image of doc.querySelectorAll('figure img')) {
    const width = Number.parseInt(image.getAttribute('width') ?? '', 10);
    if (width > 0 && width < MIN_LEAD_WIDTH) continue;
    if (imageSources(image, base).includes(lead)) return image.closest('figure');
  }
  return null;
}

/** Puts the lead figure at the top of the article, unless the article already shows that image. */
export function restoreLeadFigure(article: Element, figure: Element): void {
  const base = article.ownerDocument.baseURI;
  const image = figure.querySelector('img');
  if (!image) return;
  const sources = new Set(imageSources(image, base));
  for (const shown of article.querySelectorAll('img')) {
    if (imageSources(shown, base).some((source) => sources.has(source))) return;
  }
  const copy = article.ownerDocument.importNode(figure, true);
  absolutizeUrls(copy, base);
  const container = contentContainer(article);
  container.prepend(copy);
}

/** Readability makes the addresses in its article absolute; the restored figure needs the same. */
function absolutizeUrls(root: Element, base: string): void {
  for (const element of [root, ...root.querySelectorAll('[src], [href], [srcset]')]) {
    for (const attribute of ['src', 'href']) {
      const absolute = absoluteUrl(element.getAttribute(attribute), base);
      if (absolute) element.setAttribute(attribute, absolute);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) {
      const entries = srcset.split(',').map((entry) => {
        const [url, ...descriptor] = entry.trim().split(/\s+/);
        return [absoluteUrl(url, base) ?? url, ...descriptor].join(' ');
      });
      element.setAttribute('srcset', entries.join(', '));
    }
  }
}
