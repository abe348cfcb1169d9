// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintMessage, LintResult } from 'web-ext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintExtension, lintFailures } from '../../scripts/lib/amo-lint';

/** A minimal Firefox MV3 extension whose one script is `script`. */
async function extensionWith(directory: string, script: string): Promise<string> {
  const manifest = {
    manifest_version: 3,
    name: 'Lint test',
    version: '1.0',
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: { id: 'lint-test@quietreader.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
  await writeFile(join(directory, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(directory, 'background.js'), script);
  return directory;
}

function lintResult(messages: LintMessage[]): LintResult {
  const of = (type: LintMessage['_type']) => messages.filter((message) => message._type === type);
  return {
    count: messages.length,
    summary: { errors: of('error').length, warnings: of('warning').length, notices: of('notice').length },
    errors: of('error'),
    warnings: of('warning'),
    notices: of('notice'),
  };
}

describe('lintFailures', () => {
  it('fails every error, warning and notice', () => {
    const error: LintMessage = { _type: 'error', code: 'MANIFEST_FIELD_REQUIRED', message: 'x' };
    const warning: LintMessage = { _type: 'warning', code: 'UNSAFE_VAR_ASSIGNMENT', message: 'y' };
    const notice: LintMessage = { _type: 'notice', code: 'SOME_NOTICE', message: 'z' };
    expect(lintFailures(lintResult([error, warning, notice]))).toEqual([error, warning, notice]);
    expect(lintFailures(lintResult([]))).toEqual([]);
  });
});

// The real linter, as npm run lint:firefox calls it, on an extension with and without the
// statement it flagged in the bundled libraries before patches/ took them out.
describe('the linter on a real extension', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'quiet-reader-amo-lint-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('fails an innerHTML assignment of a variable', async () => {
    const directory = await mkdtemp(join(root, 'unsafe-'));
    const script = 'const box = document.createElement("div");\nexport function show(html) { box.innerHTML = html; }\n';
    const failures = lintFailures(await lintExtension(await extensionWith(directory, script)));
    expect(failures.map(({ _type, code, file }) => ({ _type, code, file }))).toEqual([
      { _type: 'warning', code: 'UNSAFE_VAR_ASSIGNMENT', file: 'background.js' },
    ]);
  }, 60_000);

  it('passes the same extension with textContent', async () => {
    const directory = await mkdtemp(join(root, 'safe-'));
    const script = 'const box = document.createElement("div");\nexport function show(text) { box.textContent = text; }\n';
    expect(lintFailures(await lintExtension(await extensionWith(directory, script)))).toEqual([]);
  }, 60_000);
});
