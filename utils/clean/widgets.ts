import { firstText, textOf } from '../text';
import { type Block, looksLikeArticleText, nameWords, namesOf } from './block';
import { BYLINE_NAME } from './byline';
import { isHeading, isPartOfSentence, nextContentSibling, previousContentSibling, type ChromeRule } from './rule';

/** The site's own tools and navigation inside the article: text size, print, a wiki's [edit] links, breadcrumbs, tags, author boxes. */
const WIDGET_NAME = nameWords(
  [
    // Not "font-size" alone: editors name typography that way (has-medium-font-size, text-size-l).
    'font-?resizer?|text-?resizer?|(?:font|text)-?size-?(?:widget|controls?|buttons?|changer|selector|switcher|tool)',
    '(?:print|email)-?(?:button|link|this)|editsection',
    'toolbar|article-?tools|post-?tools|breadcrumb(?:s|-?(?:trail|nav))?|crumbs|tags|tags?-?(?:list|links|cloud)|post-?tags|entry-?tags|tagcloud',
    'reading-?time|skip-?(?:link|to-?content)|(?:back|scroll|go)-?to-?top',
    // A video player's controls and their labels (video.js, JW Player, MediaElement, Plyr); the reader shows no video.
    'control-?bar|mejs-controls|plyr-controls|big-play-button',
  ].join('|'),
);

/** Author boxes: the author's photo, a short biography and links to their other posts. */
const AUTHOR_BOX_NAME = nameWords(
  'author-?(?:bio|box|info|card|profile|details|about|description|block)|about[-_]?(?:the[-_]?)?author|bio-?box|post-?author-?(?:bio|box)',
);

/** Tables of contents by their names (theme and plugin names: ez-toc, lwptoc, rank-math-toc, …). */
const TOC_NAME = nameWords(
  'toc(?:-?(?:container|wrapper|list|widget))?|table-?of-?contents|ez-toc(?:-container)?|lwptoc|rank-math-toc|wp-block-table-of-contents|jump-?links|article-?nav',
);
const TOC_HEADING = /^(?:table of contents|contents|in this (?:article|post|guide|story)|on this page|jump to(?: section)?|skip to section|quick links|sections)\W*(?:\[?hide\]?\s*\[?show\]?)?\W*$/i;

/** Longest text of a table of contents' title. */
const TOC_TITLE_TEXT = 40;
const CONTAINERS = 'div, nav, ul, ol, section, aside';

/** Links and labels of the page's own controls, alone in their block, maybe with an arrow ("↑ Back to top"). */
const CONTROL_TEXT =
  /^[\s↑↓←→⇧⬆▲^]*(?:skip to (?:(?:main )?content|navigation|footer)|(?:back|go|scroll|return) to top|top of page|print(?: this)?(?: article| page| recipe)?|(?:show|hide) caption|email this(?: article| page)?|text size|font size|a-?\s*a\+|jump to recipe|save (?:this )?(?:article|story|for later)|pin (?:this |it )?for later!?|listen to (?:this )?(?:article|story)|rate this (?:article|post|story|page|recipe)|(?:how (?:useful|helpful) was|was|did you find) this (?:article|post|story|page)(?: helpful| useful)?\?|\d+\s*min(?:ute)?s? read|reading time:?\s*\d+\s*min(?:ute)?s?)[\s↑↓←→⇧⬆▲]*$/i;

/** The link that ends an author box ("View all posts by Jane Roe", WordPress themes' wording). */
const AUTHOR_ARCHIVE_LINK = /^(?:view|see|read|browse) (?:all|more) (?:posts|articles|stories) (?:by|from)\b/i;

/** An author box by its last link, to the author's other posts, after a biography of one paragraph (a short story ending so has more). */
function isAuthorBox(element: Element, links: readonly Element[]): boolean {
  const last = links[links.length - 1];
  return last !== undefined && AUTHOR_ARCHIVE_LINK.test(textOf(last)) && element.getElementsByTagName('p').length <= 1;
}

/**
 * A link on to another page of the story, to the story a teaser was of, or to a product's page
 * ("Learn more", "Shop now"), alone in its block: no part of the article in a reader.
 */
const READ_MORE = /^(?:read more|continue reading|(?:learn|see|find out) more|shop now|get started)\W*$/i;

/** The site's account prompt ("Sign in", "Log in to your XDA account"), not a step of a how-to (a heading) nor a link in a sentence. */
const SIGN_IN = /^(?:sign|log) ?in(?: to (?:your|my) [^.!?]{1,30} account)?$/i;

/** A link drawn as a button ("btn-primary", "wp-block-button__link"; "cta" is a promo's name). */
const BUTTON_NAME = nameWords('btn|button');
/** Longest label of such a button: a few words ("Get a Quote", "Try it free for 30 days"). */
const BUTTON_TEXT = 40;

/**
 * A link drawn as a button, alone in its block: the site's call to act ("Buy Poster", "Get a
 * Quote", "View Webcam", "Directions"), not a sentence of the article. A link in running text,
 * or one round an image, stays.
 */
function isButtonLink(element: Element, names: string, text: string): boolean {
  if (element.localName !== 'a' || !text || text.length > BUTTON_TEXT || !BUTTON_NAME.test(names) || element.querySelector(IMAGES)) return false;
  const parent = element.parentElement;
  if (!parent) return false;
  // Nothing beside it says a word. (Each sibling is read to its first word only: the parent may be a long article.)
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node !== element && (node.nodeType === 3 ? node.nodeValue!.trim() : node.nodeType === 1 && firstText(node))) return false;
  }
  return true;
}

/** "Tags:", "Filed under:", "More about:": the label of the site's topic links under a story. */
const TOPICS_LABEL = /^(?:tags?|tagged(?: with| in)?|topics?|categor(?:y|ies)|filed (?:under|in)|posted in|more about|related topics|keywords)\s*:/i;
/** Longest text of such a line of topics. */
const TOPICS_TEXT = 300;

/** A labelled line of topic links: past the label, its words are links (a sentence after "Category:" is mostly not). */
function isTopicLinks(text: string, linkDensity: number): boolean {
  const label = text.length < TOPICS_TEXT && TOPICS_LABEL.exec(text);
  return !!label && linkDensity * text.length >= 0.6 * (text.length - label[0].length);
}

/** A copyright line: the sign or the word, then a year or the reservation (not a sentence about copyright law). */
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|.*\ball rights reserved\b)/i;

/** Longest text of a widget found by its name; a toolbar says little. */
const WIDGET_TEXT = 400;
/** An author box found by its name holds a paragraph of biography and its links; a longer block so named is more than that. */
const AUTHOR_BOX_TEXT = 800;
const COPYRIGHT_TEXT = 200;
const BYLINE_LINE = /^(?:written|posted|published|reviewed|edited|fact[- ]checked|medically reviewed) by\s+\S/i;
const BYLINE_LINE_TEXT = 80;

/** "Published June 23, 2025", "Updated on Dec. 13, 2025 at 9:00", "Published Date: June 11, 2025", "Published 6 hours ago": a publication line, not a sentence. */
const PUBLISHED_LINE =
  /^(?:published|posted|updated|last updated|first published|last modified|originally published)(?: on| date)?:?\s+(?:[\w ,./-]{0,25}?\b(?:19|20)\d{2}(?:-\d{2}-\d{2})?(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?|(?:\d+|an?) (?:minute|hour|day|week|month|year)s? ago)\s*$/i;
/** "Jane Roe | 5 min read": a byline or date with the reading time, no sentence. */
const READING_TIME_LINE = /^[^.!?]{0,70}\b\d+\s*min(?:ute)?s?\s+read$/i;
const DATE_LINE_TEXT = 80;

/** How many wrappers up a line is looked for right under a heading. */
const CREDIT_WRAPPERS = 3;

/** A line set right under a section's heading, maybe in wrappers of its own (not itself a heading, as bylines set small are). */
function isSectionCredit(element: Element): boolean {
  if (isHeading(element)) return false;
  let line: Element | null = element;
  for (let level = 0; line && level <= CREDIT_WRAPPERS; level += 1, line = line.parentElement) {
    const before = previousContentSibling(line);
    if (before) return isHeading(before) && before.localName !== 'h1';
  }
  return false;
}

/** The element, or its parent, is named as the byline: Readability takes the byline from there. */
function inBylineBox(element: Element, names: string): boolean {
  const parent = element.parentElement;
  return BYLINE_NAME.test(names) || (parent !== null && BYLINE_NAME.test(namesOf(parent)));
}

/** Longest text of the label of a button that opens an image ("Press enter or click to view image in full size"). */
const IMAGE_BUTTON_LABEL_TEXT = 80;
const IMAGES = 'img, picture';
/** What such a label says: an instruction to enlarge the image. (A credit or a question on an accordion's button is no such thing.) */
const ENLARGE_IMAGE = /\b(?:click|tap|press|enlarge|zoom|expand|view)\b.*\b(?:enlarge|zoom|full[- ]?(?:size|screen)|expand|larger|image|photo|picture)\b|^(?:enlarge|zoom|expand)\W*$/i;

/**
 * The label of a control wrapped round an image, to zoom it: its words are the button's name for
 * screen readers (set apart by the site's styles), not the article's. The image stays; only the
 * label goes.
 */
function isImageButtonLabel(element: Element, text: string): boolean {
  const button = element.parentElement;
  return (
    text.length < IMAGE_BUTTON_LABEL_TEXT &&
    ENLARGE_IMAGE.test(text) &&
    button?.getAttribute('role') === 'button' &&
    element.querySelector(IMAGES) === null &&
    button.querySelector(IMAGES) !== null
  );
}

/** What a screen reader is told an image is, just before it ("Image", "Photo"): hidden from sight by the site's styles. */
const MEDIA_LABEL = /^(?:image|photo|photograph|picture|video|graphic|illustration)$/i;

function isMediaLabel(element: Element, text: string): boolean {
  if (!MEDIA_LABEL.test(text) || !element.matches('span, div, p') || element.querySelector(IMAGES) !== null) return false;
  const next = element.nextElementSibling;
  return next !== null && (next.matches(IMAGES) || next.querySelector(IMAGES) !== null);
}

/** A block of links that all point inside the page: a table of contents. */
function isInPageLinkList({ links, linkDensity }: Block): boolean {
  if (links.length < 3 || linkDensity < 0.6) return false;
  const inPage = links.filter((link) => (link.getAttribute('href') ?? '').startsWith('#')).length;
  return inPage / links.length >= 0.8;
}

export const widgetRule: ChromeRule = {
  kind: 'widget',
  match(block) {
    const { element, names, text, long, linkDensity } = block;
    // A table of contents is a container of links: a link named toc-backref is a heading's own
    // text, and a section named toc-para (a chapter of a paged guide) is prose.
    if (TOC_NAME.test(names) && element.matches(CONTAINERS) && linkDensity > 0.5 && !looksLikeArticleText(block)) return [element];
    if (!long && isInPageLinkList(block) && element.matches('ul, ol, nav, div')) {
      const heading = previousContentSibling(element);
      const headingText = textOf(heading);
      return heading && TOC_HEADING.test(headingText) ? [heading, element] : [element];
    }
    if (long) return null;
    // Its list is gone (built by a script, or removed above): the title introduces nothing.
    if (text.length < TOC_TITLE_TEXT && TOC_HEADING.test(text) && !nextContentSibling(element) && !element.querySelector('a[href]')) return [element];
    if (WIDGET_NAME.test(names) && text.length < WIDGET_TEXT) return [element];
    if ((AUTHOR_BOX_NAME.test(names) || isAuthorBox(element, block.links)) && text.length < AUTHOR_BOX_TEXT) return [element];
    if (text && (isImageButtonLabel(element, text) || isMediaLabel(element, text))) return [element];
    if (block.inFurniture) return null;
    if (CONTROL_TEXT.test(text) || isButtonLink(element, names, text) || (SIGN_IN.test(text) && !isHeading(element) && !isPartOfSentence(element))) return [element];
    if (READ_MORE.test(text) && block.linkDensity === 1 && !isPartOfSentence(element)) return [element];
    if (isTopicLinks(text, linkDensity)) return [element];
    // The byline repeated in the body (or as a small heading): the reader shows it in the header.
    // Under a section's heading it credits what the section is about ("Chit Chat / Published by
    // Helvetiq" in a list of games, a book and its author) and stays.
    if (text.length < BYLINE_LINE_TEXT && BYLINE_LINE.test(text) && !element.matches('h1, h2') && !isSectionCredit(element)) return [element];
    // The dateline and reading time repeated in the body. (A bare date stays: in a list of events it is content.)
    // Not where the page names its byline: Readability reads the byline from there.
    if (text.length < DATE_LINE_TEXT && (PUBLISHED_LINE.test(text) || READING_TIME_LINE.test(text)) && !element.matches('h1, h2') && !inBylineBox(element, names)) return [element];

    if (text.length < COPYRIGHT_TEXT && COPYRIGHT.test(text) && !isHeading(element)) return [element];
    return null;
  },
};
