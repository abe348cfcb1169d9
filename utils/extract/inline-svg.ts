/**
 * Inline SVG (icons, logos, charts) never reaches the reader: the sanitizer keeps HTML alone.
 * Taken out of the clone first, it costs the chrome rules and Readability nothing. Icon-heavy
 * pages carry hundreds of SVG elements, and one chart of 100,000 paths made an article too
 * large to read.
 */
export function removeInlineSvg(doc: Document): void {
  // Outermost only: an SVG inside another goes with it.
  for (const svg of doc.querySelectorAll('svg:not(svg svg)')) svg.remove();
}
