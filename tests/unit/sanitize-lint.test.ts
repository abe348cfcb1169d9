// @vitest-environment node
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Loading the TypeScript parser takes seconds on a busy machine: once per file, with room. */
const SLOW = { timeout: 60_000 };
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText('export {};\n', { filePath: join(ROOT, 'components/warm-up.ts') });
}, SLOW.timeout);

/** The rules that fire on `code` as if it were a file of the extension at `path`. */
async function rulesFiredOn(code: string, path = 'components/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const UNSAFE: [string, string][] = [
  ['element.innerHTML = html;', 'no-unsanitized/property'],
  ['element.innerHTML += html;', 'no-unsanitized/property'],
  ['element.outerHTML = `<p>${html}</p>`;', 'no-unsanitized/property'],
  ['frame.srcdoc = html;', 'no-unsanitized/property'],
  ["element.insertAdjacentHTML('beforeend', html);", 'no-unsanitized/method'],
  ['document.write(html);', 'no-unsanitized/method'],
  ['document.createRange().createContextualFragment(html);', 'no-unsanitized/method'],
  ['element.setHTMLUnsafe(html);', 'no-unsanitized/method'],
  ["new DOMParser().parseFromString(html, 'text/html');", 'no-unsanitized/method'],
  ['Document.parseHTMLUnsafe(html);', 'no-unsanitized/method'],
  ['eval(html);', 'no-eval'],
  ['new Function(html)();', 'no-new-func'],
  ["setTimeout('show(' + html + ')', 0);", 'no-implied-eval'],
  ['window.setInterval(`show(${html})`, 9);', 'no-implied-eval'],
];

describe('lint rules against unsanitized HTML and eval', () => {
  it.each(UNSAFE)('flags %s', SLOW, async (statement, rule) => {
    const code = `declare const element: Element, frame: HTMLIFrameElement, html: string;\n${statement}\n`;
    expect(await rulesFiredOn(code)).toContain(rule);
    for (const path of ['entrypoints/popup/main.ts', 'utils/anything.ts']) expect(await rulesFiredOn(code, path)).toContain(rule);
  });

  it('lets literals and text through', SLOW, async () => {
    const code = "declare const element: Element, html: string;\nelement.innerHTML = '';\nelement.textContent = html;\n";
    expect(await rulesFiredOn(code)).toEqual([]);
  });
});
