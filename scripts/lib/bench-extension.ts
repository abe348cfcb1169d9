import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** File names the benchmark adds to its copy of the extension. */
export const BENCH_PROBE = 'bench-probe.js';
export const BENCH_BASELINE_PROBE = 'bench-baseline-probe.js';
export const BENCH_CONTROL = 'bench-control.html';

const ROOT = join(import.meta.dirname, '..', '..');
/** Inside the project, so that another commit's code finds the project's node_modules. */
const BASELINE_CHECKOUT = join(ROOT, 'node_modules', '.cache', 'quiet-reader-bench', 'baseline');

/** Points the probe's import of the pipeline at another checkout of utils/. */
function pipelineFrom(checkout: string): Plugin {
  return {
    name: 'baseline-pipeline',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /\/utils\/extract\/extract-article$/ }, () => ({
        path: join(checkout, 'utils', 'extract', 'extract-article.ts'),
      }));
    },
  };
}

/** Writes utils/ as it is at the git commit `ref` into a scratch folder; returns the folder. */
async function checkoutUtils(ref: string): Promise<string> {
  await rm(BASELINE_CHECKOUT, { recursive: true, force: true });
  await mkdir(BASELINE_CHECKOUT, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', ref, 'utils'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', BASELINE_CHECKOUT], { input: archive });
  return BASELINE_CHECKOUT;
}

export interface BenchExtension {
  directory: string;
  remove(): Promise<void>;
}

/**
 * Bundles scripts/lib/bench-probe.ts (Readability + the pipeline) into one script for
 * `scripting.executeScript`; with `baselineCheckout`, with that checkout's pipeline instead.
 */
export async function bundleProbe(baselineCheckout?: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'bench-probe.ts')],
    bundle: true,
    format: 'iife',
    // Minified like the production content script, so both run the same kind of code, but
    // with its names kept so that CPU profiles (--profile) name the functions.
    minifyWhitespace: true,
    minifySyntax: true,
    target: 'chrome120',
    define: { PROBE_GLOBAL: JSON.stringify(baselineCheckout ? 'quietReaderBenchBaseline' : 'quietReaderBench') },
    plugins: baselineCheckout ? [pipelineFrom(baselineCheckout)] : [],
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no probe bundle');
  return output.text;
}

/**
 * A copy of the e2e build plus the probe (and the baseline's, with `baselineRef`) and a blank control page. The probe must be a file of
 * the extension to run in the extension's isolated world, like the content script; the blank
 * page calls the tabs and scripting APIs without running the popup itself.
 */
export async function prepareBenchExtension(e2eBuild: string, baselineRef?: string): Promise<BenchExtension> {
  const directory = await mkdtemp(join(tmpdir(), 'quiet-reader-bench-ext-'));
  await cp(e2eBuild, directory, { recursive: true });
  await writeFile(join(directory, BENCH_PROBE), await bundleProbe());
  if (baselineRef) await writeFile(join(directory, BENCH_BASELINE_PROBE), await bundleProbe(await checkoutUtils(baselineRef)));
  await writeFile(join(directory, BENCH_CONTROL), '<!doctype html><meta charset="utf-8"><title>Quiet Reader bench</title>\n');
  return {
    directory,
    remove: async () => {
      await rm(directory, { recursive: true, force: true });
      if (baselineRef) await rm(BASELINE_CHECKOUT, { recursive: true, force: true });
    },
  };
}
