import { describe, expect, it } from 'vitest';
import { blockText, countWords, firstText, isLegible, type ListMarker, lettersAndDigits, markdownListMarker, textOf } from '@/utils/text';

describe('isLegible', () => {
  it('reads prose in any script as legible', () => {
    expect(isLegible('The council voted on the harbour tram.')).toBe(true);
    expect(isLegible('市議会は港の路面電車について投票した。')).toBe(true);
    expect(isLegible('')).toBe(true);
  });

  it('forgives a few stray replacement characters (a mis-encoded accent or two)', () => {
    expect(isLegible('Le conseil a vot\uFFFD le tramway du port, apr\uFFFDs un long d\uFFFDbat sur son co\uFFFDt.')).toBe(true);
  });

  it('rejects bytes that are not text, read as text', () => {
    expect(isLegible('\uFFFD\uFFFDx\u0001\uFFFD4\uFFFD\u0012\uFFFD_?\uFFFD ab \uFFFD\u0007\uFFFD')).toBe(false);
  });
});

describe('lettersAndDigits', () => {
  it('keeps letters and digits of any script, lower-cased, and nothing else', () => {
    expect(lettersAndDigits('Eich_CEO_promotion')).toBe('eichceopromotion');
    expect(lettersAndDigits('TheFocus.AI Labs')).toBe('thefocusailabs');
    expect(lettersAndDigits('Zoë – 2025!')).toBe('zoë2025');
    expect(lettersAndDigits('— …')).toBe('');
  });
});

describe('firstText', () => {
  it('finds the first words under an element, however deep, past white space and empty elements', () => {
    const box = document.createElement('div');
    box.innerHTML = '\n  <div><span> </span><br></div>\n<section><h2>\u00a0 Harbour line </h2><p>Trams return.</p></section>';
    expect(firstText(box)).toBe('Harbour line');
  });

  it('is empty for an element with white space only, and never reads past the element', () => {
    const page = document.createElement('div');
    page.innerHTML = '<div class="spacer"> \n\t<img src="a.jpg"> </div><p>After the spacer.</p>';
    expect(firstText(page.firstElementChild!)).toBe('');
    expect(firstText(page)).toBe('After the spacer.');
  });
});

describe('textOf', () => {
  it('gives the text of a node with its white space collapsed, and nothing for no node', () => {
    const box = document.createElement('div');
    box.innerHTML = '<p>\n  Trams <em>return</em>\tin  May. </p>';
    expect(textOf(box)).toBe('Trams return in May.');
    expect(textOf(null)).toBe('');
  });
});

describe('blockText', () => {
  const textOf = (html: string, marker?: ListMarker) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    return blockText(box, marker);
  };

  it('puts each block on its own line and keeps inline text together', () => {
    expect(textOf('<h2>Harbour  line</h2><p>Trams <em>return</em> in May.</p><div>Fares<br>stay the same.</div>')).toBe(
      'Harbour line\nTrams return in May.\nFares\nstay the same.',
    );
  });

  it('puts a table row on one line, its cells apart, as innerText does', () => {
    expect(textOf('<table><tr><th>Mouse</th><th>Weight</th></tr><tr><td>Zaunkoenig <b>M1K</b></td><td>23g</td></tr></table><p>Lightest first.</p>')).toBe(
      'Mouse Weight\nZaunkoenig M1K 23g\nLightest first.',
    );
    // Paragraphs in a cell keep their own lines.
    expect(textOf('<table><tr><td><p>Quay</p><p>Old Town</p></td><td>7 min</td></tr></table>')).toBe('Quay\nOld Town\n7 min');
  });

  it('marks list items as plain text does, numbering from where a numbered list starts', () => {
    expect(textOf('<p>Stops:</p><ul><li>Quay</li><li><p>Old <b>Town</b></p></li></ul>', markdownListMarker)).toBe('Stops:\n- Quay\n- Old Town');
    expect(textOf('<ol start="3"><li>Board</li><!-- --><li>Pay</li></ol>', markdownListMarker)).toBe('3. Board\n4. Pay');
  });

  it('numbers each item of a long list by its place, past items of other lists nested in it', () => {
    const items = Array.from({ length: 2_000 }, (_, index) => (index === 1 ? '<li>Stop<ol><li>Gate</li></ol></li>' : '<li>Stop</li>')).join('');
    const lines = textOf(`<ol>${items}</ol>`, markdownListMarker).split('\n');
    expect(lines.slice(0, 4)).toEqual(['1. Stop', '2. Stop', '1. Gate', '3. Stop']);
    expect(lines.at(-1)).toBe('2000. Stop');
  });

  it('leaves list items unmarked without a marker, for counting words', () => {
    expect(textOf('<ol><li>Board</li><li>Pay</li></ol>')).toBe('Board\nPay');
  });

  it('marks only the first line of an item, nested items each, and empty items not at all', () => {
    expect(textOf('<ul><li>Trams<ul><li>Line 1</li></ul>every ten minutes</li><li> </li></ul><p>Buses run late.</p>', markdownListMarker)).toBe(
      '- Trams\n- Line 1\nevery ten minutes\nBuses run late.',
    );
  });
});

describe('countWords', () => {
  it('counts words joined by apostrophes and hyphens as one, and splits at anything else', () => {
    expect(countWords('Don’t stop—it’s a state-of-the-art 4x4, isn\'t it?')).toBe(8);
    // A hyphen or an apostrophe starts no word; digits and letters of any script do.
    expect(countWords("-- 'quoted' -x 12,5 Ελλάδα Україна")).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords(' \n— … ')).toBe(0);
  });

  it('reads letters outside the basic plane as letters, and a stray half of one as a separator', () => {
    expect(countWords('𝐀𝐁𝐂 def')).toBe(2);
    expect(countWords('ab\ud800cd')).toBe(2);
  });

  it('counts a word per two characters of scripts written without spaces', () => {
    // One run of letters, plus six Han and Hiragana characters.
    expect(countWords('日本語の文章')).toBe(1 + 3);
    expect(countWords('ภาษาไทย')).toBe(1 + 4);
    // Han characters outside the basic plane count once each, not once per half.
    expect(countWords('𠀀𠀁𠀂𠀃')).toBe(1 + 2);
  });
});
