/** The endings collection: per figure, reached endings by title, locked ones with a hint. */
import type { EndingDef } from '../core/endings';
import { FIGURES } from '../core/figures';
import { el } from './dom';
import { openDialog } from './dialog';

export function endingList(endings: readonly EndingDef[], reached: ReadonlySet<string>): HTMLElement {
  return el(
    'ul',
    { class: 'endings-list' },
    endings.map((e) => {
      const got = reached.has(e.id);
      return el('li', { class: got ? 'ending reached' : 'ending locked', attrs: { 'data-ending': e.id } }, [
        el('span', { class: 'ending-status', text: got ? 'Reached' : 'Locked' }),
        el('strong', { text: got ? `${e.title}${e.star ? ' ★' : ''}` : `??? ${e.star ? '★' : ''}`.trim() }),
        el('span', {
          class: 'ending-hint',
          text: got ? (e.historical ? 'The historical ending.' : e.hint) : `Hint: ${e.hint}`,
        }),
      ]);
    }),
  );
}

export function openEndings(all: readonly EndingDef[], reached: ReadonlySet<string>): void {
  const sections = FIGURES.map((f) => {
    const mine = all.filter((e) => e.figure === f.id);
    const count = mine.filter((e) => reached.has(e.id)).length;
    return el('section', {}, [
      el('h3', { text: `${f.name} — ${count} of ${mine.length}` }),
      endingList(mine, reached),
    ]);
  });
  openDialog('Endings', sections);
}
