import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/chromium';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

export const E2E_BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * A sentence as the built extension says it in `locale` (its _locales/<locale>/messages.json),
 * by its key in locales/<locale>.yml, e.g. `builtMessage('en', 'error.notArticle')`.
 */
export function builtMessage(locale: string, key: string): string {
  const messages: Record<string, { message: string }> = JSON.parse(
    readFileSync(join(E2E_BUILD, '_locales', locale, 'messages.json'), 'utf8'),
  );
  const message = messages[key.replaceAll('.', '_')]?.message;
  if (message === undefined) throw new Error(`No message ${key} in locale ${locale}`);
  return message;
}

const BLANK_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function isOffSite(url: URL): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost';
}

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
}

/** Starts the fixture server and Chromium with the e2e build for the test file; stops them after. */
export function useHarness(launch: LaunchOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await serveFolder(FIXTURES);
    harness.browser = await launchWithExtension(E2E_BUILD, launch);
    // The network is closed here: answer off-site images with a blank one, so the reader shows
    // an article's images as it would online instead of logging failed loads.
    await harness.browser.context.route(isOffSite, (route) =>
      route.request().resourceType() === 'image' ? route.fulfill({ contentType: 'image/gif', body: BLANK_GIF }) : route.continue(),
    );
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** The part of the extension API that tests call from an extension page through `page.evaluate`. */
declare global {
  const chrome: {
    scripting: object;
    storage: {
      sync: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> };
      local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> };
    };
  };
}
