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

/**
 * What history chose at a decision, as the note gives it: the letter of the
 * option in the bible's order (A = the first option written), free text when a
 * note describes it in words, or nothing when history had no such decision.
 */
export type HistoricalChoice = { option: number } | { text: string } | undefined;

export function historicalChoice(note: HistoryNote | undefined): HistoricalChoice {
  const c = note?.historical_choice?.trim();
  if (!c) return undefined;
  return /^[A-Z]$/.test(c) ? { option: c.charCodeAt(0) - 'A'.charCodeAt(0) } : { text: c };
}
