/** Reader settings: their defaults, bounds and how a stored value is read back. Pure logic. */

export const TEXT_SIZE = Object.freeze({ min: 12, max: 40, step: 2, default: 18 });

export interface Settings {
  /** Body text size of the article, in CSS pixels. */
  textSize: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ textSize: TEXT_SIZE.default });

/** Snaps any number into the text size range, on a step. */
export function clampTextSize(size: number): number {
  if (!Number.isFinite(size)) return TEXT_SIZE.default;
  const stepped = TEXT_SIZE.min + Math.round((size - TEXT_SIZE.min) / TEXT_SIZE.step) * TEXT_SIZE.step;
  return Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, stepped));
}

/** The next text size up (`+1`) or down (`-1`), staying within bounds. */
export function stepTextSize(size: number, direction: 1 | -1): number {
  return clampTextSize(clampTextSize(size) + direction * TEXT_SIZE.step);
}

/**
 * Reads stored settings of any shape: each valid field is kept, anything missing, of the
 * wrong type or out of range falls back to its default. Never throws.
 */
export function normalizeSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const textSize = record.textSize;
  return {
    textSize: typeof textSize === 'number' && Number.isFinite(textSize) ? clampTextSize(textSize) : DEFAULT_SETTINGS.textSize,
  };
}
