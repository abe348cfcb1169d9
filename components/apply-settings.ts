import openDyslexicUrl from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?url';
import type { Settings } from '@/utils/settings/settings';

let openDyslexicLoaded = false;

/** Bundled with the extension (no remote fonts), and loaded only once someone picks it. */
function loadOpenDyslexic(): void {
  if (openDyslexicLoaded) return;
  openDyslexicLoaded = true;
  const face = new FontFace('OpenDyslexic', `url(${openDyslexicUrl}) format('woff2')`);
  document.fonts.add(face);
  face.load().catch(() => {
    // The CSS falls back to other rounded sans-serif fonts.
  });
}

/**
 * Applies settings to the page: data attributes that assets/reader.css turns into theme, font,
 * spacing and width, and the text size as a custom property (set through CSSOM, which the
 * extension's `style-src 'self'` policy allows).
 */
export function applySettings(settings: Settings): void {
  const root = document.documentElement;
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.lineHeight = settings.lineHeight;
  root.dataset.width = settings.width;
  root.style.setProperty('--text-size', `${settings.textSize}px`);
  if (settings.font === 'dyslexic') loadOpenDyslexic();
}
