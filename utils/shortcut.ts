import { browser } from 'wxt/browser';

/** The manifest command that opens the toolbar popup, the reader (MV3 name in every browser). */
export const OPEN_READER_COMMAND = '_execute_action';

/**
 * The keyboard shortcut that opens the reader as the browser writes it (e.g. "Alt+Shift+R"),
 * or null when there is none: the suggested key may be taken by another extension, and people
 * can change or clear it in the browser's shortcut settings.
 */
export async function readerShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === OPEN_READER_COMMAND)?.shortcut || null;
}
