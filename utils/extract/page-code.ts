/**
 * The page's styles and scripts are no part of what it says, but their text is part of every
 * `textContent`: an ad's paragraph with its loader inline counted as the page's longest
 * paragraph, and the content root was measured by it. Taken out of the clone once streamed
 * content is in place (Readability drops them too, later); JSON-LD stays, as the page's
 * metadata, and so does <noscript>, where Readability finds an image's fallback.
 */
export function removePageCode(body: Element): void {
  for (const element of body.querySelectorAll('style, script:not([type="application/ld+json"])')) element.remove();
}
