/**
 * Query parameters that identify a click or a campaign, never the page. Prefix entries end
 * in `_` and match any parameter that starts with them.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'mc_eid', 'mc_cid', 'mkt_tok', '_hsenc', '_hsmi', '__hssc', '__hstc',
  '__hsfp', 'hsctatracking', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'vero_conv',
  'vero_id', 'wickedid', 'ncid', 'sr_share', 'cmpid', 'ocid', 'spm', 'scm', 'srsltid', 'si',
  'ref_src', 'ref_url', 'trk', 'trkCampaign', 'mbid', '_ga', '_gl', 'zanpid', 'irclickid', 'epik',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'piwik_', 'matomo_', 'hmb_', 'ga_', 'itm_', 'int_', 'stm_'];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(name) || TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/** Returns `href` without tracking parameters; anything that is not an http(s) URL comes back as is. */
export function stripTrackingParams(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return href;
  // forEach, not keys(): in a Firefox content script the page's URLSearchParams iterators are
  // not iterable (Xray wrappers), and spreading them throws.
  const names = new Set<string>();
  url.searchParams.forEach((_, name) => names.add(name));
  const tracking = [...names].filter(isTrackingParam);
  if (tracking.length === 0) return href;
  for (const name of tracking) url.searchParams.delete(name);
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}
