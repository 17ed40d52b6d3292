/**
 * The run file: what a finished run hands to a moderator. It holds what a
 * replay needs (story version, figure per campaign, seed, the choices by
 * index) and what the replay must confirm (the endings, the splits, the
 * times). docs/run-file.schema.json documents it; the persistence layer
 * parses it (runFileSchema.ts).
 */
import type { FigureId } from '../figures';
import type { Campaign } from './categories';
import type { Split } from './splits';
import type { Interruption, TimerSnapshot } from './timer';

export const RUN_FILE_FORMAT = 'undeclared-war-run';
export const RUN_FILE_VERSION = 1;
export const GAME_NAME = 'Undeclared War';

export interface RunChoice {
  /** The campaign of the run it was taken in (0 for a one-campaign category). */
  campaign: number;
  /** 0-based index among the choices offered. */
  index: number;
  /** IGT when it was taken. */
  igtMs: number;
}

export interface RunFile {
  format: typeof RUN_FILE_FORMAT;
  version: typeof RUN_FILE_VERSION;
  game: typeof GAME_NAME;
  /** The story version the run was played on (a replay needs the same one). */
  storyHash: string;
  /** Category id, e.g. "shtern-star". */
  category: string;
  categoryName: string;
  /** The figure of a one-figure category; "all" for All 18. */
  figure: FigureId | 'all';
  seed: number;
  /** When the run started (wall clock, ISO). */
  startedAt: string;
  campaigns: Campaign[];
  choices: RunChoice[];
  /** The last campaign's ending: the one that finished the run. */
  ending: string;
  igtMs: number;
  rtaMs: number;
  /** Time the page was hidden during the run (not in IGT). */
  hiddenMs: number;
  /** Reloads and visits to the title during the run. */
  interruptions: Interruption[];
  splits: Split[];
}

/** Times are stored to the millisecond. */
export const ms = (t: number): number => Math.round(t);

export function runFileName(file: Pick<RunFile, 'category' | 'igtMs'>): string {
  return `undeclared-war-${file.category}-${ms(file.igtMs)}ms.run.json`;
}

/**
 * A run in progress as it is kept across a reload: enough to resume its
 * timer, its splits and its campaigns when Continue restores the autosave.
 */
export interface AttemptState {
  category: string;
  seed: number;
  storyHash: string;
  startedAt: string;
  /** Campaigns finished so far, then the one being played (`figure`). */
  campaigns: Campaign[];
  figure: FigureId;
  choices: RunChoice[];
  splits: Split[];
  /** The chapter being played, whose split is still open. */
  openChapter: string | null;
  timer: TimerSnapshot;
}
