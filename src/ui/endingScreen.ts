/**
 * The ending screen: the ending card (the last choice's aftermath, then the
 * epilogue), the meters over the run, how close the run came to another
 * ending, the debrief (every decision beside what really happened), and the
 * endings collected for this figure.
 */
import type { EndingDef, EndingText } from '../core/endings';
import type { EndingKind } from '../core/endingVerdict';
import type { NearMiss } from '../core/howClose';
import type { DebriefChapter, DebriefDecision } from '../core/debrief';
import { button, el } from './dom';
import { endingList, endingTextNodes, type EndingsCollected } from './endingsView';
import { meterChart, type ChartPoint, type ChartSeries } from './meterChart';

export interface EndingModel {
  ending: EndingDef | undefined;
  endingId: string;
  kind: EndingKind;
  figureName: string;
  text: EndingText;
  /** The meters the debrief may name, with the figure's labels. */
  meters: { id: string; label: string; unit: string }[];
  chartPoints: ChartPoint[];
  chart: ChartSeries[];
  debrief: DebriefChapter[];
  nearest: NearMiss | undefined;
  figureEndings: readonly EndingDef[];
  collected: EndingsCollected;
}

const KICKER: Record<EndingKind, string> = {
  historical: 'Historical ending',
  'default-changed': 'Default ending, on a changed timeline',
  star: 'The hardest ending ★',
  other: 'Ending',
};

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(1);
}

/** "Stalin's Favour +10, NKVD Attention −5", naming only the meters the player sees. */
function formatDeltas(deltas: Record<string, number>, meters: EndingModel['meters']): string {
  return meters
    .filter((m) => deltas[m.id])
    .map((m) => {
      const d = deltas[m.id]!;
      return `${m.label} ${d > 0 ? '+' : '−'}${formatNumber(d)}${m.unit}`;
    })
    .join(', ');
}

function historyMark(d: DebriefDecision): HTMLElement | null {
  if (d.historical === undefined) return null;
  return el('p', {
    class: d.historical ? 'debrief-history same' : 'debrief-history different',
    text: d.historical ? 'History took this option too.' : 'History took another option.',
  });
}

function decisionItem(d: DebriefDecision, meters: EndingModel['meters']): HTMLElement {
  const effects = formatDeltas(d.effects, meters);
  const settling = formatDeltas(d.settling, meters);
  return el('li', { class: 'debrief-decision' }, [
    el('p', { class: 'debrief-choice' }, [el('span', { class: 'debrief-label', text: 'You: ' }), d.text]),
    el('p', { class: 'debrief-effects', text: `What it did: ${effects || 'no meter moved'}.` }),
    settling
      ? el('p', { class: 'debrief-settling', text: `Then, as the story moved on: ${settling}.` })
      : null,
    historyMark(d),
  ]);
}

function debriefChapter(c: DebriefChapter, meters: EndingModel['meters']): HTMLElement {
  return el('section', { class: 'debrief-chapter', attrs: { 'data-chapter': c.chapter } }, [
    el('h3', { text: c.title }),
    el(
      'ol',
      { class: 'debrief-decisions' },
      c.decisions.map((d) => decisionItem(d, meters)),
    ),
    c.historyInWords ? el('p', { class: 'debrief-history', text: `History: ${c.historyInWords}` }) : null,
    el('p', { class: 'debrief-note' }, [
      c.note ? el('span', { class: 'debrief-date', text: c.note.date }) : null,
      c.note ? ` ${c.note.history}` : 'No dated note for this decision.',
    ]),
  ]);
}

function howClose(near: NearMiss): HTMLElement {
  return el('section', { class: 'how-close', attrs: { 'aria-labelledby': 'how-close-title' } }, [
    el('h2', { attrs: { id: 'how-close-title' }, text: 'How close you came' }),
    el('p', {
      text: `${near.ending.title}${near.ending.star ? ' ★' : ''}: ${near.missed} condition${near.missed === 1 ? '' : 's'} missed.`,
    }),
    el(
      'ul',
      { class: 'condition-list' },
      near.checks.map((c) =>
        el('li', { class: c.met ? 'condition met' : 'condition missed' }, [
          el('span', { class: 'condition-mark', text: c.met ? '✓ Met: ' : '✗ Missed: ' }),
          c.label,
        ]),
      ),
    ),
  ]);
}

export function renderEnding(
  model: EndingModel,
  onAgain: () => void,
  onTitle: () => void,
  onExportRun: () => void,
): HTMLElement {
  const e = model.ending;
  return el('main', { class: 'ending-screen', attrs: { id: 'main' } }, [
    el('section', { class: 'ending-card', attrs: { 'aria-labelledby': 'ending-title' } }, [
      el('p', { class: 'ending-kicker', text: `${model.figureName} · ${KICKER[model.kind]}` }),
      el('h1', {
        attrs: { id: 'ending-title', tabindex: '-1', 'data-ending': model.endingId },
        text: e?.title ?? model.endingId,
      }),
      ...endingTextNodes(model.text),
    ]),
    el('section', { attrs: { 'aria-labelledby': 'chart-title' } }, [
      el('h2', { attrs: { id: 'chart-title' }, text: 'Your run' }),
      meterChart(model.chartPoints, model.chart),
    ]),
    model.nearest ? howClose(model.nearest) : null,
    el('section', { class: 'debrief', attrs: { 'aria-labelledby': 'debrief-title' } }, [
      el('h2', { attrs: { id: 'debrief-title' }, text: 'What really happened' }),
      ...model.debrief.map((c) => debriefChapter(c, model.meters)),
    ]),
    el('section', { attrs: { 'aria-labelledby': 'collected-title' } }, [
      el('h2', { attrs: { id: 'collected-title' }, text: 'Endings collected' }),
      endingList(model.figureEndings, model.collected),
    ]),
    el('nav', { class: 'ending-nav' }, [
      button('Play again', onAgain, { class: 'primary' }),
      button('Export run', onExportRun),
      button('Title screen', onTitle),
    ]),
  ]);
}
