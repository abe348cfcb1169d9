/**
 * React's streaming server rendering (React 18+, Next.js and others) sends the article late,
 * in a hidden `<div id="S:n">`, with an inline script (`$RC("B:n","S:n")`) that moves it into
 * the place held by a `<template id="B:n">` and its loading fallback. A browser has run those
 * scripts by the time anyone asks for the reader; a saved page read without scripts has not,
 * and the article would look hidden. This does what the scripts would: a no-op on a live page.
 */

/** `$RC(boundary, segment)` completes a boundary; `$RS(segment, placeholder)` fills a placeholder. */
const MOVE_CALL = /\$R([CS])\(\s*["']([^"']+)["']\s*,\s*["']([^"']+)["']/g;

/** Removes the loading fallback that follows a boundary's template, up to the boundary's closing `<!--/$-->`. */
function removeFallback(template: Element): void {
  let depth = 0;
  let node = template.nextSibling;
  while (node) {
    const next = node.nextSibling;
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) return;
        depth -= 1;
      } else if (data.startsWith('$')) depth += 1;
    }
    node.parentNode?.removeChild(node);
    node = next;
  }
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
