import { join } from 'node:path';
import { parseMessagesFile, SUPPORTED_LOCALES } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { chromeMessages, LOCALES, LOCALES_DIR } from './locale-messages';

const DEFAULT_LOCALE = 'en';

/** Each message key with what a translation must keep: its $n substitutions and whether it is a plural. */
async function messageShapes(locale: string): Promise<Record<string, string>> {
  const messages = await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`));
  return Object.fromEntries(
    messages
      .filter((message) => !message.key[0]?.startsWith('@@'))
      .map((message) => [message.key.join('.'), `${message.type === 'plural' ? 'plural' : 'text'}, ${message.substitutions} substitution(s)`]),
  );
}

describe('locales', () => {
  it('ship English and at least one more language, all of them ones browsers know', () => {
    expect(LOCALES).toContain(DEFAULT_LOCALE);
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
    for (const locale of LOCALES) expect(SUPPORTED_LOCALES.has(locale), locale).toBe(true);
  });

  it.each(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE))('%s has exactly the English keys, with the same substitutions and plurals', async (locale) => {
    expect(await messageShapes(locale)).toEqual(await messageShapes(DEFAULT_LOCALE));
  });

  it.each(LOCALES)('%s names its own language (for <html lang>)', async (locale) => {
    expect((await chromeMessages(locale)).language?.message).toBe(locale.replace('_', '-'));
  });

  it.each(LOCALES)('%s has no empty message', async (locale) => {
    const empty = Object.entries(await chromeMessages(locale)).filter(([, entry]) => !entry.message.trim());
    expect(empty).toEqual([]);
  });

  it('plurals have one form for 1 and one for other counts', async () => {
    for (const locale of LOCALES) {
      const messages = await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`));
      for (const message of messages) {
        if (message.type === 'plural') expect(Object.keys(message.plurals).sort(), `${locale} ${message.key.join('.')}`).toEqual(['1', 'n']);
      }
    }
  });
});
