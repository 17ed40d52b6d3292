/** The in-game menu: export the save, or go back to the title screen. */
import { button, el } from './dom';
import { openDialog } from './dialog';

export function openMenu(actions: { onExport: () => void; onTitle: () => void }): void {
  const dialog = openDialog('Menu', [
    el('ul', { class: 'menu-list' }, [
      el('li', {}, [button('Export save', actions.onExport)]),
      el('li', {}, [
        button('Title screen', () => {
          dialog.close();
          actions.onTitle();
        }),
      ]),
    ]),
    el('p', {
      class: 'menu-note',
      text: 'Your place is saved after every choice; Continue on the title screen brings you back.',
    }),
  ]);
}
