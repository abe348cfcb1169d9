import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/** File names the benchmark adds to its copy of the extension. */
export const BENCH_PROBE = 'bench-probe.js';
export const BENCH_CONTROL = 'bench-control.html';

export interface BenchExtension {
  directory: string;
  remove(): Promise<void>;
}

/** Bundles scripts/lib/bench-probe.ts (Readability + the pipeline) into one script for `scripting.executeScript`. */
export async function bundleProbe(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'bench-probe.ts')],
    bundle: true,
    format: 'iife',
    // Minified like the production content script, so both run the same kind of code, but
    // with its names kept so that CPU profiles (--profile) name the functions.
    minifyWhitespace: true,
    minifySyntax: true,
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no probe bundle');
  return output.text;
}

/**
 * A copy of the e2e build plus the probe and a blank control page. The probe must be a file of
 * the extension to run in the extension's isolated world, like the content script; the blank
 * page calls the tabs and scripting APIs without running the popup itself.
 */
export async function prepareBenchExtension(e2eBuild: string): Promise<BenchExtension> {
  const directory = await mkdtemp(join(tmpdir(), 'quiet-reader-bench-ext-'));
  await cp(e2eBuild, directory, { recursive: true });
  await writeFile(join(directory, BENCH_PROBE), await bundleProbe());
  await writeFile(join(directory, BENCH_CONTROL), '<!doctype html><meta charset="utf-8"><title>Quiet Reader bench</title>\n');
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}
