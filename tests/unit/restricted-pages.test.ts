import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES, messageForInjectionError, restrictionFor } from '@/utils/restricted-pages';
import { useLocale } from './locale-messages';

describe('restrictionFor', () => {
  it('names pages browsers keep from extensions', () => {
    expect(restrictionFor('chrome://version')).toBe('Quiet Reader can’t read browser pages like this one.');
    expect(restrictionFor('about:blank')).toBe(MESSAGES.browserPage);
    expect(restrictionFor('https://chromewebstore.google.com/detail/x')).toBe(MESSAGES.storePage);
    expect(restrictionFor('https://addons.mozilla.org/en-US/firefox/')).toBe(MESSAGES.storePage);
    expect(restrictionFor('moz-extension://abc/page.html')).toBe(MESSAGES.extensionPage);
  });

  it('lets ordinary pages through', () => {
    expect(restrictionFor('https://example.com/news/story')).toBeNull();
    expect(restrictionFor('https://addons.mozilla.org.example.com/')).toBeNull();
    expect(restrictionFor(undefined)).toBeNull();
  });
});

describe('messageForInjectionError', () => {
  it('explains file pages and PDFs', () => {
    expect(messageForInjectionError(new Error('Cannot access contents of url'), 'file:///home/a.html')).toBe(MESSAGES.fileAccess);
    expect(messageForInjectionError(new Error('x'), 'https://example.com/report.pdf')).toBe(MESSAGES.pdf);
    expect(messageForInjectionError(new Error('Missing host permission for the tab'), 'https://example.com/')).toBe(
      MESSAGES.cannotAccess,
    );
    expect(messageForInjectionError('something odd', 'https://example.com/')).toBe(MESSAGES.unexpected);
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
