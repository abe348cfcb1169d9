import { describe, expect, it } from 'vitest';
import { type Block, BlockReader, namesOf, TEXT_LIMIT } from '@/utils/clean/block';
import { parsePage } from './helpers';

function bodyOf(html: string): HTMLElement {
  return parsePage(`<html><body>${html}</body></html>`).body;
}

describe('BlockReader', () => {
  it('collapses white space and separates blocks, but not inline elements, by one space', () => {
    const body = bodyOf('<div id="b">\n  Read <b>this</b>n<i>ow</i>:<p>one</p><p>two\n\t three</p><span> four </span>five</div>');
    expect(new BlockReader().read(body.querySelector('#b')!).text).toBe('Read thisnow: one two three four five');
  });

  it('skips scripts, styles and templates, and reads no words into empty blocks', () => {
    const body = bodyOf('<div id="b"><script>var x = 1;</script><style>p{}</style><template>t</template><div> </div>Only this</div>');
    expect(new BlockReader().read(body.querySelector('#b')!).text).toBe('Only this');
  });

  it('measures how much of the text is linked, and lists the links', () => {
    const body = bodyOf('<ul id="l"><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a> and gamma</li><li><a>no href</a></li></ul>');
    const block = new BlockReader().read(body.querySelector('#l')!);
    expect(block.text).toBe('Alpha Beta and gamma no href');
    // "Alpha", " Beta" and " no href" are link text.
    expect(block.linkDensity).toBeCloseTo((5 + 5 + 8) / block.text.length, 6);
    expect(block.links.map((link) => link.getAttribute('href'))).toEqual(['/a', '/b']);
  });

  it('counts everything inside a link as linked, the link itself included', () => {
    const body = bodyOf('<p><a id="a" href="/x">Share <span>this</span> <b>story</b></a></p>');
    const block = new BlockReader().read(body.querySelector('#a')!);
    expect(block.text).toBe('Share this story');
    expect(block.linkDensity).toBe(1);
  });

  it('cuts the text at the limit and calls the block long', () => {
    const body = bodyOf(`<div id="d"><p>${'word '.repeat(30)}</p><p>${'more '.repeat(30)}</p></div>`);
    const reader = new BlockReader(100);
    const block = reader.read(body.querySelector('#d')!);
    expect(block.long).toBe(true);
    expect(block.text).toHaveLength(100);
    expect(block.text.startsWith('word word')).toBe(true);
    // The children are read whole, each against the limit on its own.
    const [first, second] = body.querySelectorAll('p');
    expect(reader.read(first!)).toMatchObject({ long: true });
    expect(reader.read(second!).text.startsWith('more more')).toBe(true);
  });

  it('reads every element the same whether asked first or after its container', () => {
    const html = '<section id="s"><h2>Related</h2><ul><li><a href="/1">One story</a></li><li>Two <em>stories</em></li></ul><p>Text <a href="/t">here</a>.</p></section>';
    const all = [...bodyOf(html).querySelectorAll('*')];
    const shared = new BlockReader();
    const readTogether = all.map((element) => shared.read(element));
    const readAlone = all.map((element) => new BlockReader().read(element));
    // A reader told which elements it will read keeps only theirs, and reads any other the same.
    const keepingSome = new BlockReader(TEXT_LIMIT, new Set(['SECTION', 'P']));
    const readKeepingSome = all.map((element) => keepingSome.read(element));
    const summary = ({ text, linkDensity, long, links }: Block) => ({ text, linkDensity, long, links: links.length });
    expect(readTogether.map(summary)).toEqual(readAlone.map(summary));
    expect(readKeepingSome.map(summary)).toEqual(readAlone.map(summary));
  });
});

describe('namesOf', () => {
  const heading = (id: string, text: string) => bodyOf(`<h2 id="${id}" class="Wp-Heading">${text}</h2>`).querySelector('h2')!;

  it('leaves out an id made of the words of the text it names', () => {
    // The whole text, in two words or more.
    expect(namesOf(heading('share-prices', 'Share prices'), 'Share prices')).toBe('wp-heading ');
    // The start of the text, in three words or more, behind an anchor prefix, however much punctuation the text has.
    const text = `"Share" — and… (comment)! ${'on it, '.repeat(40)}`;
    expect(namesOf(heading('h-share-and-comment', text), text)).toBe('wp-heading ');
  });

  it('keeps an id that is a name, not the text', () => {
    expect(namesOf(heading('share', 'Share'), 'Share')).toBe('wp-heading share');
    expect(namesOf(heading('share-bar', 'Share this story'), 'Share this story')).toBe('wp-heading share-bar');
    expect(namesOf(heading('share-bar', 'Share bar and more'), 'Share bar and more')).toBe('wp-heading share-bar');
    expect(namesOf(heading('comment-list-top', 'Comment list'), 'Comment list')).toBe('wp-heading comment-list-top');
  });
});
