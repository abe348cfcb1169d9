import { i18n } from '#i18n';
import type { RemovalKind, RemovedItem } from '@/utils/article';

/** "Removed 2 trackers, 3 share bars, 1 comment section", or null when nothing was removed. */
export function summarizeRemoved(items: readonly RemovedItem[]): string | null {
  const counts = new Map<RemovalKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  if (counts.size === 0) return null;
  const parts = [...counts].map(([kind, count]) => i18n.t(`removed.count.${kind}`, count));
  return i18n.t('removed.summary', [parts.join(', ')]);
}

/** A quiet, collapsed list of what was stripped from the page. */
export function createRemovedSummary(items: readonly RemovedItem[]): HTMLElement | null {
  const summaryText = summarizeRemoved(items);
  if (!summaryText) return null;
  const details = document.createElement('details');
  details.className = 'removed';
  const summary = document.createElement('summary');
  summary.textContent = summaryText;
  const list = document.createElement('ul');
  for (const item of items) {
    const entry = document.createElement('li');
    entry.textContent = i18n.t('removed.item', [i18n.t(`removed.kind.${item.kind}`), item.label]);
    list.append(entry);
  }
  details.append(summary, list);
  return details;
}
