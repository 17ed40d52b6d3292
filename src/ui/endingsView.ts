/**
 * The endings collection: per figure, reached endings by title (with their
 * text to read again), locked ones with a hint, and what ★ means.
 */
import type { EndingDef, EndingText } from '../core/endings';
import { FIGURES } from '../core/figures';
import { button, el } from './dom';
import { openDialog } from './dialog';

export interface EndingsCollected {
  reached: ReadonlySet<string>;
  /** The text last read at each reached ending (older collections have none). */
  texts: Readonly<Record<string, EndingText>>;
}

/** The aftermath of the last choice, set apart, then the epilogue. */
export function endingTextNodes(text: EndingText): HTMLElement[] {
  // data-kind marks story prose, as in the reader.
  const prose = (t: string): HTMLElement => el('p', { text: t, attrs: { 'data-kind': 'text' } });
  const epilogue = text.epilogue.map(prose);
  if (text.aftermath.length === 0) return epilogue;
  const aftermath = el('div', { class: 'ending-aftermath' }, text.aftermath.map(prose));
  return [aftermath, ...epilogue];
}

function readAgain(ending: EndingDef, text: EndingText): void {
  openDialog(ending.title, [el('div', { class: 'ending-reread' }, endingTextNodes(text))]);
}

export function endingList(endings: readonly EndingDef[], collected: EndingsCollected): HTMLElement {
  const items = endings.map((e) => {
    const got = collected.reached.has(e.id);
    const text = collected.texts[e.id];
    return el('li', { class: got ? 'ending reached' : 'ending locked', attrs: { 'data-ending': e.id } }, [
      el('span', { class: 'ending-status', text: got ? 'Reached' : 'Locked' }),
      el('strong', { text: got ? `${e.title}${e.star ? ' ★' : ''}` : `??? ${e.star ? '★' : ''}`.trim() }),
      el('span', {
        class: 'ending-hint',
        text: got ? (e.historical ? 'The historical ending.' : e.hint) : `Hint: ${e.hint}`,
      }),
      got && text
        ? button('Read again', () => readAgain(e, text), {
            class: 'ending-read',
            attrs: { 'aria-label': `Read again: ${e.title}` },
          })
        : null,
    ]);
  });
  return el('div', { class: 'endings' }, [
    el('ul', { class: 'endings-list' }, items),
    endings.some((e) => e.star)
      ? el('p', {
          class: 'endings-legend',
          text: '★ The hardest ending of the figure: the challenge and speedrun target.',
        })
      : null,
  ]);
}

export function openEndings(all: readonly EndingDef[], collected: EndingsCollected): void {
  const sections = FIGURES.map((f) => {
    const mine = all.filter((e) => e.figure === f.id);
    const count = mine.filter((e) => collected.reached.has(e.id)).length;
    return el('section', {}, [
      el('h3', { text: `${f.name} — ${count} of ${mine.length}` }),
      endingList(mine, collected),
    ]);
  });
  openDialog('Endings', sections);
}
