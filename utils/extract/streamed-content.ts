/**
 * React's streaming server rendering (React 18+, Next.js and others) sends the article late,
 * in a hidden `<div id="S:n">`, with an inline script (`$RC("B:n","S:n")`) that moves it into
 * the place held by a `<template id="B:n">` and its loading fallback. A browser has run those
 * scripts by the time anyone asks for the reader; a saved page read without scripts has not,
 * and the article would look hidden. This does what the scripts would: a no-op on a live page.
 */

/** `$RC(boundary, segment)` completes a boundary; `$RS(segment, placeholder)` fills a placeholder. */
const MOVE_CALL = /\$R([CS])\(\s*["']([^"']+)["']\s*,\s*["']([^"']+)["']/g;

/** The `<!--/$-->` that closes the boundary whose template is `template`, or null when the page has lost its comments. */
function boundaryEnd(template: Element): Node | null {
  let depth = 0;
  for (let node = template.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth -= 1;
    } else if (data.startsWith('$')) depth += 1;
  }
  return null;
}

/** Longest text of a loading fallback found without its boundary's markers ("Loading paragraph..."). */
const FALLBACK_TEXT = 100;

/**
 * Removes the loading fallback that follows a boundary's template, up to the boundary's closing
 * `<!--/$-->`. A page saved without its comments has no such end: then only a short element right
 * after the template goes, as everything after it may be the article itself.
 */
function removeFallback(template: Element): void {
  const end = boundaryEnd(template);
  if (!end) {
    const next = template.nextElementSibling;
    if (next && next.localName !== 'template' && (next.textContent ?? '').length < FALLBACK_TEXT && !next.querySelector('template')) next.remove();
    return;
  }
  while (template.nextSibling && template.nextSibling !== end) template.nextSibling.remove();
}

function move(segment: Element | null, place: Element | null): void {
  if (!segment || !place || !segment.hasAttribute('hidden')) return;
  if (place.id.startsWith('B:')) removeFallback(place);
  place.replaceWith(...segment.childNodes);
  segment.remove();
}

export function revealStreamedContent(doc: Document): void {
  if (!doc.querySelector('div[hidden][id^="S:"]')) return;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    for (const [, call, first, second] of (script.textContent ?? '').matchAll(MOVE_CALL)) {
      const [placeId, segmentId] = call === 'C' ? [first, second] : [second, first];
      move(segmentId ? doc.getElementById(segmentId) : null, placeId ? doc.getElementById(placeId) : null);
    }
  }
  // Pages saved without their scripts lose the calls; React numbers a boundary and the
  // segment that completes it alike, so pair what is left by number.
  for (const segment of doc.querySelectorAll('div[hidden][id^="S:"]')) {
    const number = segment.id.slice(2);
    move(segment, doc.getElementById(`B:${number}`) ?? doc.getElementById(`P:${number}`));
  }
}
