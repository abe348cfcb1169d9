// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INJECTED_SCRIPT } from '../../utils/injected-script';

const ROOT = join(import.meta.dirname, '..', '..');
const TARGETS = [
  { name: 'chrome-mv3', browser: 'chrome', mode: 'production' },
  { name: 'chrome-mv3-e2e', browser: 'chrome', mode: 'e2e' },
  { name: 'firefox-mv3', browser: 'firefox', mode: 'production' },
] as const;

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON read back from disk

let outDir: string;
const manifests = new Map<string, Manifest>();
const builtFile = (target: string, file: string) => join(outDir, target, file);

// The real builds, in a child process (WXT's bundler does not run inside a test worker), into a
// temporary folder so .output/ is left alone.
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'quiet-reader-manifests-'));
  // A CommonJS script importing WXT: with --input-type=module, the flag reaches the worker that
  // runs terser (the content script's minifier), which then cannot read its own code.
  const builds = `import('wxt').then(async ({ build }) => {
  for (const { browser, mode } of JSON.parse(process.argv[1])) {
    await build({ root: process.cwd(), browser, mode, manifestVersion: 3, outDir: process.argv[2] });
  }
});`;
  execFileSync(process.execPath, ['-e', builds, JSON.stringify(TARGETS), outDir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const { name } of TARGETS) manifests.set(name, JSON.parse(readFileSync(builtFile(name, 'manifest.json'), 'utf8')));
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The width and height a PNG file declares in its header. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Directive → sources, from a CSP string. */
function cspDirectives(policy: string): Record<string, string> {
  return Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources.join(' ')]));
}

describe.each(TARGETS)('the $name manifest', ({ name, browser, mode }) => {
  const manifest = () => manifests.get(name) as Manifest;

  it('asks only for activeTab, scripting and storage', () => {
    expect([...manifest().permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest().optional_permissions ?? []).toEqual([]);
    expect(manifest().optional_host_permissions ?? []).toEqual([]);
  });

  it(mode === 'e2e' ? 'reaches only the local test server' : 'has no host permissions', () => {
    const expected = mode === 'e2e' ? ['http://127.0.0.1/*', 'http://localhost/*'] : [];
    expect(manifest().host_permissions ?? []).toEqual(expected);
  });

  it('runs nothing on pages by itself: no content scripts, and the one injected on request is built', () => {
    expect(manifest().content_scripts).toBeUndefined();
    expect(existsSync(builtFile(name, INJECTED_SCRIPT.slice(1)))).toBe(true);
  });

  it('locks extension pages to their own scripts and styles', () => {
    const csp = cspDirectives(manifest().content_security_policy.extension_pages);
    expect(csp).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': 'https: data:',
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-src': "'none'",
    });
  });

  it('opens the reader on Alt+Shift+R', () => {
    expect(manifest().commands).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_extension_commandDescription__' },
    });
  });

  it('has PNG icons at 16, 32, 48 and 128 px for the extension and its toolbar button', () => {
    const expected = { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' };
    expect(manifest().icons).toEqual(expected);
    expect(manifest().action.default_icon).toEqual(expected);
    for (const [size, file] of Object.entries(expected)) {
      expect(pngSize(builtFile(name, file)), file).toEqual([Number(size), Number(size)]);
    }
  });

  it('takes every text from the locales, and every locale has them', () => {
    expect(manifest().default_locale).toBe('en');
    const names = [...JSON.stringify(manifest()).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string);
    expect(names).toEqual(expect.arrayContaining(['extension_name', 'extension_description', 'extension_actionTitle']));
    for (const locale of ['en', 'de']) {
      const messages = JSON.parse(readFileSync(builtFile(name, `_locales/${locale}/messages.json`), 'utf8'));
      for (const message of names) expect(messages[message]?.message, `${locale} ${message}`).toBeTruthy();
    }
  });

  it(browser === 'firefox' ? 'names the add-on for Firefox and declares that it collects no data' : 'carries no Firefox settings, and asks for a Chrome with URL.parse', () => {
    if (browser !== 'firefox') {
      expect(manifest().browser_specific_settings).toBeUndefined();
      expect(manifest().minimum_chrome_version).toBe('126');
      return;
    }
    expect(manifest().minimum_chrome_version).toBeUndefined();
    expect(manifest().browser_specific_settings).toEqual({
      gecko: { id: 'quiet-reader@quietreader.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});
