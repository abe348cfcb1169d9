import { type Block, nameWords } from './block';
import { type ChromeRule, isPartOfSentence } from './rule';

/** Share and follow bars by the names themes and share plugins give them. */
const SHARE_NAME = nameWords(
  'share[rs]?|sharing|social|sociable|social-?(?:share|sharing|links|icons|media|buttons|bar|follow)|addthis|addtoany|a2a_kit|sharethis|shareaholic|sharedaddy|share-?(?:bar|buttons|links|icons|tools)|follow-?us|jp-relatedposts-share',
);

/** Links that share the page on a network, or mail it. */
const SHARE_LINK =
  /(?:facebook\.com\/(?:sharer|share\.php|dialog\/share)|twitter\.com\/(?:intent|share)|x\.com\/(?:intent|share)|linkedin\.com\/(?:share|sharing|cws\/share|shareArticle)|api\.whatsapp\.com\/send|whatsapp:\/\/send|wa\.me\/\?|telegram\.me\/share|t\.me\/share|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|tumblr\.com\/(?:share|widgets\/share)|vk\.com\/share|getpocket\.com\/(?:save|edit)|news\.ycombinator\.com\/submitlink|bsky\.app\/intent|threads\.net\/intent|flipboard\.com\/bookmarklet|^mailto:\?)/i;

/** A site's own profiles on the networks, as "Follow us" bars link them. */
const PROFILE_LINK =
  /^https?:\/\/(?:www\.)?(?:facebook\.com|twitter\.com|x\.com|instagram\.com|youtube\.com|linkedin\.com|t\.me|telegram\.me|tiktok\.com|pinterest\.[a-z.]+|threads\.net|bsky\.app|mastodon\.social|whatsapp\.com|snapchat\.com|reddit\.com\/r)\//i;

/** A share bar holds buttons and a label or two, never a paragraph. */
const SHARE_BAR_TEXT = 200;
const FOLLOW_LEAD = /^(?:follow us|follow me|connect with us|find us on|stay connected|join us on|like us on facebook)\b/i;

/** A share button on its own, as newsletter platforms set one between paragraphs ("Share", "Share this post"). */
const SHARE_BUTTON_TEXT = /^share(?: this(?: post| article| story| page)?)?$/i;

/** What a follow button says: a network's name or nothing at all (an icon). */
const NETWORK_NAME =
  /^(?:facebook|twitter|x|instagram|youtube|linkedin|telegram|tiktok|pinterest|threads|bluesky|mastodon|whatsapp|snapchat|reddit|rss|e-?mail|mail|follow(?: us)?(?: on \w+)?)?$/i;

/** How many of `links` share the page (counted, not listed: most blocks have no link at all). */
function shareLinks(links: readonly Element[]): number {
  let count = 0;
  for (const link of links) if (SHARE_LINK.test(link.getAttribute('href') ?? '')) count += 1;
  return count;
}

/** Links to profiles that are buttons (icons or network names), not words of an article ("Nike's Instagram"). */
function profileButtons(links: readonly Element[]): number {
  let count = 0;
  for (const link of links) {
    if (!PROFILE_LINK.test(link.getAttribute('href') ?? '')) continue;
    if (!NETWORK_NAME.test((link.textContent ?? '').trim())) return 0;
    count += 1;
  }
  return count;
}

function isShareBar(block: Block): boolean {
  const { element, names, text, long, links } = block;
  if (long || text.length > SHARE_BAR_TEXT) return false;
  if (SHARE_NAME.test(names) && (links.length > 0 || element.querySelector('button, svg, i, img') || text.length < 40)) return true;
  if (shareLinks(links) >= 2) return true;
  // The word alone is no sentence; on a link or a button it is the page's own control.
  if (SHARE_BUTTON_TEXT.test(text) && !isPartOfSentence(element) && (element.matches('a[href], button') || links.length === 1 || element.querySelector('button'))) return true;
  // "Follow us" bars: the site's profiles and next to no words of their own.
  const profiles = profileButtons(links);
  return (profiles >= 2 && profiles === links.length && text.length < 80) || (profiles >= 1 && FOLLOW_LEAD.test(text) && text.length < 80);
}

export const shareRule: ChromeRule = {
  kind: 'share',
  // A captioned photo is the article's, whatever its share buttons make its name ("fig--has-shares")
  // or add to its links; the buttons inside go as blocks of their own.
  match: (block) => (isShareBar(block) && !block.element.matches('figure, :has(figcaption)') ? [block.element] : null),
};
