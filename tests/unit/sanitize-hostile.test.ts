import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/utils/sanitize';
import { HOSTILE_CASES, HOSTILE_CLASSES, LEAK_HOST, casesOfClass } from '../fixtures/hostile/corpus';
import { generatedMarkup } from '../fixtures/hostile/generated';
import { findUnsafeConstructs } from '../fixtures/hostile/invariants';

function sanitizedInto(html: string, loadImages: boolean): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeArticleHtml(html, { loadImages }));
  return container;
}

/** Classes the issue names; each must be in the corpus with a few cases at least. */
const REQUIRED_CLASSES = [
  'event-handlers', 'javascript-urls', 'vbscript-urls', 'data-urls', 'svg', 'mathml', 'mxss', 'dom-clobbering', 'base', 'meta',
  'css', 'frames-srcdoc', 'forms', 'ping-prefetch', 'srcset-media', 'legacy-url-attributes', 'xlink', 'object-embed',
];

/**
 * Cases with nothing to find once parsed as body content: safe controls, tags the parser
 * drops there (frameset, frame, head, html, a tag cut by the end of input), and markup that
 * is only dangerous to a sanitizer that serializes and parses again, which this one never does.
 */
const HARMLESS_AS_PARSED = [
  'event-handlers/img onerror unclosed tag',
  'frames-srcdoc/frame in body',
  'frames-srcdoc/frameset',
  'legacy-url-attributes/blockquote cite remote kept',
  'legacy-url-attributes/del cite remote',
  'legacy-url-attributes/head profile',
  'legacy-url-attributes/html manifest',
  'mxss/attribute with closing tag',
  'parser-tricks/eof in attribute value',
  'parser-tricks/eof in tag',
  'parser-tricks/unclosed quote swallows',
];

describe('hostile corpus', () => {
  it('has at least 200 named cases across the required classes', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(200);
    for (const className of REQUIRED_CLASSES) expect(casesOfClass(className).length, className).toBeGreaterThanOrEqual(5);
    const names = HOSTILE_CASES.map((hostile) => `${hostile.class}/${hostile.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is caught by the invariant check before sanitizing (so the check can fail)', () => {
    const unnoticed = HOSTILE_CASES.filter((hostile) => {
      // Parsed the way the sanitizer parses: everything as body content, nothing run.
      const raw = new DOMParser().parseFromString(`<br>${hostile.html}`, 'text/html');
      const findings = findUnsafeConstructs(raw.body, { images: true, forbiddenHost: LEAK_HOST });
      return findings.length === 0 && raw.body.attributes.length === 0;
    });
    expect(unnoticed.map((hostile) => `${hostile.class}/${hostile.name}`).sort()).toEqual(HARMLESS_AS_PARSED);
  });
});

describe.each(HOSTILE_CLASSES)('sanitizing the %s cases', (className) => {
  it.each(casesOfClass(className))('$name leaves nothing that can run, load or pose as the reader', ({ html }) => {
    expect(findUnsafeConstructs(sanitizedInto(html, true), { images: true, forbiddenHost: LEAK_HOST })).toEqual([]);
    const withoutImages = sanitizedInto(html, false);
    expect(findUnsafeConstructs(withoutImages, { images: false, forbiddenHost: LEAK_HOST })).toEqual([]);
    expect(withoutImages.querySelector('[src], [srcset]')).toBeNull();
  });
});

describe('sanitizing generated markup', () => {
  // Slow under jsdom on a busy machine, so it gets room.
  it('never throws and always leaves inert markup', { timeout: 60_000 }, () => {
    const findings = generatedMarkup(1500, 7).flatMap((html) => {
      const found = findUnsafeConstructs(sanitizedInto(html, true), { images: true, forbiddenHost: LEAK_HOST });
      return found.length ? [{ html, found }] : [];
    });
    expect(findings).toEqual([]);
  });
});
