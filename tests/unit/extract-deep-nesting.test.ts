import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { flattenDeepNesting } from '@/utils/extract/deep-nesting';
import { blockText } from '@/utils/text';
import { parsePage } from './helpers';

function deepest(root: Element): number {
  let deepestSoFar = 0;
  for (const element of root.querySelectorAll('*')) {
    let depth = 0;
    for (let node: Element | null = element; node && node !== root; node = node.parentElement) depth += 1;
    deepestSoFar = Math.max(deepestSoFar, depth);
  }
  return deepestSoFar;
}

const nested = (levels: number, inside: string) => `${'<div>'.repeat(levels)}${inside}${'</div>'.repeat(levels)}`;

describe('flattenDeepNesting', () => {
  it('leaves a page of ordinary depth as it is', () => {
    const page = parsePage(`<html><body>${nested(20, '<p>One <a href="/a">link</a></p><img src="a.png">')}<p>Two</p></body></html>`);
    const before = page.body.innerHTML;
    expect(flattenDeepNesting(page.body, 30)).toBe(false);
    expect(page.body.innerHTML).toBe(before);
  });

  it('keeps the text nested past the cap, in order, with blocks apart, and nothing deeper', () => {
    const inside = nested(40, '<p>First block</p><table><tr><td>cell one</td><td>cell two</td></tr></table><p>Last block</p>');
    const page = parsePage(`<html><body><p>Before</p>${nested(5, inside)}<p>After</p></body></html>`);
    const text = blockText(page.body);
    expect(flattenDeepNesting(page.body, 10)).toBe(true);
    // The paragraphs that hold the text sit one level below the cap.
    expect(deepest(page.body)).toBeLessThanOrEqual(11);
    expect(blockText(page.body).replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    const flattened = [...page.body.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
    // A table's row is a line of text, and so one paragraph.
    expect(flattened).toEqual(['Before', 'First block', 'cell one cell two', 'Last block', 'After']);
  });
});

describe('flattenDeepNesting on a long page', () => {
  it('finds nesting past the cap between ordinary parts, and at the very end', () => {
    const ordinary = (label: string) => Array.from({ length: 150 }, (_, index) => `<div><p>${label} ${index}</p></div>`).join('');
    for (const [before, after] of [[ordinary('Before'), ordinary('After')], [ordinary('Before'), '']]) {
      const page = parsePage(`<html><body>${before}${nested(200, '<p>Deep</p>')}${after}</body></html>`);
      expect(flattenDeepNesting(page.body)).toBe(true);
      expect(deepest(page.body)).toBeLessThanOrEqual(129);
      expect(page.body.textContent).toContain('Deep');
    }
  });
});

describe('extractArticle on an article nested 300 levels deep (unclosed tags of a broken page)', () => {
  it('reads the article, its text intact, from a clone nested no deeper than the cap', () => {
    const story = 'The harbour tram will run again from May, the council decided after a long debate. '.repeat(12);
    const page = parsePage(`<html><head><title>Tram</title></head><body>${nested(300, `<p>${story}</p><p>${story}</p>`)}</body></html>`);
    const article = articleOf(extractArticle(page));
    expect(article?.title).toBe('Tram');
    expect(article?.wordCount).toBeGreaterThan(300);
    const shown = parsePage(`<html><body>${article?.html ?? ''}</body></html>`);
    expect([...shown.querySelectorAll('p')].map((paragraph) => paragraph.textContent?.trim())).toEqual([story.trim(), story.trim()]);
  });
});
