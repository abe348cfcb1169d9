import type { RemovalKind } from '../article';
import { collapseWhitespace } from '../text';
import type { RemovalLog } from './removal-log';

/**
 * Rules for the parts of a news page that surround the article: share bars, comment
 * sections, ad slots, promos and the site's own widgets. They look at class names, ids,
 * roles and short texts that sites of every kind use, never at one site's markup, and they
 * only fire on small, link-heavy or clearly labelled blocks: when in doubt, keep it.
 */

/** Longest text (in characters) a block may have and still be called chrome by its name alone. */
const SHORT_BLOCK = 200;
const PROMO_BLOCK = 600;

function tokens(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
}

function textOf(element: Element): string {
  return collapseWhitespace(element.textContent ?? '');
}

/** Share of the block's text that sits inside links (0 to 1). */
function linkDensity(element: Element, text: string): number {
  if (!text) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += collapseWhitespace(link.textContent ?? '').length;
  return Math.min(1, linked / text.length);
}

function hasArticleStructure(element: Element): boolean {
  return element.querySelectorAll('p').length >= 3 && textOf(element).length > PROMO_BLOCK;
}

const SHARE_NAME = /(?:^|[\s_-])(?:share|sharing|social|sociable|addthis|sharethis|shareaholic|share-?bar|social-?share|follow-?us)(?:$|[\s_-])/;
const SHARE_LINK = /(?:facebook\.com\/sharer|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|api\.whatsapp\.com\/send|wa\.me\/\?|telegram\.me\/share|t\.me\/share|pinterest\.com\/pin\/create|reddit\.com\/submit|^mailto:\?)/i;
const COMMENT_NAME = /(?:^|[\s_-])(?:comments?|comment-?(?:respond|form|list|area|section|count|link)|respond|disqus(?:_thread)?|discussion|replies|reply-?form)(?:$|[\s_-])/;
const AD_NAME = /(?:^|[\s_-])(?:ad|ads|adsbygoogle|ad-?(?:slot|unit|wrap(?:per)?|container|box|banner|label|placeholder)|advert|adverts|advertisement|advertising|sponsored-?ad|dfp|gpt-?ad|td-a-rec|taboola|outbrain|dianomi)(?:$|[\s_-])/;
const PROMO_NAME = /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|paywall|donate|donation|support-?(?:us|box|journalism)|membership|related(?:-?(?:posts|articles|stories|content|links))?|more-?stories|read-?more|also-?read|recommended|popular|most-?(?:read|popular|viewed)|trending|promo|promotion|cta)(?:$|[\s_-])/;
const WIDGET_NAME = /(?:^|[\s_-])(?:font-?(?:size|resize|resizer)|text-?(?:size|resize)|print-?(?:button|link)|email-?(?:button|link)|toolbar|breadcrumbs?|tags?-?(?:list|links)?|post-?tags)(?:$|[\s_-])/;

const PROMO_LEAD = /^(?:also read|read also|read more|more from|related|see also|recommended|don'?t miss|watch|listen|must read|trending|popular now|you may also like|you might also like)\s*[:|–—-]/i;
const PROMO_PHRASE = /\b(?:subscribe (?:to|now|for)|sign up for (?:our|the)|our newsletter|support (?:our|independent|quality) journalism|become a (?:member|subscriber|supporter)|paid subscription|donate (?:now|today)|download (?:our|the) app|follow us on|join (?:us|our) (?:on|channel)|subscribe to our channels?)\b/i;
const AD_LABEL = /^(?:advertisement|advertising|sponsored|ad|anzeige|publicité|publicidad|pubblicità|story continues below advertisement|article continues below)$/i;

interface Rule {
  kind: RemovalKind;
  matches(element: Element, text: string): boolean;
}

const RULES: Rule[] = [
  {
    kind: 'ad',
    matches: (element, text) =>
      (AD_NAME.test(tokens(element)) && text.length < SHORT_BLOCK) ||
      element.tagName === 'INS' ||
      AD_LABEL.test(text),
  },
  {
    kind: 'share',
    matches: (element, text) => {
      if (text.length > SHORT_BLOCK) return false;
      if (SHARE_NAME.test(tokens(element))) return true;
      const links = [...element.querySelectorAll('a[href]')];
      return links.length >= 2 && links.filter((a) => SHARE_LINK.test(a.getAttribute('href') ?? '')).length >= 2;
    },
  },
  {
    kind: 'comments',
    matches: (element, text) =>
      (COMMENT_NAME.test(tokens(element)) && !hasArticleStructure(element)) ||
      (element.tagName === 'FORM' && element.querySelector('textarea') !== null) ||
      (text.length < SHORT_BLOCK && /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+\s+comments?|comments?\s*\(\d+\)|join the (?:discussion|conversation))/i.test(text)),
  },
  {
    kind: 'promo',
    matches: (element, text) => {
      if (text.length === 0 || text.length > PROMO_BLOCK) return false;
      if (PROMO_NAME.test(tokens(element)) && !hasArticleStructure(element)) return true;
      if (PROMO_LEAD.test(text) && linkDensity(element, text) > 0.4) return true;
      return PROMO_PHRASE.test(text) && text.length < SHORT_BLOCK * 2;
    },
  },
  {
    kind: 'widget',
    matches: (element, text) => WIDGET_NAME.test(tokens(element)) && text.length < SHORT_BLOCK / 2,
  },
];

const CANDIDATES = 'div, section, aside, nav, ul, ol, p, span, form, ins, footer, header, figure';

/** Elements that hold the article itself are never removed as chrome, whatever their names. */
function isProtected(element: Element): boolean {
  return element.matches('article, main, [role="main"], body, html, h1') || element.querySelector('h1') !== null;
}

/** Removes chrome blocks under `root`; returns the number removed. */
export function removePageChrome(root: ParentNode, log: RemovalLog): number {
  let count = 0;
  for (const element of root.querySelectorAll(CANDIDATES)) {
    if (!element.isConnected || isProtected(element)) continue;
    const text = textOf(element);
    const rule = RULES.find((candidate) => candidate.matches(element, text));
    if (rule) {
      log.remove(element, rule.kind);
      count += 1;
    }
  }
  return count;
}
