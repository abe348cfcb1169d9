import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePath } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/**
 * `npm run extract` runs the pipeline in plain Node with jsdom windows of its own, where no
 * DOM globals exist: code that reaches for `Node` or `document` at import time breaks it,
 * which the unit tests (a jsdom environment with globals) cannot see.
 */
describe('npm run extract', () => {
  it('prints one JSON line per file, with the article and the one that failed', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const files = [fixturePath('theprint-us-strikes.html'), fixturePath('pages/missing.html')];
    const { stdout } = await run(tsx, ['scripts/extract.ts', '--format', 'json', ...files], { cwd: ROOT }).catch(
      // One unreadable file makes the exit status 1; the output is still there.
      (error: { stdout: string; code: number }) => {
        expect(error.code).toBe(1);
        return error;
      },
    );
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; title: string | null; text: string });
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ ok: true, title: expect.stringContaining('US strikes') });
    expect(records[0]!.text.split('\n').length).toBeGreaterThan(10);
    expect(records[1]).toMatchObject({ ok: false });
  });
});
