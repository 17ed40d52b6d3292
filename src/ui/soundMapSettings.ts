/**
 * The "Sound & map" settings: volumes, mute, the map on or off, motion. Its
 * own dialog for now; its section is built apart so the Settings dialog can
 * take it whole.
 */
import type { Motion, PresentationSettings, PresentationSettingsStore } from '../core/presentationSettings';
import { openDialog } from './dialog';
import { el } from './dom';

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

const MOTION: [Motion, string][] = [
  ['system', 'As my device asks'],
  ['reduced', 'Reduced: the map cuts between places'],
  ['full', 'Full: the map glides between places'],
];

/** The section's controls, each applied and saved as it changes. */
export function soundMapSection(store: PresentationSettingsStore): HTMLElement {
  const motion = el('select', { attrs: { id: 'setting-motion' } });
  for (const [value, text] of MOTION) motion.append(el('option', { text, attrs: { value } }));
  motion.value = store.settings.motion;
  motion.addEventListener('change', () => store.update({ motion: motion.value as Motion }));
  return el('section', { class: 'settings-section', attrs: { 'aria-label': 'Sound and map' } }, [
    slider('master', 'Master volume', store),
    slider('music', 'Music', store),
    slider('effects', 'Effects', store),
    checkbox('muted', 'Mute all sound', store),
    checkbox('map', 'Show the map', store),
    el('p', { class: 'setting' }, [el('label', { text: 'Motion', attrs: { for: motion.id } }), motion]),
  ]);
}

export function openSoundMapSettings(store: PresentationSettingsStore): void {
  openDialog('Sound & map', [soundMapSection(store)]);
}
