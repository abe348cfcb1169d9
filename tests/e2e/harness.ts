import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

export const E2E_BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

const BLANK_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function isOffSite(url: URL): boolean {
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost';
}

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
}

/** Starts the fixture server and Chromium with the e2e build for the test file; stops them after. */
export function useHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await serveFolder(FIXTURES);
    harness.browser = await launchWithExtension(E2E_BUILD);
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
