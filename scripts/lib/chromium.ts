import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The part of the extension API the helpers call from an extension page. */
declare const chrome: {
  tabs: {
    create(properties: { url: string; active: boolean }): Promise<{ id?: number }>;
    get(tabId: number): Promise<{ status?: string }>;
  };
  storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
};

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The id Chromium gives an unpacked extension: the first 32 hex digits of the SHA-256 of its path, 0-f mapped to a-p. */
export function unpackedExtensionId(directory: string): string {
  const hex = createHash('sha256').update(resolve(directory)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  /** Opens `url` in a new tab through the tabs API and returns the tab's id, once loaded unless told not to wait. */
  openTab(url: string, options?: { waitForLoad?: boolean }): Promise<number>;
  /** Stores reader settings as the extension does (storage.sync, current version). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Extra command-line switches, e.g. `--lang=de`. */
  args?: string[];
}

/** Starts Chromium with the unpacked extension in `extensionDir` loaded, in a fresh profile. */
export async function launchWithExtension(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const directory = resolve(extensionDir);
  if (!existsSync(join(directory, 'manifest.json'))) {
    throw new Error(`No extension build in ${directory}: run the build first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'quiet-reader-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 800 },
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${directory}`,
      `--load-extension=${directory}`,
      ...(options.args ?? []),
    ],
  });
  const extensionId = unpackedExtensionId(directory);
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  let controlPage: Page | null = null;
  // An extension page is needed to call extension APIs; it is given a tab id that does not exist.
  const extensionPage = async (): Promise<Page> => {
    if (!controlPage) {
      controlPage = await context.newPage();
      await controlPage.goto(extensionUrl('popup.html?tabId=2147483647'));
    }
    return controlPage;
  };
  const setSettings = async (settings: Record<string, unknown>) => {
    const page = await extensionPage();
    await page.evaluate((value) => chrome.storage.sync.set({ settings: value, settings$: { v: 2 } }), settings);
  };
  const openTab = async (url: string, { waitForLoad = true } = {}): Promise<number> => {
    const page = await extensionPage();
    // No named functions inside: tsx would wrap them in a helper that does not exist in the page.
    return page.evaluate(async ({ target, wait }) => {
      const tab = await chrome.tabs.create({ url: target, active: true });
      const id = tab.id;
      if (id === undefined) throw new Error('tab has no id');
      if (!wait) return id;
      for (;;) {
        if ((await chrome.tabs.get(id)).status === 'complete') return id;
        await new Promise((resume) => setTimeout(resume, 25));
      }
    }, { target: url, wait: waitForLoad });
  };

  return {
    context,
    extensionId,
    extensionUrl,
    openTab,
    setSettings,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface ReaderPage {
  page: Page;
  state: string;
  /** Console errors and uncaught exceptions seen in the reader page. */
  errors: string[];
}

/** Opens the reader (popup page) for a tab at popup size and waits until it leaves the loading state. */
export async function openReader(browser: ExtensionBrowser, tabId: number, path = 'popup.html'): Promise<ReaderPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(browser.extensionUrl(`${path}?tabId=${tabId}`));
  await page.waitForSelector('#reader:not([data-state="loading"])', { timeout: 30_000 });
  const state = (await page.getAttribute('#reader', 'data-state')) ?? '';
  return { page, state, errors };
}
