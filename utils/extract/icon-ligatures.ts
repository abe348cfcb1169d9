/**
 * Icon fonts that draw by ligature (Google's Material Icons and Material Symbols, on a great
 * many sites) hold each icon's name as its text: "chevron_right" after every question of an FAQ,
 * "search" on a button. The reader has no icon font, so it would show the names as words.
 */
const ICON_FONT = '[class*="material-icons" i], [class*="material-symbols" i]';
/** An icon's name: one lower-case word, maybe with digits and underscores ("check_circle", "looks_3"). */
const ICON_NAME = /^\s*[a-z][a-z0-9_]*\s*$/;

/** Removes the icons of ligature fonts from the (cloned) page: elements so named holding only an icon's name. */
export function removeIconLigatures(doc: Document): void {
  for (const icon of doc.querySelectorAll(ICON_FONT)) {
    if (icon.childElementCount === 0 && ICON_NAME.test(icon.textContent ?? '')) icon.remove();
  }
}
