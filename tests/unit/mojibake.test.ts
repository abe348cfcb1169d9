import { describe, expect, it } from 'vitest';
import { repairMojibake, repairMojibakeIn } from '@/utils/mojibake';
import { parsePage } from './helpers';

/** What Windows-1252 makes of the bytes 0x80-0x9F, written out here apart from the module's own table. */
const CP1252 = new Map([
  [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'], [0x89, '‰'],
  [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'],
  [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
]);

/** `text` saved as UTF-8 and read back as Windows-1252 (or as Latin-1). */
function garbled(text: string, as: 'windows-1252' | 'latin1' = 'windows-1252'): string {
  const bytes = Buffer.from(text, 'utf8');
  return as === 'latin1' ? bytes.toString('latin1') : [...bytes].map((byte) => CP1252.get(byte) ?? String.fromCharCode(byte)).join('');
}

const MEANT = 'It’s “quoted” — and … costs €5™, in a café à la carte, with a 😀 and a ©.';

describe('mojibake', () => {
  it('decodes text garbled through Windows-1252 or Latin-1 back to what was meant', () => {
    expect(garbled(MEANT)).toContain('Itâ€™s');
    expect(repairMojibake(garbled(MEANT))).toBe(MEANT);
    expect(repairMojibake(garbled(MEANT, 'latin1'))).toBe(MEANT);
  });

  it('leaves real text alone, in any language', () => {
    for (const text of [MEANT, 'Sie ging zu Fuß“, sagte er.', 'Un « café »', 'SÃO PAULO', 'naïve Ãnd Â', 'Ðœ ð¿', 'Ελληνικά, 中文, русский']) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('leaves a sequence that is not UTF-8 as it is', () => {
    // "ð" and three continuation characters, but an overlong form that no UTF-8 encoder writes.
    expect(repairMojibake('ð\u0080\u0080\u0080 x')).toBe('ð\u0080\u0080\u0080 x');
  });

  it('repairs every text node of an article, markup untouched', () => {
    const doc = parsePage(`<html><body><article><h2>${garbled('Why it’s late')}</h2><p>${garbled('A café')} <a href="/x?q=Ã©">${garbled('— more')}</a></p></article></body></html>`);
    const article = doc.querySelector('article') as Element;
    repairMojibakeIn(article);
    expect(article.innerHTML).toBe('<h2>Why it’s late</h2><p>A café <a href="/x?q=Ã©">— more</a></p>');
  });
});
