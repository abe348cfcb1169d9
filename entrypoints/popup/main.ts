import { startReader } from '@/components/reader-app';
import { resolveTabId } from '@/utils/read-tab';

const root = document.getElementById('reader') as HTMLElement;
void resolveTabId(location.search).then((tabId) => startReader(root, { tabId, surface: 'popup' }));
