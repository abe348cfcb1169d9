import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales');

/** Every locale the extension ships, from the file names in locales/ (en.yml → en). */
export const LOCALES = readdirSync(LOCALES_DIR)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => basename(file, '.yml'))
  .sort();

export type ChromeMessages = Record<string, { message: string }>;

/** What the build writes to _locales/<locale>/messages.json (the same @wxt-dev/i18n conversion). */
export async function chromeMessages(locale: string): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(join(LOCALES_DIR, `${locale}.yml`))) as ChromeMessages;
}

/**
 * browser.i18n.getMessage over one messages.json, as browsers do it: names are
 * case-insensitive, $1–$9 are the substitutions, $$ is a dollar sign, an unknown name is ''.
 */
export function getMessageFrom(messages: ChromeMessages) {
  const byName = new Map(Object.entries(messages).map(([name, entry]) => [name.toLowerCase(), entry.message]));
  return (name: string, substitutions?: string | (string | number)[]): string => {
    const values = substitutions === undefined ? [] : [substitutions].flat().map(String);
    const message = byName.get(name.toLowerCase()) ?? '';
    return message.replace(/\$(\$|[1-9])/g, (_, token: string) => (token === '$' ? '$' : (values[Number(token) - 1] ?? '')));
  };
}

/** Makes the fake browser's i18n answer in `locale`, as a browser set to that language would. */
export async function useLocale(locale: string): Promise<void> {
  fakeBrowser.i18n.getMessage = getMessageFrom(await chromeMessages(locale));
}
