import { describe, expect, it } from 'vitest';
import { foldedShareFound, foldTypography } from '../../scripts/lib/typography';

describe('foldTypography', () => {
  it('reads typographic and straight quotes, dashes and white space alike, and case', () => {
    expect(foldTypography('It’s  “fine” — really\nfine')).toBe(foldTypography('it\'s "fine" - really fine'));
    expect(foldTypography('ﬁne Ｆine')).toBe('fine fine');
  });

  it('keeps what differs in words', () => {
    expect(foldTypography("it's")).not.toBe(foldTypography('its'));
  });
});

describe('foldedShareFound', () => {
  it('counts the snippets found once both are folded, and all of none', () => {
    const text = 'The council’s vote—on Tuesday—extends the line.\nFares stay the same.';
    expect(foldedShareFound(text, ["the council's vote-on tuesday", 'the line. Fares stay', 'a new depot'])).toBeCloseTo(2 / 3);
    expect(foldedShareFound(text, [])).toBe(1);
  });
});
