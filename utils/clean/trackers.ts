import type { RemovalLog } from './removal-log';

/** Hosts that serve analytics, ad and social beacons; matched on the host and its subdomains. */
const TRACKER_HOSTS = [
  'google-analytics.com', 'googletagmanager.com', 'googlesyndication.com', 'doubleclick.net',
  'googleadservices.com', 'adservice.google.com', 'scorecardresearch.com', 'quantserve.com',
  'chartbeat.net', 'chartbeat.com', 'facebook.com', 'facebook.net',
  'analytics.twitter.com', 't.co', 'ads-twitter.com', 'bat.bing.com', 'clarity.ms', 'hotjar.com',
  'newrelic.com', 'nr-data.net', 'omtrdc.net', '2o7.net', 'demdex.net', 'everesttech.net',
  'krxd.net', 'bluekai.com', 'adnxs.com', 'criteo.com', 'criteo.net', 'taboola.com', 'outbrain.com',
  'amazon-adsystem.com', 'moatads.com', 'parsely.com', 'parse.ly', 'mathtag.com', 'rlcdn.com',
  'pixel.wp.com', 'stats.wp.com', 'imrworldwide.com', 'cxense.com', 'sc-static.net', 'snap.licdn.com',
  'px.ads.linkedin.com', 'ct.pinterest.com', 'analytics.tiktok.com', 'yandex.ru',
  'hs-analytics.net', 'segment.io', 'segment.com', 'mixpanel.com', 'amplitude.com', 'branch.io',
  'adsrvr.org', 'rubiconproject.com', 'pubmatic.com', 'openx.net', 'casalemedia.com', 'tapad.com',
];

/** Path shapes of beacon endpoints, which take their data in the query: /collect?…, /pixel?…, /tr?… */
const BEACON_ENDPOINT = /\/(?:collect|pixel|beacon|track(?:ing)?|tr|impression|imp|hit|log|count(?:er)?|p|b|t)(?:\.(?:gif|png|php|jpg))?(?:[/?]|$)/i;
/** Files that are nothing but a pixel, with or without a query. */
const BEACON_FILE = /\/(?:pixel|blank|spacer|clear|transparent|1x1|tracker?|beacon)\.(?:gif|png|jpg)$/i;

const TRACKER_HOST_SET = new Set(TRACKER_HOSTS);

export function isTrackerHost(hostname: string): boolean {
  // The host, then each domain it belongs to ("a.b.example.com", "b.example.com", "example.com",
  // "com"): a lookup each, where comparing with every tracker would take sixty.
  for (let domain = hostname.toLowerCase(); ; ) {
    if (TRACKER_HOST_SET.has(domain)) return true;
    const dot = domain.indexOf('.');
    if (dot < 0) return false;
    domain = domain.slice(dot + 1);
  }
}

function parseUrl(value: string | null, base: string): URL | null {
  // Inline images (data:) reach no host; they can be long, and need no parsing to know it.
  return !value || value.startsWith('data:') ? null : URL.parse(value, base);
}

/** `width: 1px` or `height: 0px` in an inline style, built once rather than for every image. */
const STYLE_DIMENSION = {
  width: /(?:^|;)\s*width\s*:\s*(\d+)px/i,
  height: /(?:^|;)\s*height\s*:\s*(\d+)px/i,
};

function dimension(element: Element, name: 'width' | 'height'): number | null {
  const attribute = element.getAttribute(name);
  if (attribute !== null && /^\s*\d+(?:px)?\s*$/.test(attribute)) return Number.parseInt(attribute, 10);
  const style = element.getAttribute('style') ?? '';
  const match = STYLE_DIMENSION[name].exec(style);
  return match?.[1] ? Number.parseInt(match[1], 10) : null;
}

function isHiddenByStyle(element: Element): boolean {
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** An image that exists to be requested, not to be seen: a beacon or tracking pixel. */
export function isTrackingImage(image: Element): boolean {
  const url = parseUrl(image.getAttribute('src'), image.baseURI);
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
    if (isTrackerHost(url.hostname)) return true;
    if (BEACON_ENDPOINT.test(url.pathname) && url.search.length > 0) return true;
    if (BEACON_FILE.test(url.pathname)) return true;
  }
  const width = dimension(image, 'width');
  const height = dimension(image, 'height');
  if ((width !== null && width <= 2) || (height !== null && height <= 2)) return true;
  return isHiddenByStyle(image);
}

/** Removes tracking pixels, beacon `<noscript>` fallbacks and tracker frames. */
export function removeTrackers(root: ParentNode, log: RemovalLog): void {
  for (const noscript of root.querySelectorAll('noscript')) {
    // Parsed with scripting on, <noscript> holds raw text: look inside it as markup.
    const markup = noscript.textContent ?? '';
    if (/<img\b/i.test(markup) && /<img\b[^>]*\b(?:width|height)\s*=\s*["']?[01]\b/i.test(markup)) {
      log.remove(noscript, 'tracker');
      continue;
    }
    const image = noscript.querySelector('img');
    if (image && isTrackingImage(image)) log.remove(noscript, 'tracker');
  }
  for (const image of root.querySelectorAll('img')) {
    if (isTrackingImage(image)) log.remove(image, 'tracker');
  }
  for (const frame of root.querySelectorAll('iframe')) {
    const url = parseUrl(frame.getAttribute('src'), frame.baseURI);
    if ((url && isTrackerHost(url.hostname)) || isHiddenByStyle(frame) || dimension(frame, 'height') === 0) {
      log.remove(frame, 'tracker');
    }
  }
}
