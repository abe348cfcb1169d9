import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { dropPublishingStateClasses } from '@/utils/extract/publishing-state';
import { parsePage } from './helpers';

/** Readability's weight for an element's class and id names; not in its typings, pinned with its version. */
function classWeight(doc: Document, element: Element): number {
  return (new Readability(doc) as unknown as { _getClassWeight(element: Element): number })._getClassWeight(element);
}

describe('dropPublishingStateClasses', () => {
  it('takes Drupal’s promoted and sticky states off a story, so Readability stops weighing it as a promo', () => {
    const doc = parsePage(`<html><body><main>
      <div class="node node--type-recipe node--promoted node--sticky node--view-mode-full"><p>Mix, wait and bake.</p></div>
      <div class="node node-article node-promoted node-sticky"><p>The tram reaches the harbour.</p></div>
      </main></body></html>`);
    const [recipe, article] = [...doc.querySelectorAll('.node')] as [Element, Element];
    expect(classWeight(doc, recipe)).toBeLessThan(0);
    dropPublishingStateClasses(doc);
    expect(recipe.className).toBe('node node--type-recipe node--view-mode-full');
    expect(article.className).toBe('node node-article');
    expect(classWeight(doc, recipe)).toBe(0);
  });

  it('leaves promo boxes named as such alone', () => {
    const doc = parsePage('<html><body><div class="promoted-content"><a href="/ad">Sponsored</a></div><div class="promo">Subscribe</div></body></html>');
    dropPublishingStateClasses(doc);
    expect([...doc.querySelectorAll('div')].map((div) => div.className)).toEqual(['promoted-content', 'promo']);
  });
});
