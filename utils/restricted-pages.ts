/**
 * Pages where browsers forbid extensions to run scripts, and the sentence a reader sees
 * for each. Pure logic on the tab's URL.
 */
import { i18n } from '#i18n';

/**
 * The sentences, in the browser's language (locales/*.yml, `error.*`). Each is looked up when
 * it is read, through the browser's i18n, so this module can be imported before it is needed.
 */
export const MESSAGES = {
  get browserPage() { return i18n.t('error.browserPage'); },
  get storePage() { return i18n.t('error.storePage'); },
  get extensionPage() { return i18n.t('error.extensionPage'); },
  get fileAccess() { return i18n.t('error.fileAccess'); },
  get pdf() { return i18n.t('error.pdf'); },
  get notArticle() { return i18n.t('error.notArticle'); },
  get noTab() { return i18n.t('error.noTab'); },
  get tooLarge() { return i18n.t('error.tooLarge'); },
  get timedOut() { return i18n.t('error.timedOut'); },
  get cannotAccess() { return i18n.t('error.cannotAccess'); },
  get unexpected() { return i18n.t('error.unexpected'); },
};

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
