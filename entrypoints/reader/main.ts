import { startReader } from '@/components/reader-app';
import { resolveTabId } from '@/utils/read-tab';

/** The full-tab reader: `reader.html?tabId=N[&scroll=F]`, the same view as the popup with room to read. */
const root = document.getElementById('reader') as HTMLElement;
const scrollFraction = Number.parseFloat(new URLSearchParams(location.search).get('scroll') ?? '');
void resolveTabId(location.search).then((tabId) =>
  startReader(root, { tabId, surface: 'tab', scrollFraction: Number.isFinite(scrollFraction) ? scrollFraction : undefined }),
);
