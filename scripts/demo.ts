/**
 * `npm start`: builds Quiet Reader and opens Chromium with it on the bundled demo article.
 *
 *   npm start                        a browser window; click the toolbar button to read
 *   npm start -- --screenshot FILE   no window: writes a picture of the reader on the demo page
 *                 [--theme light|dark|sepia]   ... in that theme
 *
 * Without a display (no DISPLAY or WAYLAND_DISPLAY) it says so and, given --screenshot, still
 * writes the picture.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, openReader } from './lib/chromium';
import { serveFolder } from './lib/static-server';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { screenshot: { type: 'string' }, theme: { type: 'string', default: 'light' } } });
const THEMES = ['light', 'dark', 'sepia'];
if (!THEMES.includes(values.theme)) {
  console.error(`--theme must be one of ${THEMES.join(', ')}.`);
  process.exit(2);
}
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function build(mode: 'production' | 'e2e'): string {
  const args = ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])];
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(ROOT, '.output', mode === 'e2e' ? 'chrome-mv3-e2e' : 'chrome-mv3');
}

async function screenshot(file: string, theme: string): Promise<void> {
  // The e2e build may read localhost pages without a toolbar click, which a script cannot make.
  const extension = build('e2e');
  const server = await serveFolder(join(ROOT, 'demo'));
  const browser = await launchWithExtension(extension);
  try {
    const tabId = await browser.openTab(server.url('/article.html'));
    await browser.setSettings({ theme });
    const reader = await openReader(browser, tabId);
    await reader.page.locator('body').screenshot({ path: file });
    console.log(`Wrote ${file} (reader ${reader.state} on ${server.url('/article.html')}).`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function openWindow(): Promise<void> {
  const extension = build('production');
  const server = await serveFolder(join(ROOT, 'demo'));
  const browser = await launchWithExtension(extension, { headless: false });
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  console.log(`Demo article: ${server.url('/article.html')}`);
  console.log('Click the Quiet Reader button in the toolbar (pin it from the puzzle-piece menu) to read it.');
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
}

if (values.screenshot) {
  await screenshot(values.screenshot, values.theme);
} else if (hasDisplay) {
  await openWindow();
} else {
  console.log('There is no display here (DISPLAY is not set), so no browser window can open.');
  console.log('Run `npm start -- --screenshot reader.png` to get a picture of the reader on the demo article instead.');
}
