/**
 * The "Sound and map" panel of the Settings dialog: volumes, mute, the map on
 * or off. Motion is the Reading panel's setting, which the map follows too.
 */
import type { PresentationSettings, PresentationSettingsStore } from '../core/presentationSettings';
import { el } from './dom';
import type { SettingsPanel } from './settingsDialog';

function slider(
  id: keyof Pick<PresentationSettings, 'master' | 'music' | 'effects'>,
  label: string,
  store: PresentationSettingsStore,
): HTMLElement {
  const input = el('input', {
    attrs: {
      type: 'range',
      min: '0',
      max: '100',
      step: '5',
      id: `setting-${id}`,
      value: String(Math.round(store.settings[id] * 100)),
    },
  });
  input.addEventListener('input', () => store.update({ [id]: Number(input.value) / 100 }));
  return el('p', { class: 'setting' }, [el('label', { text: label, attrs: { for: input.id } }), input]);
}

function checkbox(id: 'muted' | 'map', label: string, store: PresentationSettingsStore): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox', id: `setting-${id}` } });
  input.checked = store.settings[id];
  input.addEventListener('change', () => store.update({ [id]: input.checked }));
  return el('p', { class: 'setting' }, [input, el('label', { text: label, attrs: { for: input.id } })]);
}

/** The panel's controls, each applied and saved as it changes. */
export function soundMapPanel(store: PresentationSettingsStore): SettingsPanel {
  return {
    title: 'Sound and map',
    render: () => [
      slider('master', 'Master volume', store),
      slider('music', 'Music', store),
      slider('effects', 'Effects', store),
      checkbox('muted', 'Mute all sound', store),
      checkbox('map', 'Show the map', store),
    ],
  };
}
