import type { Article } from '@/utils/article';
import { readTab } from '@/utils/read-tab';
import { MESSAGES } from '@/utils/restricted-pages';
import { sanitizeArticleHtml } from '@/utils/sanitize';
import { TEXT_SIZE, stepTextSize, type Settings } from '@/utils/settings/settings';
import { createSettingsSaver, loadSettings } from '@/utils/settings/settings-store';
import { createArticleView } from './article-view';
import { createRemovedSummary } from './removed-summary';
import { createTextSizeControls } from './text-size-controls';

type State = 'loading' | 'ready' | 'error';

/**
 * The reader, shared by the popup and the full-tab page: reads the tab, then shows the
 * article or one sentence saying why it cannot. `root` carries `data-state`.
 */
export async function startReader(root: HTMLElement, tabId: number | null): Promise<void> {
  const setState = (state: State) => {
    root.dataset.state = state;
    root.setAttribute('aria-busy', String(state === 'loading'));
  };
  setState('loading');
  const status = document.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.textContent = 'Reading the page…';
  root.replaceChildren(status);

  const [settings, result] = await Promise.all([loadSettings(), readTab(tabId)]);
  applySettings(root, settings);

  const showError = (message: string) => {
    const alert = document.createElement('p');
    alert.className = 'error';
    alert.setAttribute('role', 'alert');
    alert.textContent = message;
    root.replaceChildren(alert);
    setState('error');
  };

  if (result.status === 'failed') return showError(result.message);
  const { outcome } = result;
  if (outcome.status === 'not-article') {
    return showError(outcome.article && outcome.article.wordCount === 0 ? MESSAGES.emptyPage : MESSAGES.notArticle);
  }
  showArticle(root, outcome.article, settings);
  setState('ready');
}

function applySettings(root: HTMLElement, settings: Settings): void {
  root.style.setProperty('--text-size', `${settings.textSize}px`);
}

function showArticle(root: HTMLElement, article: Article, initial: Settings): void {
  const settings = { ...initial };
  const saver = createSettingsSaver();
  const controls = createTextSizeControls((direction) => setTextSize(stepTextSize(settings.textSize, direction)));
  const setTextSize = (size: number) => {
    if (size === settings.textSize) return;
    settings.textSize = size;
    applySettings(root, settings);
    controls.update(size);
    saver.save({ ...settings });
  };
  controls.update(settings.textSize);

  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  toolbar.append(controls.element);

  const body = sanitizeArticleHtml(article.html);
  const view = createArticleView(article, body);
  const removed = createRemovedSummary(article.removed);
  root.replaceChildren(toolbar, view, ...(removed ? [removed] : []));
  document.title = `${article.title} – Quiet Reader`;

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') setTextSize(stepTextSize(settings.textSize, 1));
    else if (event.key === '-' || event.key === '_') setTextSize(stepTextSize(settings.textSize, -1));
    else if (event.key === '0') setTextSize(TEXT_SIZE.default);
    else return;
    event.preventDefault();
  });
  window.addEventListener('pagehide', () => void saver.flush());
}
