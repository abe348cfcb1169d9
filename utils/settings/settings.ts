/** Reader settings: their choices, defaults, bounds and how a stored value is read back. Pure logic. */

export const TEXT_SIZE = Object.freeze({ min: 12, max: 40, step: 2, default: 18 });

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans', 'dyslexic', 'system'] as const;
export const LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type LineHeight = (typeof LINE_HEIGHTS)[number];
export type Width = (typeof WIDTHS)[number];

export interface Settings {
  /** Body text size of the article, in CSS pixels. */
  textSize: number;
  theme: Theme;
  font: Font;
  lineHeight: LineHeight;
  width: Width;
  /** When off, the reader loads no image and so makes no request at all. */
  loadImages: boolean;
  /** When on, each site keeps its own text size (stored apart, see site-text-sizes). */
  textSizePerSite: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSize: TEXT_SIZE.default,
  theme: 'system',
  font: 'serif',
  lineHeight: 'normal',
  width: 'medium',
  loadImages: true,
  textSizePerSite: false,
});

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

function choice<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Reads a stored text size: a finite number, brought into range; anything else is the default. */
export function readTextSize(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? clampTextSize(value) : TEXT_SIZE.default;
}

/**
 * Reads stored settings of any shape: each valid field is kept, anything missing, of the
 * wrong type or out of range falls back to its default. Never throws.
 */
export function normalizeSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    textSize: readTextSize(record.textSize),
    theme: choice(record.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: choice(record.font, FONTS, DEFAULT_SETTINGS.font),
    lineHeight: choice(record.lineHeight, LINE_HEIGHTS, DEFAULT_SETTINGS.lineHeight),
    width: choice(record.width, WIDTHS, DEFAULT_SETTINGS.width),
    loadImages: flag(record.loadImages, DEFAULT_SETTINGS.loadImages),
    textSizePerSite: flag(record.textSizePerSite, DEFAULT_SETTINGS.textSizePerSite),
  };
}

/** The key a per-site text size is stored under: the page's host name, without "www.". */
export function siteKey(url: string): string | null {
  const address = URL.parse(url);
  if (address?.protocol !== 'http:' && address?.protocol !== 'https:') return null;
  return address.hostname.replace(/^www\./, '') || null;
}
