/**
 * A hidden, untabbable file input for a JSON save file: a real button calls
 * its click(), so keyboard users see their focus on the button. The picker is
 * cleared after each pick, so picking the same file again still reports it.
 */
import { el } from './dom';

export function jsonFilePicker(onFile: (file: File) => void): HTMLInputElement {
  const input = el('input', {
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      class: 'visually-hidden',
      tabindex: '-1',
      'aria-hidden': 'true',
    },
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  return input;
}
