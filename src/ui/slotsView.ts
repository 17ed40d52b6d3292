/**
 * The save slots dialog: each slot with whose run it holds, where and when in
 * the story, three key meters and when it was saved; save (in play), load,
 * export, import and delete. Overwriting and deleting ask first. The list is
 * redrawn after every change, so it always shows what storage holds.
 */
import type { SlotSummary } from '../app/slotSummary';
import { figureById } from '../core/figures';
import { confirmDialog, openDialog } from './dialog';
import { button, el } from './dom';
import { jsonFilePicker } from './filePicker';

/** The slots are read when the dialog opens: the first time, that loads the saves. */
export interface SlotActions {
  slots: () => Promise<SlotSummary[]>;
  /** Null on the title screen: there is no run to save. Resolves when stored. */
  onSave: ((slot: string) => Promise<void>) | null;
  onLoad: (slot: string) => void;
  /** Resolves when deleted. */
  onDelete: (slot: string) => Promise<void>;
  onExport: (slot: string) => void;
  onExportAll: () => void;
  /** Imports a file (one slot's save, or all slots) into `slot`; resolves when stored. */
  onImport: (file: File, slot: string) => Promise<void>;
}

const slotName = (slot: string): string => (slot === 'auto' ? 'Autosave' : `Slot ${slot}`);

function describe(s: SlotSummary): HTMLElement[] {
  if (s.kind === 'empty') return [el('p', { class: 'slot-empty', text: 'Empty' })];
  if (s.kind === 'damaged') return [el('p', { class: 'slot-damaged', text: s.message })];
  return [
    el('p', { class: 'slot-where' }, [
      el('strong', { text: figureById(s.figure)?.name ?? s.figure }),
      ` — ${s.chapterTitle}${s.date ? `, ${s.date}` : ''}`,
    ]),
    el(
      'ul',
      { class: 'slot-meters', attrs: { 'aria-label': 'Key meters' } },
      s.meters.map((m) => el('li', { text: `${m.label} ${m.value}${m.unit}` })),
    ),
    el('p', { class: 'slot-time' }, [
      'Saved ',
      el('time', { attrs: { datetime: s.savedAt }, text: new Date(s.savedAt).toLocaleString() }),
    ]),
  ];
}

export function openSlots(actions: SlotActions): void {
  const list = el('ol', { class: 'slots', attrs: { 'aria-label': 'Save slots' } });
  let importInto = '1';
  let dialog: HTMLDialogElement | null = null;
  const fileInput = jsonFilePicker(
    (file) => void actions.onImport(file, importInto).then(() => redraw(importInto)),
  );

  /** Shows what storage holds, then focuses a slot's first button (or, on opening, the first slot's). */
  const redraw = (focusSlot?: string): Promise<void> =>
    actions.slots().then((slots) => {
      list.replaceChildren(...slots.map(slotItem));
      const at = focusSlot ? `[data-slot="${focusSlot}"] button` : '.slot button';
      list.querySelector<HTMLElement>(at)?.focus();
    });

  function slotItem(s: SlotSummary): HTMLElement {
    const name = slotName(s.slot);
    const filled = s.kind === 'saved';
    const save = (): void => {
      if (!actions.onSave) return;
      const write = actions.onSave;
      const writeAndShow = (): void => void write(s.slot).then(() => redraw(s.slot));
      if (!filled) return writeAndShow();
      confirmDialog(
        'Overwrite save',
        `Overwrite ${name}? The run saved there will be lost.`,
        `Overwrite ${name}`,
        writeAndShow,
      );
    };
    const remove = (): void =>
      confirmDialog('Delete save', `Delete ${name}? This cannot be undone.`, `Delete ${name}`, () => {
        void actions.onDelete(s.slot).then(() => redraw(s.slot));
      });
    const manual = s.slot !== 'auto';
    const controls = [
      actions.onSave && manual ? button(`Save to ${name}`, save, { class: 'primary' }) : null,
      filled
        ? button(`Load ${name}`, () => {
            dialog?.close();
            actions.onLoad(s.slot);
          })
        : null,
      filled ? button(`Export ${name}`, () => actions.onExport(s.slot)) : null,
      manual
        ? button(`Import into ${name}`, () => {
            importInto = s.slot;
            fileInput.click();
          })
        : null,
      s.kind !== 'empty' && manual ? button(`Delete ${name}`, remove) : null,
    ];
    return el('li', { class: 'slot', attrs: { 'data-slot': s.slot } }, [
      el('h3', { text: name }),
      ...describe(s),
      el('div', { class: 'slot-actions' }, controls),
    ]);
  }

  void redraw();
  dialog = openDialog('Saves', [
    list,
    el('div', { class: 'dialog-actions' }, [
      button('Export all slots', actions.onExportAll),
      button('Import all slots', () => {
        importInto = '1';
        fileInput.click();
      }),
      fileInput,
    ]),
  ]);
}
