import {
  FONTS, LINE_HEIGHTS, THEMES, WIDTHS,
  type Font, type LineHeight, type Settings, type Theme, type Width,
} from '@/utils/settings/settings';

const THEME_LABELS: Record<Theme, string> = { system: 'Match system', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const FONT_LABELS: Record<Font, string> = { serif: 'Serif', sans: 'Sans-serif', dyslexic: 'OpenDyslexic', system: 'System' };
const LINE_HEIGHT_LABELS: Record<LineHeight, string> = { compact: 'Compact', normal: 'Normal', loose: 'Loose' };
const WIDTH_LABELS: Record<Width, string> = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' };

type ChoiceKey = 'theme' | 'font' | 'lineHeight' | 'width';
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
export function createSettingsPanel(id: string, onChange: (change: Partial<Settings>) => void): SettingsPanel {
  const panel = document.createElement('section');
  panel.id = id;
  panel.className = 'settings-panel';
  panel.setAttribute('aria-label', 'Reader settings');
  panel.hidden = true;

  const radios: Record<ChoiceKey, Map<string, HTMLInputElement>> = {
    theme: new Map(), font: new Map(), lineHeight: new Map(), width: new Map(),
  };
  const flags = new Map<FlagKey, HTMLInputElement>();

  const group = <T extends string>(key: ChoiceKey, legendText: string, options: readonly T[], labels: Record<T, string>) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = legendText;
    fieldset.append(legend);
    for (const option of options) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = key;
      input.value = option;
      input.setAttribute('aria-label', `${legendText}: ${labels[option]}`);
      input.addEventListener('change', () => {
        if (input.checked) onChange({ [key]: option } as Partial<Settings>);
      });
      radios[key].set(option, input);
      label.append(input, ` ${labels[option]}`);
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

  group('theme', 'Theme', THEMES, THEME_LABELS);
  group('font', 'Font', FONTS, FONT_LABELS);
  group('lineHeight', 'Line spacing', LINE_HEIGHTS, LINE_HEIGHT_LABELS);
  group('width', 'Width', WIDTHS, WIDTH_LABELS);
  checkbox('loadImages', 'Load images');
  checkbox('textSizePerSite', 'Remember text size for each site');

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
