/**
 * The author as a page states it for link previews, in the label and data pairs of its Twitter
 * card: `twitter:label1` "Written by", `twitter:data1` the name. WordPress's Yoast SEO writes
 * them on every post (a quarter of the WCXB articles have them), and many such pages name the
 * author nowhere else Readability looks: no byline class, no author meta, no JSON-LD name.
 */
const AUTHOR_LABEL = /^\s*(?:written by|author)\s*$/i;
/** WordPress's default account: a site that posts as it names no author. */
const NO_AUTHOR = /^(?:admin|administrator)$/i;

export function cardAuthor(doc: Document): string | null {
  for (const label of doc.querySelectorAll('meta[name^="twitter:label"]')) {
    if (!AUTHOR_LABEL.test(label.getAttribute('content') ?? '')) continue;
    const index = (label.getAttribute('name') ?? '').slice('twitter:label'.length);
    if (!/^\d+$/.test(index)) continue;
    const data = doc.querySelector(`meta[name="twitter:data${index}"]`)?.getAttribute('content')?.trim();
    if (data) return NO_AUTHOR.test(data) ? null : data;
  }
  return null;
}
