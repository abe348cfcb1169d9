import { i18n } from '#i18n';

export interface MessageAction {
  label: string;
  run(): void | Promise<void>;
}

/** One plain sentence in `role="alert"`, with optional buttons under it. */
export function createMessageView(message: string, actions: MessageAction[] = []): HTMLElement {
  const container = document.createElement('div');
  container.className = 'message';
  const text = document.createElement('p');
  text.className = 'error';
  text.setAttribute('role', 'alert');
  text.textContent = message;
  container.append(text);
  if (actions.length) {
    const buttons = document.createElement('div');
    buttons.className = 'message-actions';
    for (const action of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      button.addEventListener('click', () => void action.run());
      buttons.append(button);
    }
    container.append(buttons);
  }
  return container;
}

/** A "Copy details" action that puts `details` on the clipboard for a bug report. */
export function copyDetailsAction(details: string): MessageAction {
  return {
    label: i18n.t('reader.copyDetails'),
    async run() {
      try {
        await navigator.clipboard.writeText(details);
      } catch {
        // Clipboard refused (no focus): select the details so the user can copy them by hand.
        const pre = document.querySelector('.message-details') ?? document.createElement('pre');
        pre.className = 'message-details';
        pre.textContent = details;
        document.querySelector('.message')?.append(pre);
        getSelection()?.selectAllChildren(pre);
      }
    },
  };
}
