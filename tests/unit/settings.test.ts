import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clampTextSize, DEFAULT_SETTINGS, normalizeSettings, stepTextSize, TEXT_SIZE } from '@/utils/settings/settings';
import { createSettingsSaver, loadSettings } from '@/utils/settings/settings-store';

describe('text size', () => {
  it('steps up and down in even steps', () => {
    expect(stepTextSize(18, 1)).toBe(20);
    expect(stepTextSize(18, -1)).toBe(16);
  });

  it('stays within 12 px and 40 px', () => {
    expect(TEXT_SIZE.min).toBeLessThanOrEqual(12);
    expect(TEXT_SIZE.max).toBeGreaterThanOrEqual(32);
    expect(stepTextSize(TEXT_SIZE.max, 1)).toBe(TEXT_SIZE.max);
    expect(stepTextSize(TEXT_SIZE.min, -1)).toBe(TEXT_SIZE.min);
    expect(clampTextSize(500)).toBe(TEXT_SIZE.max);
    expect(clampTextSize(-3)).toBe(TEXT_SIZE.min);
    expect(clampTextSize(Number.NaN)).toBe(TEXT_SIZE.default);
    expect(clampTextSize(19)).toBe(20);
  });
});

describe('normalizeSettings', () => {
  it('falls back to defaults for corrupt values', () => {
    for (const corrupt of [null, undefined, 'big', 42, [], { textSize: 'huge' }, { textSize: Number.POSITIVE_INFINITY }]) {
      expect(normalizeSettings(corrupt)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps a valid value and brings an out-of-range one into range', () => {
    expect(normalizeSettings({ textSize: 24 })).toEqual({ textSize: 24 });
    expect(normalizeSettings({ textSize: 100 })).toEqual({ textSize: TEXT_SIZE.max });
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through extension storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const saver = createSettingsSaver();
    saver.save({ textSize: 26 });
    await saver.flush();
    expect(await loadSettings()).toEqual({ textSize: 26 });
  });

  it('writes the last of many quick changes', async () => {
    const saver = createSettingsSaver(50);
    for (const textSize of [20, 22, 24, 26, 28]) saver.save({ textSize });
    await saver.flush();
    expect(await loadSettings()).toEqual({ textSize: 28 });
  });

  it('reads a corrupt stored value as defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{not json' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
