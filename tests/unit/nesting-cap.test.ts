import { describe, expect, it } from 'vitest';
import { extractPage } from '../../scripts/lib/extract-page';
import { capNesting } from '../../scripts/lib/nesting-cap';

function deepestElement(html: string): number {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let deepest = 0;
  for (const element of doc.querySelectorAll('*')) {
    let depth = 0;
    for (let node: Element | null = element; node; node = node.parentElement) depth += 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe('capNesting', () => {
  it('hands back a page within the cap untouched', () => {
    const html = '<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><script>if (a<b) "<div><div>"</script></div></body></html>';
    expect(capNesting(html, 4)).toBe(html);
  });

  it('drops the tags nested past the cap and keeps their text', () => {
    const html = `<html><body>${'<div>'.repeat(50)}<b>deep</b> words${'</div>'.repeat(50)}<p>after</p></body></html>`;
    const capped = capNesting(html, 10);
    expect(deepestElement(capped)).toBeLessThanOrEqual(12);
    const text = new DOMParser().parseFromString(capped, 'text/html').body.textContent;
    expect(text).toBe('deep wordsafter');
  });

  it('counts neither void elements, nor elements whose end tag may be left out, nor tags in script text', () => {
    const paragraphs = '<p>text<br><img src="a.png">'.repeat(40);
    const script = `<script>${'<div>'.repeat(40)}</script>`;
    const html = `<div>${paragraphs}${script}</div>`;
    expect(capNesting(html, 3)).toBe(html);
  });

  it('counts the rows and cells of nested tables, and the items of nested lists', () => {
    const tables = `<body>${'<table><tr><td>'.repeat(40)}cell${'</td></tr></table>'.repeat(40)}</body>`;
    expect(deepestElement(capNesting(tables, 40))).toBeLessThanOrEqual(42);
    expect(new DOMParser().parseFromString(capNesting(tables, 40), 'text/html').body.textContent).toBe('cell');
    const lists = `<body>${'<ul><li>'.repeat(40)}item${'</li></ul>'.repeat(40)}</body>`;
    expect(deepestElement(capNesting(lists, 40))).toBeLessThanOrEqual(42);
  });

  it('reads nesting of formatting tags left open, as the parser nests them', () => {
    const html = `<p>${'<b>'.repeat(30)}bold</p>`;
    expect(deepestElement(capNesting(html, 5))).toBeLessThan(deepestElement(html));
  });
});

describe('extractPage on a page nested 20,000 levels deep', () => {
  it('reads its article, as a browser would (uncapped, jsdom takes minutes and cloning overflows the stack)', () => {
    const story = 'The harbour tram will run again from May, the council decided after a long debate. '.repeat(12);
    const html = `<html><head><title>Tram</title></head><body>${'<div>'.repeat(20_000)}<p>${story}</p><p>${story}</p>${'</div>'.repeat(20_000)}</body></html>`;
    const { record } = extractPage('deep.html', html, 'https://example.test/tram');
    expect(record).toMatchObject({ ok: true, title: 'Tram' });
    expect(record.text).toContain('The harbour tram will run again from May');
  });
});
