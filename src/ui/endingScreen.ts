/**
 * The ending screen: the ending card and its epilogue, the meters over the run,
 * the dated debrief (your decisions beside what really happened), and the
 * endings collected for this figure.
 */
import type { EndingDef } from '../core/endings';
import type { DebriefRow } from '../core/run';
import { button, el } from './dom';
import { endingList } from './endingsView';
import { meterChart, type ChartSeries } from './meterChart';

export interface EndingModel {
  ending: EndingDef | undefined;
  endingId: string;
  figureName: string;
  /** The last choice's aftermath, read before the epilogue. */
  aftermath: string[];
  epilogue: string[];
  chart: ChartSeries[];
  debrief: DebriefRow[];
  figureEndings: readonly EndingDef[];
  reached: ReadonlySet<string>;
}

export function renderEnding(
  model: EndingModel,
  onAgain: () => void,
  onTitle: () => void,
  onExportRun: () => void,
): HTMLElement {
  const e = model.ending;
  const rows = model.debrief.map((r) =>
    el('tr', {}, [
      el('th', { attrs: { scope: 'row' }, text: r.chapter }),
      el('td', { text: r.yourChoice }),
      el('td', {}, [
        r.note ? el('span', { class: 'debrief-date', text: r.note.date }) : null,
        el('span', { text: r.note ? ` ${r.note.history}` : '—' }),
      ]),
    ]),
  );
  return el('main', { class: 'ending-screen', attrs: { id: 'main' } }, [
    el('section', { class: 'ending-card', attrs: { 'aria-labelledby': 'ending-title' } }, [
      el('p', {
        class: 'ending-kicker',
        text: `${model.figureName} · ${e?.historical ? 'Historical ending' : e?.star ? 'The hardest ending ★' : 'Ending'}`,
      }),
      el('h1', {
        attrs: { id: 'ending-title', tabindex: '-1', 'data-ending': model.endingId },
        text: e?.title ?? model.endingId,
      }),
      ...model.aftermath.map((t) => el('p', { class: 'aftermath', text: t, attrs: { 'data-kind': 'text' } })),
      ...model.epilogue.map((t) => el('p', { text: t, attrs: { 'data-kind': 'text' } })),
    ]),
    el('section', { attrs: { 'aria-labelledby': 'chart-title' } }, [
      el('h2', { attrs: { id: 'chart-title' }, text: 'Your run' }),
      meterChart(model.chart),
    ]),
    el('section', { attrs: { 'aria-labelledby': 'debrief-title' } }, [
      el('h2', { attrs: { id: 'debrief-title' }, text: 'What really happened' }),
      el('table', { class: 'debrief' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: 'Decision' }),
            el('th', { text: 'You' }),
            el('th', { text: 'History' }),
          ]),
        ]),
        el('tbody', {}, rows),
      ]),
    ]),
    el('section', { attrs: { 'aria-labelledby': 'collected-title' } }, [
      el('h2', { attrs: { id: 'collected-title' }, text: 'Endings collected' }),
      endingList(model.figureEndings, model.reached),
    ]),
    el('nav', { class: 'ending-nav' }, [
      button('Play again', onAgain, { class: 'primary' }),
      button('Export run', onExportRun),
      button('Title screen', onTitle),
    ]),
  ]);
}
