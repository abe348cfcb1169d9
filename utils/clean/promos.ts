import { looksLikeArticleText, nameWords } from './block';
import { textOf } from '../text';
import { isHeading, isPartOfSentence, nextContentSibling, type ChromeRule } from './rule';

/** Promo boxes by their names: newsletters, appeals, related and popular stories. */
const PROMO_NAME = nameWords(
  [
    'newsletters?|newsletter-?(?:signup|box|form|cta)|subscribe|subscription|signup|sign-up|paywall|donate|donation',
    'support-?(?:us|box|journalism)|membership|related(?:-?(?:posts?|articles?|stories|content|links|reads?|news))?',
    'jp-relatedposts|yarpp-related|crp_related|more-?stories|more-?articles|read-?more-?(?:box|links|articles)|also-?read|read-?also',
    'recommended|recommendations|popular(?:-?posts)?|most-?(?:read|popular|viewed|shared)|trending|promo(?:tion)?|upsell|cta(?:-?(?:box|banner|block))?',
    'app-?(?:promo|download|banner)|inline-?(?:related|promo)|next-?(?:article|post|story)|previous-?(?:article|post|story)|post-?navigation|nav-?links',
  ].join('|'),
);

/** "Also read: <link>" and its kin: a lead phrase and then a link to another story. */
const PROMO_LEAD =
  /^(?:also read|read also|read more|read next|more from|more on this|related|related (?:stories|articles|posts|reading|reads|content)|recommended|don'?t miss|must read|trending|popular now|you m(?:ay|ight) also like|also see|see also|also watch|watch|listen|read|suggested)\s*[:|–—-]/i;

/** Headings that introduce a list of other stories. */
const PROMO_HEADING =
  /^(?:related(?: articles| posts| stories| content| reading| reads| links| news| guides| resources| searches| topics)?|recommended(?: reading| for you| articles| posts| stories)?|read (?:next|more|also)|more (?:from|on|stories|articles|posts|news|like this|to read|reading)\b.*|you (?:may|might|will) (?:also )?(?:like|love|enjoy|be interested in)\b.*|other (?:posts|articles|stories) you may (?:like|enjoy)|what others are reading|(?:good |more )?articles to read(?: together| next)?|popular(?: posts| now| articles| stories| on \S+)?|most (?:read|popular|viewed|shared)(?: articles| stories| posts)?|latest(?: news| posts| articles| stories)?|recent(?: posts| articles| stories)|trending(?: now| stories| articles| news)?|editor'?s picks?|top stories|don'?t miss|keep reading|continue reading|up next)\W*$/i;

/** Appeals to subscribe, sign up, donate or install, and the commercial disclosures of affiliate posts. */
const APPEAL =
  /\b(?:subscribe (?:to (?:our|the|my)|now|today|for (?:free|more|updates))|sign up (?:for|to) (?:our|the|my|a free)|(?:our|my|the) (?:free |weekly |daily )*newsletter|support(?:ing)? (?:our|independent|quality|local) (?:[\w-]+ )?journalism|if you(?:'re|’re| are)? (?:enjoy|valu|appreciat)\w* (?:this|our) (?:article|story|post|journalism|reporting|work)\b[^.!?]{0,40}\b(?:support|subscri|donat)\w*|become a (?:paid )?(?:member|subscriber|supporter|patron)|paid subscription|donate (?:now|today)|download (?:our|the) (?:free )?app|get (?:our|the) app|join (?:us|our) (?:on|channel|community|mailing list)|subscribe to our channels?|start (?:your|a) free trial|(?:book|schedule|request) a demo|get (?:a|your) (?:free )?quote|request a (?:free )?quote|talk to (?:our|an?) (?:[\w-]+ ){0,3}experts?|(?:schedule|book) (?:your|a) (?:free )?(?:consultation|call)|(?:(?:this|our) (?:story|article|work|journalism|site|newsroom|reporting) )?(?:is|are) (?:funded|supported|made possible) by (?:readers|listeners|viewers|members|people) like you|add (?:[\w.'’-]+ ){0,3}as (?:a )?preferred source|follow (?:us|me) on|subscribe here|sign up (?:now|today|here)|delivered (?:right |straight )?to your inbox|by (?:signing up|subscribing|submitting|registering)\b[^.!?]{0,60}?\byou (?:agree|consent|acknowledge)|support (?:us|me)(?=\s*[!.:])|sponsor (?:this|our|my) (?:newsletter|podcast|show|blog|channel)|help (?:me|us) spread the word|join (?:the|our|my) (?:facebook|discord|slack|telegram|whatsapp|reddit|linkedin) (?:group|server|community|channel)|did you (?:make|try) (?:this|one of my|my|the) recipes?(?=\?)|(?:(?:this|the) (?:article|story|post) is )?exclusive to (?:[\w+.'’-]+ ){1,3}(?:subscribers|members)|unlock (?:this|the full) (?:article|story|piece|post)|since you(?:'ve|’ve| have)? (?:made it|read) (?:this far|to the (?:bottom|end))|(?:we|i) have a (?:small )?favou?r to ask|already (?:have an account|a (?:member|subscriber))\?\s*(?:log|sign) ?in|(?:get|receive)\b[^.!?]{0,60}?\b(?:to|in) your inbox)\b/i;

/** The title of a newsletter box: "Get the best stories in your inbox", "Receive our tips, delivered to your inbox". */
const INBOX_TITLE = /^(?:get|receive|sign up for)\b[^.!?]{0,60}\b(?:to|in) your inbox\W*$/i;

const DISCLOSURE =
  /\b(?:(?:this|the) (?:post|article|page|content|review|guide) (?:may )?contains? (?:affiliate|sponsored)|(?:we|i) (?:may |might |will |can )?(?:earn|receive|get) (?:a )?(?:small )?(?:commissions?|compensation|fees?)|(?:is|are) (?:a )?reader-supported|(?:may|might) contain affiliate links|(?:we|i) (?:also )?use affiliate links|advertiser disclosure|affiliate disclosure|products are (?:chosen|selected) independently)\b/i;

/** Longest text of a promo box; a block past it holds more than an appeal. */
const PROMO_BOX_TEXT = 600;
/** Longest text of an appeal or a disclosure found by its words alone. */
const APPEAL_TEXT = 300;
/** Longest text of a promo box's title. */
const PROMO_TITLE_TEXT = 80;
/** How far into a block an appeal may start and still be what the block is about. */
const APPEAL_LEAD = 10;

/** A heading, or a short paragraph that is all bold: how themes title a list of other stories. */
function isHeadingLike(element: Element, text: string): boolean {
  if (isHeading(element)) return true;
  if (!element.matches('p, div') || text.length > 80) return false;
  const bold = element.querySelector('strong, b');
  return bold !== null && textOf(bold) === text;
}

/**
 * Every word in bold or italics: how sites set their own plugs apart from the story ("Want more?
 * Sign up for our newsletter"), where an appeal may sit anywhere in the line.
 */
function isAllEmphasized(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    const emphasis = node.parentElement?.closest('em, i, strong, b');
    if (!emphasis || !element.contains(emphasis)) return false;
  }
  return true;
}

/** What ends a sentence or a phrase set apart: the text before an appeal that opens one ends so. */
const SENTENCE_END = /(?:^|[.!?:;|•·–—-]|\p{So})\s*$/u;

/** Whether the appeal at `index` opens a sentence ("... for free. Subscribe now") rather than sits in one ("you might want to follow me on"). */
function opensSentence(text: string, index: number): boolean {
  return SENTENCE_END.test(text.slice(0, index));
}

/** Whether the block holds a link, a button or a form (a fieldset, as unclobberedClone leaves forms). */
function hasControl(element: Element): boolean {
  return element.matches('a[href], button, input') || element.querySelector('a[href], button, input, fieldset') !== null;
}

/** Longest text of a line that is one link to another story: a headline, not a paragraph. */
const LINK_LINE_TEXT = 150;

/** A paragraph or item that is one link and nothing else: a story's headline, set on its own line. */
function isLinkLine(element: Element): boolean {
  if (!element.matches('p, li, div')) return false;
  const links = element.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const text = textOf(element);
  return text.length > 0 && text.length <= LINK_LINE_TEXT && textOf(links[0]!) === text;
}

/**
 * The headlines that follow a "Read more:" title one paragraph each, as many news sites set
 * them (the list form is matched above): `first` and the link lines after it, or none.
 */
function linkLines(first: Element): Element[] {
  const lines: Element[] = [];
  for (let line: Element | null = first; line && isLinkLine(line); line = nextContentSibling(line)) lines.push(line);
  return lines;
}

/** Longest text of an item of a list of teasers: a line or two about another story. */
const TEASER_TEXT = 200;

/**
 * A list whose every item is a line or two with a link in it ("Explore how <a>bootcamps</a> cater
 * to..."): under a promo's heading, teasers of other pages, however few of their words the links hold.
 */
function isTeaserList(list: Element): boolean {
  const items = list.matches('ul, ol') ? [...list.children] : [];
  return items.length >= 2 && items.every((item) => item.querySelector('a[href]') && textOf(item).length <= TEASER_TEXT);
}

/** A short line of text on its own, not a link or a button: how themes title a rail of cards. */
function isTitleLine(element: Element, text: string): boolean {
  return text.length <= PROMO_TITLE_TEXT && element.matches('p, div') && !hasControl(element);
}

/** A button, a form field, or a link alone on its line: what a box asks the reader to press. */
function hasCallToAction(element: Element): boolean {
  if (element.querySelector('button, input, fieldset')) return true;
  for (const link of element.querySelectorAll('a[href]')) if (link.parentElement && isLinkLine(link.parentElement)) return true;
  return false;
}

/**
 * A box titled with an appeal ("We have a small favor to ask", "Sign up for our newsletter"),
 * then its pitch and a button: the title opens the box and holds the appeal. (A section of the
 * article under such a heading has its links in its sentences.)
 */
function isAppealBox(element: Element, text: string): boolean {
  const appeal = APPEAL.exec(text);
  if (!appeal || appeal.index >= APPEAL_LEAD || !hasCallToAction(element)) return false;
  const title = element.querySelector('h2, h3, h4, h5, h6, p');
  const titleText = textOf(title);
  return title !== null && titleText.length >= appeal.index + appeal[0].length && text.startsWith(titleText) && isHeadingLike(title, titleText);
}

export const promoRule: ChromeRule = {
  kind: 'promo',
  match(block) {
    const { element, names, text, long, linkDensity } = block;
    if (!text && !element.querySelector('img, iframe')) return null;
    if (PROMO_NAME.test(names) && !looksLikeArticleText(block) && (long ? false : text.length <= PROMO_BOX_TEXT || linkDensity > 0.5)) {
      return [element];
    }
    if (long || block.inFurniture) return null;
    if (text.length <= PROMO_BOX_TEXT && PROMO_LEAD.test(text) && linkDensity > 0.4) return [element];
    // The words first: they rule out nearly every block without asking the DOM.
    if (PROMO_HEADING.test(text)) {
      const list = nextContentSibling(element);
      // Left alone at the end of its block (its cards built by a script, or removed above), a
      // heading or a short title line such as "You might like" introduces nothing any more.
      if (!list && (isHeading(element) || isTitleLine(element, text))) return [element];
      if (list && !isHeading(list) && isHeadingLike(element, text)) {
        const listLinks = list.querySelectorAll('a[href]').length;
        const listText = textOf(list);
        let linked = 0;
        for (const link of list.querySelectorAll('a')) linked += textOf(link).length;
        if ((listLinks >= 2 && listText.length > 0 && linked / listText.length > 0.5) || isTeaserList(list)) return [element, list];
        const links = linkLines(list);
        if (links.length > 0) return [element, ...links];
      }
    }
    if (text.length <= PROMO_BOX_TEXT && text.length > APPEAL_TEXT && isAppealBox(element, text)) return [element];
    // An appeal leads its block or is mostly links; a paragraph that only mentions subscribing is neither.
    if (text.length > APPEAL_TEXT) return null;
    const appeal = isPartOfSentence(element) ? null : APPEAL.exec(text);
    if (appeal && hasControl(element) && (appeal.index < APPEAL_LEAD || (linkDensity > 0.3 && opensSentence(text, appeal.index)) || isAllEmphasized(element))) {
      return [element];
    }
    // The title of an appeal box stays behind when the box's form is gone (scripts build it, or
    // Readability took it out).
    if (appeal && appeal.index < APPEAL_LEAD && isHeadingLike(element, text)) return [element];
    if (text.length <= PROMO_TITLE_TEXT && INBOX_TITLE.test(text)) return [element];
    if (DISCLOSURE.test(text)) return [element];
    return null;
  },
};
