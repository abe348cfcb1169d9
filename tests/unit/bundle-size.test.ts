import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureBundle } from '../../scripts/lib/bundle-size';

/** A build laid out as WXT writes it, with file sizes that add up to recognisable totals. */
const BUILD: Record<string, string> = {
  'manifest.json': '{}',
  'popup.html': '<script type="module" src="/chunks/popup-1.js"></script><link rel="stylesheet" href="/assets/popup-2.css">',
  'chunks/popup-1.js': 'import{a}from"./shared-3.js";const s="/extract.js";',
  'chunks/shared-3.js': 'export const a=1;',
  'assets/popup-2.css': 'body{margin:0}',
  'extract.js': '(function(){return 1})();',
  'icons/unused.js': 'not loaded by the popup',
};

const size = (...names: string[]) => names.reduce((sum, name) => sum + Buffer.byteLength(BUILD[name]!), 0);

describe('measureBundle', () => {
  let build: string;

  beforeEach(async () => {
    build = await mkdtemp(join(tmpdir(), 'quiet-reader-build-'));
    for (const [name, content] of Object.entries(BUILD)) {
      await mkdir(dirname(join(build, name)), { recursive: true });
      await writeFile(join(build, name), content);
    }
  });
  afterEach(() => rm(build, { recursive: true, force: true }));

  it('counts the popup page and what it loads, following imports, but not the content script it injects', async () => {
    const bytes = await measureBundle(build);
    expect(bytes.popup).toBe(size('popup.html', 'chunks/popup-1.js', 'chunks/shared-3.js', 'assets/popup-2.css'));
    expect(bytes.contentScript).toBe(size('extract.js'));
    expect(bytes.total).toBe(size(...Object.keys(BUILD)));
  });

  it('estimates the zip as compressed files plus their headers', async () => {
    const bytes = await measureBundle(build);
    const headers = Object.keys(BUILD).reduce((sum, name) => sum + 30 + 46 + 2 * name.length, 22);
    expect(bytes.zip).toBeGreaterThan(headers);
    expect(bytes.zip).toBeLessThanOrEqual(headers + bytes.total);
  });
});
