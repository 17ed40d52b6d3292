/** The in-game menu: the flowchart, export the save, or go back to the title screen. */
import { button, el } from './dom';
import { openDialog } from './dialog';

export function openMenu(actions: {
  onFlowchart: () => void;
  onExport: () => void;
  onTitle: () => void;
}): void {
  const dialog = openDialog('Menu', [
    el('ul', { class: 'menu-list' }, [
      el('li', {}, [
        button(
          'Flowchart',
          () => {
            dialog.close();
            actions.onFlowchart();
          },
          { attrs: { 'aria-keyshortcuts': 'F', title: 'Every decision reached (F)' } },
        ),
      ]),
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
