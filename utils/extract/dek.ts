/**
 * The dek (standfirst, subtitle): the sentence or two right under the headline that sums the
 * story up. Themes put it in the header, beside the headline, so Readability, which keeps only
 * the body it picks, leaves it out. Found on the page before Readability takes it apart, and put
 * back at the top of the article when the article does not already say it.
 */
import { readBlock } from '../clean/block';
import { textOf } from '../text';
import { contentContainer } from './readability-content';

/** Names themes and CMSs give a dek, matched anywhere in a class name ("HeroSubtitle", "mobile_Ingress"). */
const DEK_NAME = /standfirst|stand-first|subtitle|sub-title|subhead|sub-head|ingress|strapline|summary|excerpt|(?:^|[\s_-])(?:dek|deck|lede|intro|lead|sapo|chapo)(?:$|[\s_-])/i;

/** The same words closing a camelCase name ("Hero_dekContainer", "articleLede"): a capital follows. */
const CAMEL_CASE_DEK_NAME = /(?:^|[\s_-]|[a-z])(?:[Dd]ek|[Dd]eck|[Ll]ede|[Ii]ntro|[Ss]tandfirst)[A-Z]/;

/** Names of what else sits under a headline: the byline, dates, share bars, labels. */
const NOT_DEK_NAME = /byline|author|date|time|meta|share|social|tag|categor|breadcrumb|kicker|eyebrow|label|badge|rating|price|button|caption|credit/i;

/** A byline, a date or an update line, not a summary (unless a block named a dek says it as a sentence). */
const META_LINE = /^(?:by|from|written by|posted|published|updated|last updated|reviewed|edited|photo|image|credit)\b/i;
/** How a sentence ends ("...these are the cameras to buy."); a byline or a section's title does not. */
const SENTENCE_END = /[.!?…]["'”’)]?$/;

const MIN_DEK_TEXT = 30;
/** A dek may link a word or two, never a call to action ("Calculate project →"). */
const MAX_DEK_LINK_DENSITY = 0.1;
const MAX_DEK_TEXT = 400;
/** An unnamed block under the headline is a dek only when it reads like a sentence. */
const MIN_UNNAMED_WORDS = 8;
/** An unnamed h2 under the headline is a dek only with this many words: a section's title is shorter. */
const MIN_UNNAMED_HEADING_WORDS = 16;
/** How many blocks after the headline may hold the dek (a byline or share bar may come first). */
const SIBLINGS_LOOKED_AT = 3;
/** How many wrappers up from the headline to look when the headline sits alone in one. */
const LEVELS_UP = 2;

function hasText(element: Element): boolean {
  return (element.textContent ?? '').trim() !== '';
}

/** How many paragraphs in `element` say something (themes leave empty ones around a dek). */
function paragraphsWithText(element: Element): number {
  let count = 0;
  for (const paragraph of element.getElementsByTagName('p')) if (hasText(paragraph)) count += 1;
  return count;
}

/** The dek's text when `element` is one, else null. `named` says whether its names may be asked for. */
function dekText(element: Element, first: boolean): string | null {
  if (!element.matches('p, div, h2')) return null;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  const named = DEK_NAME.test(names) || CAMEL_CASE_DEK_NAME.test(names);
  if (NOT_DEK_NAME.test(names)) return null;
  if (!named && !first) return null;
  // A dek is a line or two: no headings, figures, lists or paragraphs of its own, no dates.
  if (element.querySelector('h1, h2, h3, h4, h5, h6, figure, img, ul, ol, time, button') || paragraphsWithText(element) > 1) return null;
  // The block's own words (not the text of a <style> or <script> inside it), and how much is links.
  const { text, long, linkDensity } = readBlock(element);
  if (long || text.length < MIN_DEK_TEXT || text.length > MAX_DEK_TEXT) return null;
  if (META_LINE.test(text) && !(named && SENTENCE_END.test(text))) return null;
  if (!named) {
    // An unnamed subheading under the headline is a dek only when it is a long sentence, not a section's (or a paper's) title.
    const heading = element.tagName === 'H2';
    if (heading && !SENTENCE_END.test(text)) return null;
    if (text.split(' ').length < (heading ? MIN_UNNAMED_HEADING_WORDS : MIN_UNNAMED_WORDS) || linkDensity > 0) return null;
  }
  return linkDensity > MAX_DEK_LINK_DENSITY ? null : text;
}

/**
 * The text of the dek under the page's headline (headline.ts), or null. Call it on the cleaned
 * page, before Readability. Only the few blocks right after the headline are read.
 */
export function findDek(headline: Element | null): string | null {
  let anchor = headline;
  for (let level = 0; anchor && level <= LEVELS_UP; level += 1) {
    let seen = 0;
    for (let sibling = anchor.nextElementSibling; sibling && seen < SIBLINGS_LOOKED_AT; sibling = sibling.nextElementSibling) {
      if (!hasText(sibling)) continue;
      const text = dekText(sibling, seen === 0);
      if (text) return text;
      seen += 1;
    }
    // Climb only out of a wrapper that holds the headline alone.
    if (seen > 0) return null;
    anchor = anchor.parentElement;
    if (!anchor || anchor.tagName === 'BODY') return null;
  }
  return null;
}

/** How many opening words of the dek the article must say for the dek to be left out. */
const OPENING_WORDS = 6;

/**
 * Puts the dek at the top of the article as a paragraph, unless the article already says its
 * opening words: the dek itself, or a summary drafted from the lead that starts as it does.
 */
export function restoreDek(article: Element, dek: string): void {
  const said = textOf(article);
  if (said.includes(dek.split(' ', OPENING_WORDS).join(' '))) return;
  const paragraph = article.ownerDocument.createElement('p');
  paragraph.textContent = dek;
  const container = contentContainer(article);
  container.prepend(paragraph);
}
