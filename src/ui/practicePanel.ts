/**
 * The practice panel: while Practice is on, a small labelled region beside the
 * page lists the latest segment times (chapter to chapter, to the
 * millisecond), marks a best time in words, and offers to stop. It sits
 * outside the screen the renderer replaces, so it stays through every page.
 */
import { formatSegment, type SegmentTimer } from '../core/segmentTimer';
import { button, el } from './dom';

export interface PracticeView {
  subscribe(listener: (timer: SegmentTimer | null) => void): () => void;
  stop(): void;
}

export function mountPracticePanel(host: HTMLElement, practice: PracticeView): () => void {
  const panel = el('aside', {
    class: 'practice-panel',
    attrs: { 'aria-label': 'Practice segments', hidden: '' },
  });
  host.append(panel);
  return practice.subscribe((timer) => {
    panel.hidden = timer === null;
    if (!timer) return panel.replaceChildren();
    const from = timer.running ? `Timing from ${timer.running.from}` : 'Segment finished';
    panel.replaceChildren(
      el('h2', { text: 'Practice' }),
      el('p', { class: 'practice-running', text: from }),
      el(
        'ol',
        { class: 'practice-segments', attrs: { 'aria-live': 'polite' } },
        timer.done.map((s) =>
          el('li', { attrs: { 'data-segment': `${s.from}→${s.to}` } }, [
            `${s.from} → ${s.to}: ${formatSegment(s.ms)}`,
            s.best ? el('span', { class: 'practice-best', text: ' — best' }) : null,
          ]),
        ),
      ),
      button('Stop practice', () => practice.stop()),
    );
  });
}
