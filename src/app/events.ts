/**
 * What happens in the game, as data: the renderer, autosave, the collection,
 * and later the speedrun timer, the map and the sound subscribe to these.
 * No DOM, no engine objects: a subscriber gets plain values.
 */
import type { FigureId } from '../core/figures';
import type { RunRecord } from '../core/run';
import type { StoryVars } from '../core/storyVars';
import type { Cue, Page } from '../core/page';

/** What the title screen can offer to continue. */
export interface SavedRunSummary {
  figure: FigureId;
  chapter: string;
  chapterTitle: string;
  date: string;
}

/**
 * Why a page is shown: a step of play, the autosave resumed ('restore'), a slot
 * or a save file opened ('load'), a replay onto a changed story, a choice taken back,
 * or a jump to a decision seen before (the flowchart).
 */
export type PageReason = 'start' | 'choice' | 'restore' | 'load' | 'replay' | 'undo' | 'jump';

export type AppEvent =
  /** The title screen, with the run that Continue would resume (null when there is none). */
  | { type: 'title'; saved: SavedRunSummary | null }
  /** The reading page changed; `page.newFrom` is where the new text starts. */
  | { type: 'page'; reason: PageReason; page: Page; run: RunRecord; vars: StoryVars }
  /**
   * While the player reads: the page that taking `option` (0-based) would
   * show, worked out ahead (the lookahead), for a renderer to prepare; the
   * same page a 'page' event gives if the player takes it. Told once per
   * option of the page on screen; not for an option that ends the run.
   */
  | { type: 'pageAhead'; option: number; page: Page }
  /**
   * While the player reads: the ending that taking `option` would reach, worked
   * out ahead, for a renderer to prepare; what the 'ending' event will carry if
   * the player takes it. Told once per such option of the page on screen.
   */
  | {
      type: 'endingAhead';
      option: number;
      id: string;
      run: RunRecord;
      vars: StoryVars;
      aftermath: string[];
      epilogue: string[];
    }
  | { type: 'chapter'; id: string; title: string }
  /** A map scene or front, a music cue or a sound effect, in story order. */
  | { type: 'cue'; cue: Cue }
  /** Codex entries named by text the player was just shown. */
  | { type: 'codex'; ids: string[] }
  /** An ending: the last choice's aftermath, then the epilogue. */
  | { type: 'ending'; id: string; run: RunRecord; vars: StoryVars; aftermath: string[]; epilogue: string[] }
  /**
   * The story failed. `rolledBack`: the choice that failed was undone and the
   * page is exactly as it was; otherwise play goes on past a reported error.
   */
  | { type: 'storyError'; messages: string[]; rolledBack: boolean }
  /** Tags outside the vocabulary: reported, never silently dropped. */
  | { type: 'storyWarning'; messages: string[] }
  | { type: 'saveFailed'; message: string }
  /** Something the player should be told (a replayed save, a recovered autosave…). */
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; message: string };
