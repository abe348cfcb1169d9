import { i18n } from '#i18n';
import { TEXT_SIZE } from '@/utils/settings/settings';

export interface ReaderToolbar {
  element: HTMLElement;
  settingsToggle: HTMLButtonElement;
  /** Reflects the current text size: a button is disabled at its bound. */
  updateTextSize(size: number): void;
}

export interface ToolbarActions {
  stepTextSize(direction: 1 | -1): void;
  toggleSettings(): void;
  /** Absent where the reader already fills a tab. */
  openInTab?: () => void;
}

/**
 * A button named by `label`. A short visible glyph ("A+") is hidden from assistive technology
 * and the label is given as (visually hidden) content, so the accessible name and the visible
 * text never disagree.
 */
function button(label: string, onClick: () => void, glyph?: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.title = label;
  if (glyph) {
    const visible = document.createElement('span');
    visible.setAttribute('aria-hidden', 'true');
    visible.textContent = glyph;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = label;
    element.append(visible, name);
  } else {
    element.textContent = label;
  }
  element.addEventListener('click', onClick);
  return element;
}

export function createReaderToolbar(panelId: string, actions: ToolbarActions): ReaderToolbar {
  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', i18n.t('reader.controls'));

  const sizes = document.createElement('div');
  sizes.className = 'text-size';
  sizes.setAttribute('role', 'group');
  sizes.setAttribute('aria-label', i18n.t('reader.textSize'));
  const decrease = button(i18n.t('reader.decreaseTextSize'), () => actions.stepTextSize(-1), 'A−');
  const increase = button(i18n.t('reader.increaseTextSize'), () => actions.stepTextSize(1), 'A+');
  increase.classList.add('larger');
  sizes.append(decrease, increase);

  const settingsToggle = button(i18n.t('settings.panel'), actions.toggleSettings, 'Aa');
  settingsToggle.setAttribute('aria-expanded', 'false');
  settingsToggle.setAttribute('aria-controls', panelId);
  toolbar.append(sizes, settingsToggle);
  if (actions.openInTab) toolbar.append(button(i18n.t('reader.openInTab'), actions.openInTab));

  return {
    element: toolbar,
    settingsToggle,
    updateTextSize(size) {
      decrease.disabled = size <= TEXT_SIZE.min;
      increase.disabled = size >= TEXT_SIZE.max;
    },
  };
}
