import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPEN_READER_COMMAND, readerShortcut } from '@/utils/shortcut';

/** The fake browser has no commands of its own: give it the list a browser would report. */
function browserCommands(commands: { name: string; shortcut?: string; description?: string }[]) {
  fakeBrowser.commands.getAll = (async () => commands) as typeof fakeBrowser.commands.getAll;
}

describe('readerShortcut', () => {
  it('is the key the browser assigned to opening the popup', async () => {
    browserCommands([
      { name: 'something-else', shortcut: 'Ctrl+Shift+Y' },
      { name: OPEN_READER_COMMAND, shortcut: 'Alt+Shift+R', description: '' },
    ]);
    await expect(readerShortcut()).resolves.toBe('Alt+Shift+R');
  });

  it('is null when the person cleared it or another extension holds the key', async () => {
    browserCommands([{ name: OPEN_READER_COMMAND, shortcut: '' }]);
    await expect(readerShortcut()).resolves.toBeNull();
    browserCommands([{ name: OPEN_READER_COMMAND }]);
    await expect(readerShortcut()).resolves.toBeNull();
  });
});
