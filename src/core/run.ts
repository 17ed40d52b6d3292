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
  /** That chapter's title as the reader showed it, e.g. "Zaozyornaya" ('' in older saves). */
  chapterTitle?: string;
  /**
   * Every meter's value where the option's own effects end: at the first
   * checkpoint the story passes after the choice, or at the next choice point
   * when it passes none. This is what the HUD credits to the choice.
   */
  meters: Record<string, number>;
  /**
   * Every meter's value at the next choice point, present only when the story
   * moved meters after the option's effects ended: a scene's opening, or the
   * settling between acts. The story narrates those changes itself.
   */
  settled?: Record<string, number>;
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

/** Every meter's value at the moment choice `i` was offered (after any scene opening before it). */
export function metersWhenOffered(run: RunRecord, i: number): Record<string, number> {
  const prev = i > 0 ? run.choices[i - 1] : undefined;
  return prev ? (prev.settled ?? prev.meters) : run.startMeters;
}

/** The meters as they stand now: after the last choice and anything the story did after it. */
export function currentMeters(run: RunRecord): Record<string, number> {
  return metersWhenOffered(run, run.choices.length);
}

function differences(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, value] of Object.entries(after)) {
    const d = value - (before[id] ?? value);
    if (d !== 0) out[id] = d;
  }
  return out;
}

/** What choice `i` itself did to each meter (only the ones it moved). */
export function choiceDeltas(run: RunRecord, i: number): Record<string, number> {
  const c = run.choices[i];
  return c ? differences(metersWhenOffered(run, i), c.meters) : {};
}

/** What the story did after choice `i`'s effects ended (scene opening, settling between acts). */
export function settlingDeltas(run: RunRecord, i: number): Record<string, number> {
  const c = run.choices[i];
  return c?.settled ? differences(c.meters, c.settled) : {};
}

/**
 * How each meter moved with the last choice: the option's own effects only,
 * not the next scene's opening or the settling between acts (empty before the
 * first choice).
 */
export function lastChoiceDeltas(run: RunRecord): Record<string, number> {
  return choiceDeltas(run, run.choices.length - 1);
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
