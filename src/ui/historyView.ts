/**
 * The history dialog: every paragraph and chosen option of the run, by
 * chapter, in a scroll region the keyboard can scroll (it takes the focus),
 * opened at the current place, which is marked in words as well as by style.
 */
import type { HistoryChapter, HistoryLine } from '../core/readingHistory';
import { el } from './dom';
import { openDialog } from './dialog';

function lineNode(line: HistoryLine): HTMLElement {
  if (line.kind === 'echo')
    return el('p', { class: 'history-echo' }, [
      el('span', { class: 'visually-hidden', text: 'You chose: ' }),
      line.text,
    ]);
  return el('p', { class: line.kind === 'dateline' ? 'dateline' : 'history-text', text: line.text });
}

export function openHistory(chapters: readonly HistoryChapter[]): void {
  const log = el('div', {
    class: 'history',
    attrs: { tabindex: '0', role: 'region', 'aria-label': 'Everything read so far' },
  });
  let here: HTMLElement | null = null;
  for (const chapter of chapters) {
    const section = el('section', { class: 'history-chapter' }, [
      el('h3', { text: chapter.title || 'Before the first chapter' }),
    ]);
    for (const line of chapter.lines) {
      if (line.current && !here) {
        here = el('p', {
          class: 'history-here',
          text: 'You are here',
          attrs: { 'aria-current': 'location' },
        });
        section.append(here);
      }
      const node = lineNode(line);
      if (line.current) node.classList.add('history-current');
      section.append(node);
    }
    log.append(section);
  }
  openDialog('History', [log]);
  log.focus();
  here?.scrollIntoView({ block: 'start' });
}
