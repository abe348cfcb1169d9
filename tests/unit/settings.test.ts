import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clampTextSize, DEFAULT_SETTINGS, normalizeSettings, siteKey, stepTextSize, TEXT_SIZE, type Settings,
} from '@/utils/settings/settings';

const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('text size', () => {
  it('steps up and down in even steps', () => {
    expect(stepTextSize(18, 1)).toBe(20);
    expect(stepTextSize(18, -1)).toBe(16);
  });

  it('stays within 12 px and 40 px', () => {
    expect(TEXT_SIZE.min).toBe(12);
    expect(TEXT_SIZE.max).toBe(40);
    expect(stepTextSize(TEXT_SIZE.max, 1)).toBe(TEXT_SIZE.max);
    expect(stepTextSize(TEXT_SIZE.min, -1)).toBe(TEXT_SIZE.min);
    expect(clampTextSize(500)).toBe(TEXT_SIZE.max);
    expect(clampTextSize(-3)).toBe(TEXT_SIZE.min);
    expect(clampTextSize(Number.NaN)).toBe(TEXT_SIZE.default);
    expect(clampTextSize(19)).toBe(20);
  });
});

describe('normalizeSettings', () => {
  it('has readable defaults: system theme, serif, 18 px, images on', () => {
    expect(normalizeSettings(undefined)).toEqual({
      textSize: 18, theme: 'system', font: 'serif', lineHeight: 'normal', width: 'medium',
      loadImages: true, textSizePerSite: false,
    });
  });

  it('falls back to defaults for corrupt values', () => {
    for (const corrupt of [null, undefined, 'big', 42, [], { textSize: 'huge' }, { textSize: Number.POSITIVE_INFINITY }]) {
      expect(normalizeSettings(corrupt)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps each valid field and replaces only the broken ones', () => {
    expect(normalizeSettings({ textSize: 24, theme: 'dark', font: 'comic', width: 'wide', loadImages: 'yes' })).toEqual(
      settings({ textSize: 24, theme: 'dark', width: 'wide' }),
    );
    expect(normalizeSettings({ textSize: 100 })).toEqual(settings({ textSize: TEXT_SIZE.max }));
  });
});

describe('siteKey', () => {
  it('names a site by host without www', () => {
    expect(siteKey('https://www.example.com/a/b?c')).toBe('example.com');
    expect(siteKey('http://news.example.org/')).toBe('news.example.org');
    expect(siteKey('file:///tmp/a.html')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });
});

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The store migrates when it is defined: give each test a fresh module.
    vi.resetModules();
  });
  const store = () => import('@/utils/settings/settings-store');

  it('round-trips through extension storage', async () => {
    const { createSettingsSaver, loadSettings } = await store();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const saver = createSettingsSaver();
    saver.save(settings({ textSize: 26, theme: 'sepia' }));
    await saver.flush();
    expect(await loadSettings()).toEqual(settings({ textSize: 26, theme: 'sepia' }));
  });

  it('writes the last of many quick changes, and few times', async () => {
    const { createSettingsSaver, loadSettings } = await store();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const saver = createSettingsSaver(50);
    for (const textSize of [20, 22, 24, 26, 28]) saver.save(settings({ textSize }));
    await saver.flush();
    expect(await loadSettings()).toEqual(settings({ textSize: 28 }));
    expect(set.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('reads a corrupt stored value as defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{not json', settings$: { v: 2 } });
    const { loadSettings } = await store();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 1 settings, keeping the text size', async () => {
    await fakeBrowser.storage.sync.set({ settings: { textSize: 30 } });
    const { loadSettings } = await store();
    expect(await loadSettings()).toEqual(settings({ textSize: 30 }));
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toEqual(settings({ textSize: 30 }));
  });

  it('keeps a text size per site when asked, leaving the global one alone', async () => {
    const { createSettingsSaver, loadSettings, loadSiteTextSize } = await store();
    const saver = createSettingsSaver();
    saver.save(settings({ textSize: 20 }));
    await saver.flush();
    saver.save(settings({ textSize: 32, textSizePerSite: true }), 'example.com');
    await saver.flush();
    expect(await loadSiteTextSize('example.com')).toBe(32);
    expect(await loadSiteTextSize('other.org')).toBeNull();
    expect(await loadSettings()).toEqual(settings({ textSize: 20, textSizePerSite: true }));
  });
});
