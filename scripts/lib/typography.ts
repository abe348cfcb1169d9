/**
 * Text with its typography folded: the forms of quotes, dashes and white space a page and a
 * person typing the same words choose differently ("it’s" and "it's", "–" and "-", a line
 * break and a space), compatibility characters (NFKC), and case.
 */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The share of `snippets` found in `text` once both are folded, as WCXB's scorer counts its
 * must-include snippets (1 when there are none): what the exact count would be if the page's
 * typography and the reviewers' agreed.
 */
export function foldedShareFound(text: string, snippets: readonly string[]): number {
  if (snippets.length === 0) return 1;
  const folded = foldTypography(text);
  return snippets.filter((snippet) => folded.includes(foldTypography(snippet))).length / snippets.length;
}
