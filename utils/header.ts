/**
 * The header the reader shows (title, byline, site name), finished in the extension page from
 * what the content script found: its texts repaired where the page garbled them, and the title
 * without the site's name. Pages title themselves "Headline | Site", "Headline – Site" or
 * "Site › Headline", in their <title> and often in the metadata Readability prefers (og:title,
 * JSON-LD), so its title keeps the site's name, which the reader shows on a line of its own.
 * Only a part the page itself marks as the site's goes: what follows the page's headline, the
 * name the page gives itself (og:site_name), or the name in its address.
 */
import type { Article } from './article';
import { repairMojibake } from './mojibake';
import { collapseWhitespace, lettersAndDigits, MONTH_NAME } from './text';

/** Between the parts of a title: a bar, a dash, a bullet or an arrow, with spaces around (a colon joins a title and its subtitle). */
const SEPARATOR = /^\s+(?:[|\-–—·•»›/\\]|::)\s+\S/;
const SEPARATOR_BEFORE = /\S\s+(?:[|\-–—·•»›/\\]|::)\s+$/;

/** Fewest words a title keeps: a single word left over is a section or a tagline, not the title. */
const MIN_TITLE_WORDS = 2;

/** The same words, case, quotes and dashes aside, each character in its place: `title.slice` can cut where this matches. */
function folded(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

function words(text: string): number {
  return text.split(' ').length;
}

/** "Headline | Site" or "Site | Headline": the title without the name the site gives itself, or null. */
function withoutSiteName(whole: string, key: string, site: string): string | null {
  const rest =
    key.endsWith(site) && SEPARATOR_BEFORE.test(key.slice(0, -site.length))
      ? whole.slice(0, -site.length).replace(/\s+\S+\s+$/, '')
      : key.startsWith(site) && SEPARATOR.test(key.slice(site.length))
        ? whole.slice(site.length).replace(/^\s+\S+\s+/, '')
        : '';
  return rest && words(rest) >= MIN_TITLE_WORDS ? rest : null;
}

/** The spaced separators of a title, wherever they are. */
const SEPARATORS = /\s+(?:[|\-–—·•»›/\\]|::)\s+/g;
/** Most words of a site's name at the end of a title ("| Bridgestone Tires"): more is a subtitle. */
const MAX_SITE_NAME_WORDS = 5;
/** Parts of a host name that every site shares, or that name a version of the site rather than the site. */
const SHARED_LABELS = new Set(['www', 'm', 'amp', 'co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

/** The names a site goes by in its address, letters and digits only: "newegg" for promotions.newegg.com. */
function addressNames(url: string | undefined): string[] {
  const host = URL.parse(url ?? '')?.hostname;
  if (!host) return [];
  return host
    .split('.')
    .slice(0, -1)
    .filter((label) => !SHARED_LABELS.has(label))
    .map(lettersAndDigits)
    .filter((name) => name.length >= 3 && !/^\d+$/.test(name));
}

/**
 * "Headline | Newegg.com", "Headline - Slashdot", "Leadfeeder | Headline": the title without the
 * part its own address names, or null. At the end the name may go on ("| TheFocus.AI Labs");
 * at the start, where a newsletter puts its own title ("Signal #18 – The World Without Work?"),
 * it must be the name alone.
 */
function withoutAddressName(whole: string, url: string | undefined): string | null {
  const names = addressNames(url);
  const separators = [...whole.matchAll(SEPARATORS)];
  const first = separators[0];
  const last = separators.at(-1);
  if (names.length === 0 || !first || !last) return null;
  const tail = whole.slice(last.index + last[0].length);
  const beforeTail = whole.slice(0, last.index);
  if (words(tail) <= MAX_SITE_NAME_WORDS && names.some((name) => lettersAndDigits(tail).startsWith(name)) && words(beforeTail) >= MIN_TITLE_WORDS) {
    return beforeTail;
  }
  const afterLead = whole.slice(first.index + first[0].length);
  return names.includes(lettersAndDigits(whole.slice(0, first.index))) && words(afterLead) >= MIN_TITLE_WORDS ? afterLead : null;
}

/**
 * `title` without the site's name, when the page marks which part that is (its headline, the
 * name it gives itself) or its address names it; otherwise `title` as it is.
 */
export function titleWithoutSiteName(title: string, headline: string | null, siteName: string | null, url?: string): string {
  const whole = collapseWhitespace(title);
  const key = folded(whole);
  // Lower-casing changed a length (a dotted İ): the cuts below would fall in the wrong places.
  if (key.length !== whole.length) return title;
  const site = folded(collapseWhitespace(siteName ?? ''));
  const heading = folded(collapseWhitespace(headline ?? ''));
  // "Headline | Site, tagline". A headline that is the site's name is its logo, not the article's.
  if (heading && heading !== site && words(heading) >= MIN_TITLE_WORDS && key.startsWith(heading) && SEPARATOR.test(key.slice(heading.length))) {
    return whole.slice(0, heading.length);
  }
  return (site && withoutSiteName(whole, key, site)) || withoutAddressName(whole, url) || title;
}

/**
 * The named character references sites leave in the text of their metadata: a CMS that escapes
 * a title for HTML and then writes it into JSON-LD ("Headline &bull; Site"), where nothing
 * decodes it again. Readability decodes the five of XML and numbered ones; these are the rest
 * that titles use.
 */
const LEFT_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', ndash: '–', mdash: '—', bull: '•', middot: '·', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', amp: '&',
};

function withEntitiesDecoded(text: string): string {
  return text.includes('&') ? text.replace(/&([a-z]+);/gi, (reference, name: string) => LEFT_ENTITIES[name.toLowerCase()] ?? reference) : text;
}

/**
 * What introduces the name in a byline: "By", "Written by:", "Posted by", "Author:", or "By" set
 * against the name ("ByAmy Roe"; case-sensitive there, so "Byron" and "BYRON" stay whole).
 */
const BYLINE_LABEL = /^(?:(?:[Ww]ritten|[Pp]osted|[Tt]ext|[Ww]ords|[Ss]tory|[Rr]ecipe|[Aa]uthored) [Bb]y|[Bb][Yy]|[Aa]uthors?)(?:\s*:\s*|\s+|(?=\p{Lu}\p{Ll}))/u;
/** A date as bylines give it: "Mar 27, 2024", "4th August 2010 at 6:01 am", "2022-11-23T08:10+02:00". */
const DATE = String.raw`(?:${MONTH_NAME} \d\d?[a-z]{0,2},? \d{4}|\d\d?[a-z]{0,2} ${MONTH_NAME},? \d{4}|\d{4}-\d\d-\d\d(?:T[\d:.+-]*)?)(?:,? (?:at )?\d\d?:\d\d(?: ?[ap]\.?m\.?)?)?`;
/** The date a byline ends with, and what sets it off: " - Mar 27, 2024", "Published on July 18, 2025". */
const BYLINE_DATE_AFTER = new RegExp(String.raw`\s*(?:[-–—•|·,]\s*|\s+on\s+|(?:published|(?:last )?updated)(?: on)?:?\s*)?${DATE}.*$`, 'i');
/** The date a byline starts with: "Dec 17, 2025 · Julian Roe". */
const BYLINE_DATE_BEFORE = new RegExp(`^${DATE}[\\s·•|–—-]*`, 'i');

/**
 * The name in a byline, as the header shows it beside the date: without the label before it
 * and the date before or after it (the header shows the date on its own), white space
 * collapsed. None when only a date was there.
 */
export function bylineName(byline: string): string | null {
  const name = collapseWhitespace(byline).replace(BYLINE_LABEL, '').replace(BYLINE_DATE_BEFORE, '').replace(BYLINE_DATE_AFTER, '').replace(BYLINE_LABEL, '');
  return /\p{L}/u.test(name) ? name : null;
}

/** The header as the reader shows it: one place says what is done to it. */
export function readerHeader<T extends Pick<Article, 'url' | 'title' | 'headline' | 'byline' | 'siteName'>>(found: T): T {
  const repaired = (text: string) => withEntitiesDecoded(repairMojibake(text));
  const repair = (text: string | null) => text && repaired(text);
  const headline = repair(found.headline);
  const siteName = repair(found.siteName);
  return {
    ...found,
    title: titleWithoutSiteName(repaired(found.title), headline, siteName, found.url),
    headline,
    byline: found.byline && bylineName(repaired(found.byline)),
    siteName,
  };
}
