import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { INJECTED_SCRIPT } from '../../utils/injected-script';

/** The content script's path in the build. */
const CONTENT_SCRIPT = INJECTED_SCRIPT.slice(1);

export interface BundleBytes {
  /** The content script: what is injected into a page the user reads. */
  contentScript: number;
  /** popup.html and the scripts and styles it loads, followed through their imports. */
  popup: number;
  /** Every file of the build, unpacked. */
  total: number;
  /** A zip of the build (deflate, level 9): what the store download weighs. */
  zip: number;
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Scripts and styles a page or module refers to by path: `src="/chunks/a.js"`, `from"./b.js"`, `import("./c.js")`. */
const REFERENCE = /["'`]((?:\.{1,2})?\/?[\w./-]+\.(?:js|mjs|css))["'`]/g;

/** popup.html plus the scripts and styles it loads, transitively, as paths relative to the build. */
async function popupFiles(buildDir: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const pending = ['popup.html'];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    let text: string;
    try {
      text = await readFile(join(buildDir, file), 'utf8');
    } catch {
      continue; // a string that looked like a path but is not a file of the build
    }
    seen.add(file);
    for (const [, reference] of text.matchAll(REFERENCE)) {
      const target = posix.normalize(reference!.startsWith('/') ? reference!.slice(1) : posix.join(posix.dirname(file), reference!));
      // The popup names the content script only to inject it into the tab: it is counted on its own.
      if (target !== CONTENT_SCRIPT) pending.push(target);
    }
  }
  return seen;
}

/** A zip entry's size: local header (30) + central directory entry (46) + the name twice + the data. */
function zipEntryBytes(name: string, content: Buffer): number {
  const compressed = Math.min(deflateRawSync(content, { level: 9 }).length, content.length);
  return 30 + 46 + 2 * Buffer.byteLength(name) + compressed;
}

/** The sizes of a production build (`.output/chrome-mv3`), in bytes. */
export async function measureBundle(buildDir: string): Promise<BundleBytes> {
  const files = await listFiles(buildDir);
  const popup = await popupFiles(buildDir);
  const sizes = { contentScript: 0, popup: 0, total: 0, zip: 22 }; // 22: end of central directory
  for (const file of files) {
    const name = relative(buildDir, file).split(/[\\/]/).join('/');
    const content = await readFile(file);
    sizes.total += content.length;
    sizes.zip += zipEntryBytes(name, content);
    if (name === CONTENT_SCRIPT) sizes.contentScript += content.length;
    if (popup.has(name)) sizes.popup += content.length;
  }
  return sizes;
}
