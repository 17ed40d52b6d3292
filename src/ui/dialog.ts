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

/**
 * Asks before something that cannot be undone. Cancel has the focus, so a
 * stray Enter or Escape keeps things as they were.
 */
export function confirmDialog(
  title: string,
  message: string,
  confirmLabel: string,
  onConfirm: () => void,
): void {
  let confirmed = false;
  const cancel = button('Cancel', () => dialog.close(), { attrs: { 'data-action': 'cancel' } });
  const confirm = button(
    confirmLabel,
    () => {
      confirmed = true;
      dialog.close();
    },
    { class: 'primary', attrs: { 'data-action': 'confirm' } },
  );
  // onConfirm runs after the dialog has closed and returned the focus, so the
  // screen it opens can take the focus itself.
  const dialog = openDialog(
    title,
    [el('p', { text: message }), el('div', { class: 'dialog-actions' }, [cancel, confirm])],
    () => {
      if (confirmed) onConfirm();
    },
  );
  dialog.setAttribute('role', 'alertdialog');
  cancel.focus();
}
