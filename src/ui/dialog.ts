/** A modal dialog (native <dialog>): Escape closes it and focus returns where it was. */
import { button, el } from './dom';

export function openDialog(title: string, body: Node[], onClose?: () => void): HTMLDialogElement {
  const previous = document.activeElement as HTMLElement | null;
  const dialog = el('dialog', { class: 'dialog', attrs: { 'aria-label': title } });
  const close = (): void => dialog.close();
  dialog.append(
    el('header', { class: 'dialog-header' }, [
      el('h2', { text: title }),
      button('Close', close, { class: 'dialog-close' }),
    ]),
    el('div', { class: 'dialog-body' }, body),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    previous?.focus();
    onClose?.();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
