import { TEXT_SIZE } from '@/utils/settings/settings';

export interface TextSizeControls {
  element: HTMLElement;
  /** Reflects the current size: disables a button at its bound. */
  update(size: number): void;
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

export function createTextSizeControls(onStep: (direction: 1 | -1) => void): TextSizeControls {
  const group = document.createElement('div');
  group.className = 'text-size';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Text size');
  const decrease = button('Decrease text size', 'A−', () => onStep(-1));
  const increase = button('Increase text size', 'A+', () => onStep(1));
  increase.classList.add('larger');
  group.append(decrease, increase);
  return {
    element: group,
    update(size) {
      decrease.disabled = size <= TEXT_SIZE.min;
      increase.disabled = size >= TEXT_SIZE.max;
    },
  };
}
