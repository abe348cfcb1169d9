/**
 * Mojibake: text saved as UTF-8 and read back as Windows-1252, so that "’" shows as "â€™" and
 * "é" as "Ã©". Some sites store their articles this way, garbled in the page itself, where the
 * browser shows the garbage too. The reader shows the characters meant: a run of characters
 * that is exactly the Windows-1252 reading of one UTF-8 sequence is decoded back.
 * Not a library: the published fix-latin1-to-utf8 (2.0.5) replaces a table of Windows-1252
 * forms only, and misses the Latin-1 ones ("â" and two C1 controls for "’") and emoji.
 */

/** What Windows-1252 makes of the bytes 0x80 to 0x9F (the five it leaves undefined read as C1 controls). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** A UTF-8 continuation byte (0x80-0xBF) read as Windows-1252, or as Latin-1 by a lazier reader. */
const CONTINUATION = `[\\u0080-\\u00bf${WINDOWS_1252_HIGH}]`;

/**
 * The sequences repaired: "Â"/"Ã" and one continuation (Latin-1 letters and signs), "â" and two
 * (punctuation, dashes, quotes, "€", "™"), "ð" and three (emoji). Other lead letters are left
 * alone: "ß“" and "é »" (a German word in quotes, a French one in guillemets) are real text.
 */
const MOJIBAKE = new RegExp(`[\\u00c2\\u00c3]${CONTINUATION}|\\u00e2${CONTINUATION}{2}|\\u00f0${CONTINUATION}{3}`, 'g');
const LEAD = /[\u00c2\u00c3\u00e2\u00f0]/;

let decoder: TextDecoder | null = null;

function decoded(sequence: string): string {
  const bytes = Uint8Array.from(sequence, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100 ? code : 0x80 + WINDOWS_1252_HIGH.indexOf(character);
  });
  decoder ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // Not UTF-8 after all (an overlong or surrogate sequence): leave the characters as they are.
    return sequence;
  }
}

/** `text` with its mojibake decoded back to the characters meant. */
export function repairMojibake(text: string): string {
  return LEAD.test(text) ? text.replace(MOJIBAKE, decoded) : text;
}

/** NodeFilter.SHOW_TEXT, without reaching for a global the command-line tools lack. */
const SHOW_TEXT = 4;

/** Repairs the mojibake in every text node under `root` (an element or a fragment). */
export function repairMojibakeIn(root: Element | DocumentFragment): void {
  if (!LEAD.test(root.textContent ?? '')) return;
  const walker = (root.ownerDocument as Document).createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const repaired = repairMojibake(node.nodeValue ?? '');
    if (repaired !== node.nodeValue) node.nodeValue = repaired;
  }
}
