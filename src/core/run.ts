/**
 * The run model: what a playthrough is, independent of ink and the DOM.
 * A run is its figure, its seed and the choices taken — with the meters after
 * each choice, which the HUD, the ending chart and the debrief read.
 */
import type { FigureId } from './figures';
import { historyNote, type HistoryNote } from './history';

export interface ChoiceRecord {
  /** 0-based index among the choices offered. */
  index: number;
  text: string;
  /** The chapter (decision id) the choice was made in, e.g. "SH-3". */
  chapter: string;
  /** Every meter's value after the choice. */
  meters: Record<string, number>;
}

export interface RunRecord {
  figure: FigureId;
  seed: number;
  storyHash: string;
  startedAt: string;
  /** Meters when the campaign began. */
  startMeters: Record<string, number>;
  choices: ChoiceRecord[];
}

export function newRun(
  figure: FigureId,
  seed: number,
  storyHash: string,
  startMeters: Record<string, number>,
  now: Date,
): RunRecord {
  return { figure, seed, storyHash, startedAt: now.toISOString(), startMeters, choices: [] };
}

export function withChoice(run: RunRecord, choice: ChoiceRecord): RunRecord {
  return { ...run, choices: [...run.choices, choice] };
}

/** The values of one meter over the run: start, then after each choice. */
export function meterSeries(run: RunRecord, meter: string): number[] {
  return [run.startMeters[meter] ?? 0, ...run.choices.map((c) => c.meters[meter] ?? 0)];
}

/** How each meter moved with the last choice (only the ones that moved; empty before the first choice). */
export function lastChoiceDeltas(run: RunRecord): Record<string, number> {
  const n = run.choices.length;
  if (n === 0) return {};
  const after = run.choices[n - 1]!.meters;
  const before = n > 1 ? run.choices[n - 2]!.meters : run.startMeters;
  const out: Record<string, number> = {};
  for (const [id, value] of Object.entries(after)) {
    const d = value - (before[id] ?? value);
    if (d !== 0) out[id] = d;
  }
  return out;
}

export interface DebriefRow {
  chapter: string;
  /** What the player chose at this decision (the last choice made in the chapter). */
  yourChoice: string;
  note: HistoryNote | undefined;
}

/** One row per decision scene the run went through: your decision beside history. */
export function debrief(run: RunRecord): DebriefRow[] {
  const rows: DebriefRow[] = [];
  for (const c of run.choices) {
    if (!c.chapter || c.chapter === 'start') continue;
    const last = rows[rows.length - 1];
    if (last && last.chapter === c.chapter) last.yourChoice = c.text;
    else rows.push({ chapter: c.chapter, yourChoice: c.text, note: historyNote(c.chapter) });
  }
  return rows;
}
