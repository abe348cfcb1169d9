import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPageFile } from '../../scripts/lib/page-file';

const PAGE = '<html><head><meta charset="iso-8859-1"><title>Fähre</title></head><body><p>Die Fähre fährt weiter — “bis März”.</p></body></html>';

function saved(name: string, bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'page-file-')), name);
  writeFileSync(file, bytes);
  return file;
}

describe('readPageFile', () => {
  it('reads a saved page as UTF-8, plain or gzipped, whatever its meta says (the bench serves it as UTF-8)', () => {
    const utf8 = new TextEncoder().encode(PAGE);
    expect(readPageFile(saved('page.html', utf8))).toBe(PAGE);
    expect(readPageFile(saved('page.html.gz', gzipSync(utf8)))).toBe(PAGE);
  });

  it('reads a page saved as UTF-16 by its byte-order mark, as a browser does', () => {
    const units = new Uint16Array([0xfeff, ...[...PAGE].map((character) => character.charCodeAt(0))]);
    const littleEndian = new Uint8Array(units.buffer);
    const bigEndian = littleEndian.map((_, index) => littleEndian[index ^ 1]!);
    expect(readPageFile(saved('le.html', littleEndian))).toBe(PAGE);
    expect(readPageFile(saved('be.html', bigEndian))).toBe(PAGE);
  });
});
