import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES, messageForInjectionError, restrictionFor } from '@/utils/restricted-pages';
import { useLocale } from './locale-messages';

describe('restrictionFor', () => {
  it('names pages where browsers forbid extensions', () => {
    expect(restrictionFor('chrome://settings')).toBe(MESSAGES.browserPage);
    expect(restrictionFor('edge://flags')).toBe(MESSAGES.browserPage);
    expect(restrictionFor('about:addons')).toBe(MESSAGES.browserPage);
    expect(restrictionFor('view-source:https://example.com/')).toBe(MESSAGES.browserPage);
    expect(restrictionFor('https://chromewebstore.google.com/detail/x')).toBe(MESSAGES.storePage);
    expect(restrictionFor('https://chrome.google.com/webstore/category/extensions')).toBe(MESSAGES.storePage);
    expect(restrictionFor('https://addons.mozilla.org/en-US/firefox/')).toBe(MESSAGES.storePage);
    expect(restrictionFor('chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html')).toBe(MESSAGES.extensionPage);
    expect(restrictionFor('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(MESSAGES.pdf);
  });

  it('lets ordinary pages through, including ones that only look alike', () => {
    for (const url of [undefined, 'https://example.com/', 'http://127.0.0.1:8080/a', 'https://addons.mozilla.org.evil.example/', 'https://news.example/chrome://']) {
      expect(restrictionFor(url), String(url)).toBeNull();
    }
  });
});

describe('messageForInjectionError', () => {
  it('explains file pages, PDFs, closed tabs and refusals', () => {
    expect(messageForInjectionError(new Error('Cannot access contents of url "file:///home/a.html".'), undefined)).toBe(MESSAGES.fileAccess);
    expect(messageForInjectionError(new Error('x'), 'https://example.com/report.pdf')).toBe(MESSAGES.pdf);
    expect(messageForInjectionError(new Error('No tab with id: 5.'), undefined)).toBe(MESSAGES.noTab);
    expect(messageForInjectionError(new Error('Cannot access contents of the page.'), 'https://example.com/')).toBe(MESSAGES.cannotAccess);
    expect(messageForInjectionError(new Error('Something odd'), 'https://example.com/')).toBe(MESSAGES.unexpected);
  });
});

describe('in the browser’s language', () => {
  afterEach(() => useLocale('en'));

  it('speaks German in a German browser', async () => {
    await useLocale('de');
    expect(restrictionFor('chrome://version')).toBe('Quiet Reader kann Browserseiten wie diese nicht lesen.');
    expect(MESSAGES.notArticle).toBe('Diese Seite sieht nicht wie ein Artikel aus.');
  });

  it('has a sentence for every reason in every locale', async () => {
    for (const locale of ['en', 'de']) {
      await useLocale(locale);
      for (const name of Object.keys(MESSAGES) as (keyof typeof MESSAGES)[]) {
        expect(MESSAGES[name], `${locale} ${name}`).toMatch(/\S.*[.]$/);
      }
    }
  });
});
