import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, readTextSize, type Settings } from './settings';

/**
 * Settings live in `storage.sync`, so they follow the user to their other browsers where the
 * browser syncs extension storage (elsewhere it behaves as local storage). The item is
 * versioned: each version bump adds a migration from the one before.
 */
const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 2,
  migrations: {
    // v1 held only the text size; v2 adds theme, font, spacing, width, images and per-site size.
    2: (v1: unknown) => normalizeSettings(v1),
  },
});

/**
 * Per-site text sizes can outgrow a sync item's 8 kB quota, so they stay in local storage,
 * capped to the most recently used sites.
 */
const siteTextSizesItem = storage.defineItem<Record<string, number>>('local:siteTextSizes', { fallback: {} });
export const MAX_SITE_TEXT_SIZES = 500;

/** Loads settings; a missing, old or corrupt value gives defaults for what cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

async function loadSiteTextSizes(): Promise<Record<string, number>> {
  try {
    const stored = await siteTextSizesItem.getValue();
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  } catch {
    return {};
  }
}

/** The text size saved for `site`, or null when there is none. */
export async function loadSiteTextSize(site: string): Promise<number | null> {
  const sizes = await loadSiteTextSizes();
  return Object.hasOwn(sizes, site) ? readTextSize(sizes[site]) : null;
}

async function saveSiteTextSize(site: string, size: number): Promise<void> {
  const sizes = await loadSiteTextSizes();
  delete sizes[site];
  sizes[site] = size;
  const recent = Object.entries(sizes).slice(-MAX_SITE_TEXT_SIZES);
  await siteTextSizesItem.setValue(Object.fromEntries(recent));
}

/** `storage.sync` allows 120 writes a minute: at most one write per interval, the last value wins. */
export const SAVE_INTERVAL_MS = 1_000;

export interface SettingsSaver {
  /** Saves `settings`; with `site`, the text size is saved for that site instead of globally. */
  save(settings: Settings, site?: string | null): void;
  /** Writes a pending change now (the popup can close at any moment). */
  flush(): Promise<void>;
}

export function createSettingsSaver(interval = SAVE_INTERVAL_MS): SettingsSaver {
  let pending: { settings: Settings; site: string | null } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  // Writes run one after another, so an older value never lands after a newer one.
  let writing: Promise<void> = Promise.resolve();

  const writeChange = async (change: { settings: Settings; site: string | null }) => {
    const settings = normalizeSettings(change.settings);
    try {
      if (settings.textSizePerSite && change.site) {
        await saveSiteTextSize(change.site, settings.textSize);
        // The global size stays what it was: only the other settings are written.
        const { textSize } = await loadSettings();
        await settingsItem.setValue({ ...settings, textSize });
      } else {
        await settingsItem.setValue(settings);
      }
    } catch {
      // Storage can refuse (quota, sync disabled by policy): the change still applies to this view.
    }
  };

  const write = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const change = pending;
    pending = null;
    if (change) writing = writing.then(() => writeChange(change));
    return writing;
  };

  return {
    save(settings, site = null) {
      pending = { settings, site };
      if (timer) return;
      // Leading edge: the first change is written at once, so closing the popup right away keeps it.
      void write();
      timer = setTimeout(() => void write(), interval);
    },
    flush: write,
  };
}
