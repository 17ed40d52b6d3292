/** The "Reading" panel of the Settings dialog: text size, typeface, theme, line width, motion, text speed, number keys. */
import { LINE_WIDTHS, TEXT_SIZES, TEXT_SPEEDS, type DisplaySettings } from '../core/displaySettings';
import type { SettingsPanel } from './settingsDialog';
import { checkbox, radioGroup } from './settingsDialog';

export interface DisplaySettingsStore {
  get(): DisplaySettings;
  set(patch: Partial<DisplaySettings>): void;
}

const SIZE_LABELS = ['Small', 'Medium', 'Large', 'Larger', 'Largest'];
const WIDTH_LABELS = ['Narrow', 'Medium', 'Wide'];
const SPEED_LABELS = ['Instant', 'Typewriter, fast', 'Typewriter, slow'];

export function displaySettingsPanel(store: DisplaySettingsStore): SettingsPanel {
  return {
    title: 'Reading',
    render: () => {
      const s = store.get();
      return [
        radioGroup(
          'Text size',
          'text-size',
          TEXT_SIZES.map((value, i) => ({ value, label: SIZE_LABELS[i] ?? `${value}%` })),
          s.textSize,
          (textSize) => store.set({ textSize }),
        ),
        radioGroup(
          'Typeface',
          'typeface',
          [
            { value: 'serif', label: 'Book serif (Source Serif)' },
            { value: 'sans', label: 'Sans (Source Sans)' },
            { value: 'legible', label: 'Atkinson Hyperlegible' },
          ] as const,
          s.typeface,
          (typeface) => store.set({ typeface }),
        ),
        radioGroup(
          'Theme',
          'theme',
          [
            { value: 'system', label: 'As the system (paper or dark)' },
            { value: 'paper', label: 'Paper' },
            { value: 'dark', label: 'Dark' },
            { value: 'contrast', label: 'High contrast' },
          ] as const,
          s.theme,
          (theme) => store.set({ theme }),
        ),
        radioGroup(
          'Line width',
          'line-width',
          LINE_WIDTHS.map((value, i) => ({ value, label: WIDTH_LABELS[i] ?? `${value}` })),
          s.lineWidth,
          (lineWidth) => store.set({ lineWidth }),
        ),
        radioGroup(
          'Reduced motion',
          'reduced-motion',
          [
            { value: 'system', label: 'As the system' },
            { value: 'on', label: 'On' },
            { value: 'off', label: 'Off' },
          ] as const,
          s.reducedMotion,
          (reducedMotion) => store.set({ reducedMotion }),
        ),
        radioGroup(
          'Text speed (Space or a click shows the whole passage)',
          'text-speed',
          TEXT_SPEEDS.map((value, i) => ({ value, label: SPEED_LABELS[i] ?? `${value}` })),
          s.textSpeed,
          (textSpeed) => store.set({ textSpeed }),
        ),
        checkbox('Number keys 1–9 take choices', s.numberKeys, (numberKeys) => store.set({ numberKeys })),
      ];
    },
  };
}
