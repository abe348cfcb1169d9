import { i18n } from '#i18n';
import { FONTS, LINE_HEIGHTS, THEMES, WIDTHS, type Settings } from '@/utils/settings/settings';

type ChoiceKey = 'theme' | 'font' | 'lineHeight' | 'width';

/** The locale key of a setting's name or of one of its choices (locales/*.yml, settings.*). */
type ChoiceLabelKey = `settings.${ChoiceKey}.${string}` & Parameters<typeof i18n.t>[0];
const labelKey = (key: ChoiceKey, option: string) => `settings.${key}.${option}` as ChoiceLabelKey;
type FlagKey = 'loadImages' | 'textSizePerSite';

export interface SettingsPanel {
  element: HTMLElement;
  /** Reflects `settings` in the controls without reporting a change. */
  update(settings: Settings): void;
}

/**
 * One small panel: every change applies at once through `onChange`. Each radio's accessible
 * name includes its group ("Theme: Dark"), so a screen reader says what it sets.
 */
export function createSettingsPanel(id: string, onChange: (change: Partial<Settings>) => void, footer?: string): SettingsPanel {
  const panel = document.createElement('section');
  panel.id = id;
  panel.className = 'settings-panel';
  panel.setAttribute('aria-label', i18n.t('settings.panel'));
  panel.hidden = true;

  const radios: Record<ChoiceKey, Map<string, HTMLInputElement>> = {
    theme: new Map(), font: new Map(), lineHeight: new Map(), width: new Map(),
  };
  const flags = new Map<FlagKey, HTMLInputElement>();

  const group = (key: ChoiceKey, options: readonly string[]) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    const legendText = i18n.t(labelKey(key, 'label'));
    legend.textContent = legendText;
    fieldset.append(legend);
    for (const option of options) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = key;
      input.value = option;
      const optionText = i18n.t(labelKey(key, option));
      input.setAttribute('aria-label', i18n.t('settings.choice', [legendText, optionText]));
      input.addEventListener('change', () => {
        if (input.checked) onChange({ [key]: option } as Partial<Settings>);
      });
      radios[key].set(option, input);
      label.append(input, ` ${optionText}`);
      fieldset.append(label);
    }
    panel.append(fieldset);
  };

  const checkbox = (key: FlagKey, text: string) => {
    const label = document.createElement('label');
    label.className = 'flag';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.addEventListener('change', () => onChange({ [key]: input.checked } as Partial<Settings>));
    flags.set(key, input);
    label.append(input, ` ${text}`);
    panel.append(label);
  };

  group('theme', THEMES);
  group('font', FONTS);
  group('lineHeight', LINE_HEIGHTS);
  group('width', WIDTHS);
  checkbox('loadImages', i18n.t('settings.loadImages'));
  checkbox('textSizePerSite', i18n.t('settings.textSizePerSite'));
  if (footer) {
    const note = document.createElement('p');
    note.className = 'settings-note';
    note.textContent = footer;
    panel.append(note);
  }

  return {
    element: panel,
    update(settings) {
      for (const key of Object.keys(radios) as ChoiceKey[]) {
        for (const [value, input] of radios[key]) input.checked = settings[key] === value;
      }
      for (const [key, input] of flags) input.checked = settings[key];
    },
  };
}
