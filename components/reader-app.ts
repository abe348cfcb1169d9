import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { type Article, shownTitle } from '@/utils/article';
import { readTab, type TabReadResult } from '@/utils/read-tab';
import { MESSAGES } from '@/utils/restricted-pages';
import { readerHeader } from '@/utils/header';
import { repairMojibakeIn } from '@/utils/mojibake';
import { sanitizeArticleHtml } from '@/utils/sanitize';
import { normalizeSettings, siteKey, stepTextSize, TEXT_SIZE, type Settings } from '@/utils/settings/settings';
import { createSettingsSaver, loadSettings, loadSiteTextSize } from '@/utils/settings/settings-store';
import { readerShortcut } from '@/utils/shortcut';
import { applySettings } from './apply-settings';
import { createArticleView, loadDateFormats } from './article-view';
import { copyDetailsAction, createMessageView, type MessageAction } from './message-view';
import { createReaderToolbar } from './reader-toolbar';
import { createReadingProgress } from './reading-progress';
import { createRemovedSummary } from './removed-summary';
import { createSettingsPanel } from './settings-panel';

type State = 'loading' | 'ready' | 'error';

export interface ReaderOptions {
  tabId: number | null;
  /** The popup scrolls inside the reader element; the full tab scrolls the page. */
  surface: 'popup' | 'tab';
  /** Fraction of the article already read (0 to 1), restored once it is shown. */
  scrollFraction?: number;
}

/** After this long the status says that a large page takes a while. */
const SLOW_READ_MS = 1_500;
/** After this long the reader gives up waiting for the page and says so. */
const READ_TIMEOUT_MS = 20_000;

function setState(root: HTMLElement, state: State): void {
  root.dataset.state = state;
  root.setAttribute('aria-busy', String(state === 'loading'));
}

function showLoading(root: HTMLElement): () => void {
  const status = document.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.textContent = i18n.t('reader.loading');
  const progress = document.createElement('progress');
  progress.setAttribute('aria-label', i18n.t('reader.loading'));
  root.replaceChildren(progress, status);
  setState(root, 'loading');
  const slow = setTimeout(() => {
    status.textContent = i18n.t('reader.stillLoading');
  }, SLOW_READ_MS);
  return () => clearTimeout(slow);
}

function showMessage(root: HTMLElement, message: string, actions: MessageAction[] = []): void {
  root.replaceChildren(createMessageView(message, actions));
  setState(root, 'error');
}

function readWithTimeout(tabId: number | null): Promise<TabReadResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'failed', message: MESSAGES.timedOut }), READ_TIMEOUT_MS);
    void readTab(tabId).then((result) => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

/** Any error that escapes becomes the reader's message, with details to copy, never a console error. */
function catchUnexpectedErrors(root: HTMLElement): void {
  const report = (detail: string) => showMessage(root, MESSAGES.unexpected, [copyDetailsAction(detail)]);
  window.addEventListener('error', (event) => {
    event.preventDefault();
    report(String(event.error?.stack ?? event.message));
  });
  window.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    report(String(event.reason?.stack ?? event.reason));
  });
}

/**
 * The reader, shared by the popup and the full-tab page: reads the tab, then shows the
 * article or one sentence saying why it cannot. `root` carries `data-state`.
 */
export async function startReader(root: HTMLElement, options: ReaderOptions): Promise<void> {
  catchUnexpectedErrors(root);
  document.documentElement.lang = i18n.t('language');
  const stopLoading = showLoading(root);
  const reading = Promise.all([loadSettings(), readWithTimeout(options.tabId)]);
  loadDateFormats();
  const [settings, result] = await reading;
  stopLoading();
  applySettings(settings);

  if (result.status === 'failed') {
    return showMessage(root, result.message, result.detail ? [copyDetailsAction(result.detail)] : []);
  }
  const { outcome } = result;
  if (outcome.status === 'failed') {
    if (outcome.reason === 'too-large') return showMessage(root, MESSAGES.tooLarge);
    if (outcome.reason === 'pdf') return showMessage(root, MESSAGES.pdf);
    return showMessage(root, MESSAGES.unexpected, [copyDetailsAction(outcome.detail)]);
  }
  if (outcome.status === 'not-article') {
    const found = outcome.article;
    // "Show anyway" only when extraction found some text to show.
    if (!found || found.wordCount === 0) return showMessage(root, MESSAGES.notArticle);
    return showMessage(root, MESSAGES.notArticle, [
      { label: i18n.t('reader.showAnyway'), run: () => showArticle(root, found, settings, options) },
    ]);
  }
  await showArticle(root, outcome.article, settings, options);
}

async function showArticle(root: HTMLElement, found: Article, stored: Settings, options: ReaderOptions): Promise<void> {
  const article = readerHeader(found);
  const settings = normalizeSettings(stored);
  const site = siteKey(article.url);
  if (settings.textSizePerSite && site) settings.textSize = (await loadSiteTextSize(site)) ?? settings.textSize;
  const saver = createSettingsSaver();
  const scroller = options.surface === 'popup' ? root : (document.scrollingElement as HTMLElement);

  const update = (change: Partial<Settings>) => {
    const imagesChanged = change.loadImages !== undefined && change.loadImages !== settings.loadImages;
    Object.assign(settings, change);
    applySettings(settings);
    toolbar.updateTextSize(settings.textSize);
    panel.update(settings);
    saver.save({ ...settings }, site);
    // Images can only be added or left out when the article is sanitized, so re-render it.
    if (imagesChanged) renderBody();
  };
  const setTextSize = (size: number) => {
    if (size !== settings.textSize) update({ textSize: size });
  };

  const panelId = 'settings-panel';
  const shortcut = await readerShortcut().catch(() => null);
  const panel = createSettingsPanel(panelId, update, shortcut ? i18n.t('reader.shortcut', [shortcut]) : i18n.t('reader.noShortcut'));
  const setPanelOpen = (open: boolean) => {
    panel.element.hidden = !open;
    toolbar.settingsToggle.setAttribute('aria-expanded', String(open));
    if (open) panel.element.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  };
  const toolbar = createReaderToolbar(panelId, {
    stepTextSize: (direction) => setTextSize(stepTextSize(settings.textSize, direction)),
    toggleSettings: () => setPanelOpen(panel.element.hidden),
    openInTab:
      options.surface === 'popup' && options.tabId !== null
        ? () => void saver.flush().then(() => openInTab(options.tabId as number, scroller))
        : undefined,
  });

  const articleView = () => {
    const body = sanitizeArticleHtml(article.html, { loadImages: settings.loadImages });
    repairMojibakeIn(body);
    return createArticleView(article, body);
  };
  let view = articleView();
  const renderBody = () => {
    const next = articleView();
    view.replaceWith(next);
    view = next;
  };
  const removed = createRemovedSummary(article.removed);
  root.replaceChildren(createReadingProgress(scroller), toolbar.element, panel.element, view, ...(removed ? [removed] : []));
  applySettings(settings);
  toolbar.updateTextSize(settings.textSize);
  panel.update(settings);
  document.title = `${shownTitle(article)} – Quiet Reader`;
  setState(root, 'ready');
  if (options.scrollFraction) {
    requestAnimationFrame(() => {
      scroller.scrollTop = (options.scrollFraction ?? 0) * (scroller.scrollHeight - scroller.clientHeight);
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.element.hidden) {
      setPanelOpen(false);
      toolbar.settingsToggle.focus();
      event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLInputElement && event.target.type !== 'radio' && event.target.type !== 'checkbox') return;
    if (event.key === '+' || event.key === '=') setTextSize(stepTextSize(settings.textSize, 1));
    else if (event.key === '-' || event.key === '_') setTextSize(stepTextSize(settings.textSize, -1));
    else if (event.key === '0') setTextSize(TEXT_SIZE.default);
    else return;
    event.preventDefault();
  });
  // Ctrl + wheel changes the reader's text size rather than zooming the whole page.
  window.addEventListener('wheel', (event) => {
    if (!event.ctrlKey || event.deltaY === 0) return;
    event.preventDefault();
    setTextSize(stepTextSize(settings.textSize, event.deltaY < 0 ? 1 : -1));
  }, { passive: false });
  window.addEventListener('pagehide', () => void saver.flush());
}

/** Opens the same reader in a full tab, at the same place in the article, and closes the popup. */
async function openInTab(tabId: number, scroller: HTMLElement): Promise<void> {
  const range = scroller.scrollHeight - scroller.clientHeight;
  const fraction = range > 0 ? (scroller.scrollTop / range).toFixed(4) : '0';
  await browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?tabId=${tabId}&scroll=${fraction}` });
  window.close();
}
