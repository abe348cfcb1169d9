/**
 * The header the reader shows (title, byline, site name), finished in the extension page from
 * what the content script found: its texts repaired where the page garbled them, and the title
 * without the site's name. Pages title themselves "Headline | Site", "Headline – Site" or
 * "Site › Headline", in their <title> and often in the metadata Readability prefers (og:title,
 * JSON-LD), so its title keeps the site's name, which the reader shows on a line of its own.
 * Only a part the page itself marks as the site's goes: what follows the page's headline, or
 * the name the page gives itself (og:site_name).
 */
import type { Article } from './article';
import { repairMojibake } from './mojibake';
import { collapseWhitespace } from './text';

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

/** `title` without the site's name, when the page marks which part that is; otherwise `title` as it is. */
export function titleWithoutSiteName(title: string, headline: string | null, siteName: string | null): string {
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
  if (!site) return title;
  // "Headline | Site" or "Site | Headline", when the headline does not say which part is which.
  const rest =
    key.endsWith(site) && SEPARATOR_BEFORE.test(key.slice(0, -site.length))
      ? whole.slice(0, -site.length).replace(/\s+\S+\s+$/, '')
      : key.startsWith(site) && SEPARATOR.test(key.slice(site.length))
        ? whole.slice(site.length).replace(/^\s+\S+\s+/, '')
        : '';
  return rest && words(rest) >= MIN_TITLE_WORDS ? rest : title;
}

/** The header as the reader shows it: one place says what is done to it. */
export function readerHeader<T extends Pick<Article, 'title' | 'headline' | 'byline' | 'siteName'>>(found: T): T {
  const repair = (text: string | null) => text && repairMojibake(text);
  const headline = repair(found.headline);
  const siteName = repair(found.siteName);
  return {
    ...found,
    title: titleWithoutSiteName(repairMojibake(found.title), headline, siteName),
    headline,
    byline: repair(found.byline),
    siteName,
  };
}
