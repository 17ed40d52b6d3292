/**
 * The Settings dialog, built from panels: each feature contributes a panel (a
 * title and the controls it renders), so sound and map settings are a new
 * panel in the list main.ts passes, not an edit here.
 */
import { el } from './dom';
import { openDialog } from './dialog';

export interface SettingsPanel {
  title: string;
  /** The panel's controls; each applies its change at once. */
  render: () => Node[];
}

export function openSettings(panels: readonly SettingsPanel[]): void {
  const sections = panels.map((p, i) =>
    el('section', { class: 'settings-panel', attrs: { 'aria-labelledby': `settings-panel-${i}` } }, [
      el('h3', { text: p.title, attrs: { id: `settings-panel-${i}` } }),
      ...p.render(),
    ]),
  );
  openDialog('Settings', sections);
  // The first setting's current value has the focus, as a radio group gives it.
  const first = sections[0];
  (first?.querySelector<HTMLElement>('input:checked') ?? first?.querySelector<HTMLElement>('input'))?.focus();
}

/** A group of radio buttons for one setting: arrow keys move within it, as a player expects. */
export function radioGroup<T extends string | number>(
  legend: string,
  name: string,
  options: readonly { value: T; label: string }[],
  current: T,
  onChange: (value: T) => void,
): HTMLElement {
  return el('fieldset', { class: 'settings-group' }, [
    el('legend', { text: legend }),
    ...options.map((o) => {
      const input = el('input', { attrs: { type: 'radio', name, value: String(o.value) } });
      input.checked = o.value === current;
      input.addEventListener('change', () => {
        if (input.checked) onChange(o.value);
      });
      return el('label', { class: 'settings-option' }, [input, ` ${o.label}`]);
    }),
  ]);
}

export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox' } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { class: 'settings-option settings-check' }, [input, ` ${label}`]);
}
