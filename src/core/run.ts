/**
 * The run model: what a playthrough is, independent of ink and the DOM.
 * A run is its figure, its seed and the choices taken — with the meters after
 * each choice, which the HUD, the ending chart and the debrief (debrief.ts) read.
 */
import type { FigureId } from './figures';

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

/** A moment on the ending chart: where the HUD credited a change, or the start. */
export interface RunPoint {
  /** The start, after an option's own effects ("choice"), or after the story moved on ("settling"). */
  kind: 'start' | 'choice' | 'settling';
  /** The chapter the decision was made in ('' for the start). */
  chapter: string;
  chapterTitle: string;
  meters: Record<string, number>;
}

/**
 * The run's meters over time with the HUD's attribution: the start, then after
 * each option's own effects, and the scene opening or settling after it as a
 * point of its own.
 */
export function runPoints(run: RunRecord): RunPoint[] {
  const points: RunPoint[] = [{ kind: 'start', chapter: '', chapterTitle: '', meters: run.startMeters }];
  for (const c of run.choices) {
    const where = { chapter: c.chapter, chapterTitle: c.chapterTitle || c.chapter };
    points.push({ kind: 'choice', ...where, meters: c.meters });
    if (c.settled) points.push({ kind: 'settling', ...where, meters: c.settled });
  }
  return points;
}
