import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

/**
 * Settings live in `storage.sync`, so they follow the user to their other browsers where
 * the browser syncs extension storage (elsewhere it behaves as local storage).
 */
const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

/** Loads settings; a missing, old or corrupt value gives defaults for what cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** `storage.sync` allows 120 writes a minute: at most one write per interval, the last value wins. */
export const SAVE_INTERVAL_MS = 1_000;

export interface SettingsSaver {
  save(settings: Settings): void;
  /** Writes a pending change now (the popup can close at any moment). */
  flush(): Promise<void>;
}

export function createSettingsSaver(interval = SAVE_INTERVAL_MS): SettingsSaver {
  let pending: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const value = pending;
    pending = null;
    if (!value) return;
    try {
      await settingsItem.setValue(normalizeSettings(value));
    } catch {
      // Storage can refuse (quota, sync disabled by policy): the change still applies to this view.
    }
  };

  return {
    save(settings) {
      pending = settings;
      if (timer) return;
      // Leading edge: the first change is written at once, so closing the popup right away keeps it.
      void write();
      timer = setTimeout(() => void write(), interval);
    },
    flush: write,
  };
}
