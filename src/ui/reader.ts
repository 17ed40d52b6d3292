/**
 * The reader: the reading page (the option chosen, its aftermath, interludes
 * and the new chapter, with chapter headings and datelines where the story puts
 * them), the choices as real buttons with number-key shortcuts, new text
 * announced to screen readers, and focus moved to the first new line after a
 * choice so reading resumes where the story does.
 */
import type { ScreenLine } from '../core/page';
import { el } from './dom';

export interface ReaderModel {
  lines: ScreenLine[];
  choices: string[];
  /** How many of `lines` are new since the last render (to announce and focus). */
  newFrom: number;
}

export function renderReader(model: ReaderModel, onChoose: (index: number) => void): HTMLElement {
  const page = el('article', { class: 'page', attrs: { 'aria-label': 'Story' } });
  let firstNew: HTMLElement | null = null;
  model.lines.forEach((line, i) => {
    const node = lineNode(line);
    node.dataset.kind = line.kind;
    if (i >= model.newFrom && !firstNew) {
      firstNew = node;
      node.setAttribute('tabindex', '-1');
      node.classList.add('first-new');
    }
    page.append(node);
  });
  const choices = el('ol', { class: 'choices', attrs: { 'aria-label': 'Choices' } });
  model.choices.forEach((text, i) => {
    const b = el('button', { class: 'choice', attrs: { type: 'button', 'data-choice': String(i + 1) } }, [
      i < 9 ? el('span', { class: 'choice-key', text: `${i + 1}`, attrs: { 'aria-hidden': 'true' } }) : null,
      el('span', { class: 'choice-text', text }),
    ]);
    b.addEventListener('click', () => onChoose(i));
    choices.append(el('li', {}, [b]));
  });
  return el('main', { class: 'reader', attrs: { id: 'main' } }, [page, choices]);
}

function lineNode(line: ScreenLine): HTMLElement {
  switch (line.kind) {
    case 'chapter':
      return el('h2', { class: 'chapter-title', text: line.text });
    case 'dateline':
      return el('p', { class: 'dateline', text: line.text });
    case 'echo':
      return el('p', { class: 'echo', text: line.text });
    default:
      return el('p', { text: line.text });
  }
}

/** Text for the screen-reader announcer: the new lines only. */
export function announcement(model: ReaderModel): string {
  return model.lines
    .slice(model.newFrom)
    .map((l) => l.text)
    .join(' ');
}
