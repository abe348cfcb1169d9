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

function button(label: string, text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.setAttribute('aria-label', label);
  element.title = label;
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

export function createReaderToolbar(panelId: string, actions: ToolbarActions): ReaderToolbar {
  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Reader controls');

  const sizes = document.createElement('div');
  sizes.className = 'text-size';
  sizes.setAttribute('role', 'group');
  sizes.setAttribute('aria-label', 'Text size');
  const decrease = button('Decrease text size', 'A−', () => actions.stepTextSize(-1));
  const increase = button('Increase text size', 'A+', () => actions.stepTextSize(1));
  increase.classList.add('larger');
  sizes.append(decrease, increase);

  const settingsToggle = button('Reader settings', 'Aa', actions.toggleSettings);
  settingsToggle.setAttribute('aria-expanded', 'false');
  settingsToggle.setAttribute('aria-controls', panelId);
  toolbar.append(sizes, settingsToggle);
  if (actions.openInTab) toolbar.append(button('Open in tab', '⤢', actions.openInTab));

  return {
    element: toolbar,
    settingsToggle,
    updateTextSize(size) {
      decrease.disabled = size <= TEXT_SIZE.min;
      increase.disabled = size >= TEXT_SIZE.max;
    },
  };
}
