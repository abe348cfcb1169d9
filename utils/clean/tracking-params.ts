/**
 * Query parameters that identify a click, a campaign or a mailing, never the page. Kept here
 * rather than taken from a library: the maintained libraries (tidy-url and its forks) carry
 * per-site rules and redirect unwrapping, about 35 kB minified, which would take the content
 * script past its 70 kB budget for a few hundred bytes of names. The list follows the global
 * rules of ClearURLs, Firefox's and Brave's query stripping lists and the parameters of the
 * big ad, mail and analytics platforms. Entries are lower case and compared lower-cased.
 */
const TRACKING_PARAMS = new Set([
  // Ad click identifiers.
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'gad', 'gad_source', 'gad_campaignid', 'msclkid', 'yclid',
  'ymclid', 'ysclid', 'twclid', 'ttclid', 'li_fat_id', 'epik', 'rdt_cid', 'scclid', 'irclickid', 'rb_clickid',
  'unicorn_click_id', 'zanpid', 'cjevent', 'cjdata', 'awc', 'ranmid', 'raneaid', 'ransiteid', 'clickid', 'dicbo',
  // Social shares.
  'igshid', 'igsh', 'si', 'sr_share', 'ref_src', 'ref_url', 'action_object_map', 'action_type_map', 'action_ref_map',
  // Mail and marketing automation.
  'mc_eid', 'mc_cid', 'mkt_tok', 'hsctatracking', 'ss_email_id', 'et_rid', 'sc_customer', 'sc_eh', 'sc_uid', 'bbeml',
  'wickedid', 'mbid', 'spreadid', 'rrid', 'vgo_ee',
  // Site analytics and attribution.
  '_ga', '_gl', '_kx', '_openstat', 's_cid', 's_kwcid', 'ncid', 'cmpid', 'ocid', 'spm', 'scm', 'srsltid', 'trk',
  'trkcampaign', 'trkinfo', 'mtm_cid', 'pk_cid', 'ito', 'xtor', 'cvid', 'wt_mc', 'wt.mc_id', 'yj_r', '__s', 'ttd_ref',
]);

/**
 * Families of parameters, matched by prefix: campaign tags (utm_, Matomo's, Piwik's...) and the
 * names one platform gives all its own (Facebook's fb_, HubSpot's _hs and __hs, Eloqua's elq,
 * Blueshift's bsft_, comScore's ns_, Salesforce Marketing Cloud's sfmc_...).
 */
const TRACKING_PREFIXES = [
  'utm_', 'pk_', 'mtm_', 'piwik_', 'matomo_', 'hmb_', 'itm_', 'stm_', 'ga_', 'hsa_', 'ir_', 'cm_mmc', 'fb_', '_hs', '__hs',
  'vero_', 'oly_', 'ml_subscriber', 'bsft_', 'at_recipient_', 'sfmc_', 'elq', 'ns_', 'trk_', '_branch_', 'guce_', 'soc_', 'oft_',
];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Splits an http(s) URL into what comes before its query, the query's pairs, and the fragment. */
function splitQuery(href: string): { base: string; pairs: string[]; fragment: string } | null {
  // Most links have no query: nothing to split, and no URL to parse.
  if (!href.includes('?')) return null;
  const protocol = URL.parse(href)?.protocol;
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  const hashAt = href.indexOf('#');
  const withoutFragment = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const fragment = hashAt >= 0 ? href.slice(hashAt) : '';
  const queryAt = withoutFragment.indexOf('?');
  if (queryAt < 0) return { base: withoutFragment, pairs: [], fragment };
  const pairs = withoutFragment.slice(queryAt + 1).split('&').filter((pair) => pair !== '');
  return { base: withoutFragment.slice(0, queryAt), pairs, fragment };
}

/** The tracking parameters in `href`, by name. */
export function trackingParamNames(href: string): string[] {
  const parts = splitQuery(href);
  return parts ? [...new Set(parts.pairs.map(paramName).filter(isTrackingParam))] : [];
}

/**
 * Returns `href` without tracking parameters. The other parameters are kept byte for byte (a
 * URL object would re-encode them); anything that is not an http(s) URL comes back as is.
 */
export function stripTrackingParams(href: string): string {
  const parts = splitQuery(href);
  if (!parts) return href;
  const kept = parts.pairs.filter((pair) => !isTrackingParam(paramName(pair)));
  if (kept.length === parts.pairs.length) return href;
  return `${parts.base}${kept.length ? `?${kept.join('&')}` : ''}${parts.fragment}`;
}
