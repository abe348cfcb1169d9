import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/chromium';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

export const E2E_BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-e2e');
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

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
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
