/**
 * "What really happened": one dated note per decision scene, written beside the
 * story in content/history/*.json, used by the end-of-run debrief.
 */
import shternAct1 from './content/history/shtern-act1.json';
import shternAct23 from './content/history/shtern-act23.json';
import chiangAct1 from './content/history/chiang-act1.json';
import chiangAct23 from './content/history/chiang-act23.json';
import kwantungAct1 from './content/history/kwantung-act1.json';
import kwantungAct23 from './content/history/kwantung-act23.json';

export interface HistoryNote {
  chapter: string;
  date: string;
  history: string;
  historical_choice: string | null;
}

function isNote(x: unknown): x is HistoryNote {
  const n = x as Partial<HistoryNote>;
  return typeof n?.chapter === 'string' && typeof n.date === 'string' && typeof n.history === 'string';
}

const NOTES: ReadonlyMap<string, HistoryNote> = new Map(
  ([shternAct1, shternAct23, chiangAct1, chiangAct23, kwantungAct1, kwantungAct23] as unknown[][])
    .flat()
    .filter(isNote)
    .map((n) => [n.chapter, { ...n, historical_choice: n.historical_choice ?? null }]),
);

export function historyNote(chapterId: string): HistoryNote | undefined {
  return NOTES.get(chapterId);
}

export function allHistoryNotes(): HistoryNote[] {
  return [...NOTES.values()];
}
