/**
 * Pages where browsers forbid extensions to run scripts, and the sentence a reader sees
 * for each. Pure logic on the tab's URL.
 */

export const MESSAGES = {
  browserPage: 'Quiet Reader can’t read browser pages like this one.',
  storePage: 'Browsers don’t let extensions read extension store pages.',
  extensionPage: 'Quiet Reader can’t read pages of other extensions.',
  fileAccess:
    'To read files on this computer, turn on “Allow access to file URLs” for Quiet Reader on the browser’s Extensions page.',
  pdf: 'Quiet Reader can’t read PDF files.',
  notArticle: 'This page doesn’t look like an article.',
  noTab: 'There is no page to read in this tab.',
  tooLarge: 'This page is too large to read.',
  timedOut: 'This page took too long to read. Try again once it has finished loading.',
  cannotAccess: 'The browser doesn’t let extensions read this page.',
  unexpected: 'Quiet Reader couldn’t read this page.',
} as const;

const STORE_PAGES = [
  /^https:\/\/chrome\.google\.com\/webstore(?:[/?#]|$)/,
  /^https:\/\/chromewebstore\.google\.com(?:[/?#]|$)/,
  /^https:\/\/addons\.mozilla\.org(?:[/?#]|$)/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons(?:[/?#]|$)/,
  /^https:\/\/addons\.opera\.com(?:[/?#]|$)/,
];

const BROWSER_SCHEMES = [
  'chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'view-source:', 'devtools:',
  'chrome-search:', 'chrome-untrusted:', 'resource:', 'jar:', 'javascript:', 'data:', 'blob:',
];

/** Why the page at `url` cannot be read, or null when the browser lets extensions read it. */
export function restrictionFor(url: string | undefined): string | null {
  if (!url) return null;
  const lower = url.toLowerCase();
  if (lower.startsWith('chrome-extension://') || lower.startsWith('moz-extension://') || lower.startsWith('extension://')) {
    return lower.includes('/pdf') || lower.includes('mhjfbmdgcfjbbpaeojofohoefgiehjai') ? MESSAGES.pdf : MESSAGES.extensionPage;
  }
  if (BROWSER_SCHEMES.some((scheme) => lower.startsWith(scheme))) return MESSAGES.browserPage;
  if (STORE_PAGES.some((pattern) => pattern.test(lower))) return MESSAGES.storePage;
  return null;
}

/** The sentence for an error thrown while injecting into or reading from a tab. */
export function messageForInjectionError(error: unknown, url: string | undefined): string {
  const text = error instanceof Error ? error.message : String(error);
  const restriction = restrictionFor(url);
  if (restriction) return restriction;
  // Without the tabs permission the tab's URL is often unknown; the browser's error names it.
  if (url?.toLowerCase().startsWith('file:') || /\bfile:\/\//i.test(text)) return MESSAGES.fileAccess;
  if (/\.pdf(?:[?#]|$)/i.test(url ?? '') || /PDF/.test(text)) return MESSAGES.pdf;
  if (/No tab with id|Invalid tab ID/i.test(text)) return MESSAGES.noTab;
  if (/Cannot access|cannot be scripted|Missing host permission|Missing activeTab/i.test(text)) return MESSAGES.cannotAccess;
  return MESSAGES.unexpected;
}
