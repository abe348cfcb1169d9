import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { dropMisleadingClassNames } from '@/utils/extract/misleading-classes';
import { parsePage } from './helpers';

/** Readability's weight for an element's class and id names; not in its typings, pinned with its version. */
function classWeight(doc: Document, element: Element): number {
  return (new Readability(doc) as unknown as { _getClassWeight(element: Element): number })._getClassWeight(element);
}

const SENTENCES = [
  'The council voted on Tuesday to keep the night ferry running through the winter months, after a long debate.',
  'Residents who depend on the late crossing had written hundreds of letters to the harbour board, asking for help.',
  'The board answered that the route loses money but agreed to review its timetable in spring, with the council.',
];
/** `count` numbered paragraphs, so what Readability kept can be counted. */
const prose = (count: number) => Array.from({ length: count }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} Paragraph ${i}.</p>`).join('');
const page = (body: string) => `<html><head><title>Ferry</title></head><body><article><h1>The night ferry stays</h1>${body}</article></body></html>`;

/** How many of the numbered paragraphs Readability keeps, with and without the names taken off first. */
function keptParagraphs(html: string, dropFirst: boolean): number {
  const doc = parsePage(html);
  if (dropFirst) dropMisleadingClassNames(doc);
  return (new Readability(doc).parse()?.textContent ?? '').match(/Paragraph \d+/g)?.length ?? 0;
}

describe('dropMisleadingClassNames', () => {
  it('takes Drupal’s promoted and sticky states off a story, so Readability stops weighing it as a promo', () => {
    const doc = parsePage(`<html><body><main>
      <div class="node node--type-recipe node--promoted node--sticky node--view-mode-full"><p>Mix, wait and bake.</p></div>
      <div class="node node-article node-promoted node-sticky"><p>The tram reaches the harbour.</p></div>
      </main></body></html>`);
    const [recipe, article] = [...doc.querySelectorAll('.node')] as [Element, Element];
    expect(classWeight(doc, recipe)).toBeLessThan(0);
    dropMisleadingClassNames(doc);
    expect(recipe.className).toBe('node node--type-recipe node--view-mode-full');
    expect(article.className).toBe('node node-article');
    expect(classWeight(doc, recipe)).toBe(0);
  });

  it('takes off names that hide a label or an overflow, not the element: Drupal’s fields, Tailwind’s clipping boxes', () => {
    const doc = parsePage(`<html><body>
      <div class="field field--name-field-sections field--label-hidden field__items">${prose(3)}</div>
      <div class="grid overflow-hidden md:overflow-x-hidden overflow-y-hidden rounded">${prose(2)}</div>
      </body></html>`);
    const field = doc.querySelector('.field')!;
    const cards = doc.querySelector('.grid')!;
    expect([classWeight(doc, field), classWeight(doc, cards)]).toEqual([-25, -25]);
    dropMisleadingClassNames(doc);
    expect(field.className).toBe('field field--name-field-sections field__items');
    expect(cards.className).toBe('grid rounded');
    expect([classWeight(doc, field), classWeight(doc, cards)]).toEqual([0, 0]);
  });

  it('keeps the text of such a field or box, which Readability dropped', () => {
    const field = page(`<div class="text">${prose(5)}</div><div class="field field--label-hidden">${prose(3)}</div>`);
    expect([keptParagraphs(field, false), keptParagraphs(field, true)]).toEqual([5, 8]);
    const box = page(`<div class="text">${prose(5)}<div class="overflow-hidden">${prose(3)}</div>${prose(2)}</div>`);
    expect([keptParagraphs(box, false), keptParagraphs(box, true)]).toEqual([7, 10]);
  });

  it('takes off utility names that set type or scrolling, which Readability read as "extra" and "scroll"', () => {
    const doc = parsePage(`<html><body>
      <h2 class="text-xl font-extrabold md:leading-extra-tight scroll-mt-24 lg:scroll-smooth scroll-m-2">Criteria</h2>
      <div class="overflow-x-scroll rounded"><table><tr><td>1</td></tr></table></div>
      </body></html>`);
    const [heading, box] = [doc.querySelector('h2')!, doc.querySelector('div')!];
    dropMisleadingClassNames(doc);
    expect(heading.className).toBe('text-xl');
    expect(box.className).toBe('rounded');
  });

  it('keeps section headings named "header", which Readability took out as page furniture', () => {
    const html = page(`${prose(4)}<h2 class="header-anchor-post">The harbour board answers</h2>${prose(4)}<h3 class="section-header">What comes next</h3>${prose(2)}`);
    const headings = (dropFirst: boolean) => {
      const doc = parsePage(html);
      if (dropFirst) dropMisleadingClassNames(doc);
      const text = new Readability(doc).parse()?.textContent ?? '';
      return ['The harbour board answers', 'What comes next'].filter((heading) => text.includes(heading));
    };
    expect(headings(false)).toEqual([]);
    expect(headings(true)).toEqual(['The harbour board answers', 'What comes next']);
  });

  it('takes off a heading’s anchor, an id or class made from its own words, which Readability read as "social" or "related"', () => {
    const html = page(`${prose(4)}<h2 id="what-is-social-media-marketing">What is social media marketing?</h2>${prose(3)}<h3 class="wp-block-heading h-travel-related-coverage">Travel-related coverage</h3>${prose(2)}`);
    const doc = parsePage(html);
    dropMisleadingClassNames(doc);
    const [first, second] = [...doc.querySelectorAll('h2, h3')] as [Element, Element];
    expect([first.id, second.className]).toEqual(['', 'wp-block-heading']);
    const kept = (dropFirst: boolean) => {
      const read = parsePage(html);
      if (dropFirst) dropMisleadingClassNames(read);
      const text = new Readability(read).parse()?.textContent ?? '';
      return ['What is social media marketing?', 'Travel-related coverage'].filter((heading) => text.includes(heading));
    };
    expect([kept(false), kept(true)]).toEqual([[], ['What is social media marketing?', 'Travel-related coverage']]);
  });

  it('keeps a heading’s names that are not its own words', () => {
    const doc = parsePage(`<html><body><h2 id="comments" class="comments-title">Comments</h2><h3 id="social-links">Follow us</h3></body></html>`);
    dropMisleadingClassNames(doc);
    expect([...doc.querySelectorAll('h2, h3')].map((heading) => `${heading.id} ${heading.className}`)).toEqual(['comments comments-title', 'social-links ']);
  });

  it('leaves "header" on a heading that is a link, a card’s title, and on what is not a heading', () => {
    const doc = parsePage(`<html><body>
      <h2 class="module-header"><a href="/guide">Tutoring guide</a></h2>
      <div class="site-header"><p>Menu</p></div>
      <h1 class="entry-header">The night ferry stays</h1>
      </body></html>`);
    dropMisleadingClassNames(doc);
    expect([...doc.querySelectorAll('[class]')].map((element) => element.className)).toEqual(['module-header', 'site-header', 'entry-header']);
  });

  it('leaves names that hide the element itself, and promo boxes named as such, alone', () => {
    const names = ['hidden', 'is-hidden', 'lg:hidden', 'visually-hidden', 'hidden-xs', 'kt-accordion-panel-hidden', 'promoted-content', 'promo', 'sticky-header', 'scroll-container', 'extra-links'];
    const doc = parsePage(`<html><body>${names.map((name) => `<div class="${name}"><p>Sponsored</p></div>`).join('')}</body></html>`);
    dropMisleadingClassNames(doc);
    expect([...doc.querySelectorAll('div')].map((div) => div.className)).toEqual(names);
  });

  it('takes "media" off a block that holds more text than a caption or a card, which Readability dropped', () => {
    const entries = Array.from({ length: 9 }, (_, i) => `<div class="checklist-row"><div class="item-title">Service ${i}</div><div class="item-writeup">${SENTENCES[i % 3]}</div><div class="price">PRICE: $${i}0</div></div>`).join('');
    const checklist = page(`${prose(4)}<div class="interactive-media-block"><div class="media-visualization">${entries}</div></div>${prose(2)}`);
    const keptServices = (dropFirst: boolean) => {
      const doc = parsePage(checklist);
      if (dropFirst) dropMisleadingClassNames(doc);
      return (new Readability(doc).parse()?.textContent ?? '').match(/Service \d/g)?.length ?? 0;
    };
    expect([keptServices(false), keptServices(true)]).toEqual([0, 9]);
  });

  it('leaves "media" on captions, cards and players, which hold little text', () => {
    const names = ['media', 'card__media', 'media-caption', 'social-media'];
    const doc = parsePage(`<html><body>${names.map((name) => `<div class="${name}"><p>${SENTENCES[0]} ${SENTENCES[1]}</p></div>`).join('')}</body></html>`);
    dropMisleadingClassNames(doc);
    expect([...doc.querySelectorAll('div')].map((div) => div.className)).toEqual(names);
  });
});
