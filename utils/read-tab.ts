import { browser } from 'wxt/browser';
import { parseExtractReply, type ExtractOutcome } from './article';
import { INJECTED_SCRIPT } from './injected-script';
import { messageForInjectionError, MESSAGES, restrictionFor } from './restricted-pages';

export type TabReadResult = { status: 'read'; outcome: ExtractOutcome } | { status: 'failed'; message: string; detail?: string };

/** The tab to read: `?tabId=N` in the page's address, else the active tab of this window. */
export async function resolveTabId(search: string): Promise<number | null> {
  const requested = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(requested) && requested >= 0) return requested;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * Injects the content script into the tab (only now, because the user asked) and checks its
 * reply. Every failure becomes one sentence for the reader; nothing is thrown.
 */
export async function readTab(tabId: number | null): Promise<TabReadResult> {
  if (tabId === null) return { status: 'failed', message: MESSAGES.noTab };
  const url = await tabUrl(tabId);
  const restriction = restrictionFor(url);
  if (restriction) return { status: 'failed', message: restriction };
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [INJECTED_SCRIPT] });
    return { status: 'read', outcome: parseExtractReply(injection?.result) };
  } catch (error) {
    return { status: 'failed', message: messageForInjectionError(error, url), detail: String(error) };
  }
}
