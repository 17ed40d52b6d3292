/**
 * A playthrough in progress: the runner, the run record and the page, kept in
 * step. The UI renders a session's page and sends it choices; main.ts saves it.
 */
import { figureById, type FigureId } from '../core/figures';
import { meterValues } from '../core/meters';
import { newRun, withChoice, type RunRecord } from '../core/run';
import type { StoryVars } from '../core/storyVars';
import { createGameRunner } from './gameStory';
import { applyStep, emptyPage, type Page, type StepEvents } from './page';
import type { StoryRunner } from './storyRunner';

export class GameSession {
  private readonly runner: StoryRunner;
  private runRecord: RunRecord;
  private current: Page = emptyPage();
  /** What the step that produced the current page did (codex, cues, ending, errors). */
  private lastEvents: StepEvents | null = null;
  /**
   * The meters at the first checkpoint passed since the last choice: where
   * that option's own effects end. Null until the story passes one.
   */
  private optionEnd: Record<string, number> | null = null;

  private constructor(
    storyJson: string,
    readonly storyHash: string,
    figure: FigureId,
    seed: number,
    now: Date,
  ) {
    this.runner = createGameRunner(storyJson, (_at, vars) => {
      this.optionEnd ??= meterValues(vars);
    });
    this.runRecord = newRun(figure, seed, storyHash, {}, now);
  }

  /** Starts a new campaign for a figure at its start knot. */
  static start(
    storyJson: string,
    storyHash: string,
    figure: FigureId,
    seed: number,
    now = new Date(),
  ): GameSession {
    const s = new GameSession(storyJson, storyHash, figure, seed, now);
    const fig = figureById(figure)!;
    const step = s.runner.start(seed, fig.startKnot);
    s.runRecord = { ...s.runRecord, seed: s.runner.seed, startMeters: meterValues(s.runner.variables()) };
    const { page, events } = applyStep(emptyPage(), step);
    s.current = page;
    s.lastEvents = events;
    return s;
  }

  /**
   * Restores a session exactly from a saved ink state (same story), with the
   * saved page. Throws if the state does not fit this story.
   */
  static restore(
    storyJson: string,
    storyHash: string,
    run: RunRecord,
    inkState: string,
    page: Page,
  ): GameSession {
    const s = new GameSession(storyJson, storyHash, run.figure, run.seed, new Date(run.startedAt));
    s.runner.loadState(inkState);
    s.runRecord = run;
    s.current = { ...page, choices: s.runner.choices.map((c) => c.text) };
    return s;
  }

  /**
   * Replays a run's choices on a (possibly changed) story: for hot reload and
   * for saves from an older story. Stops at the last valid point if a choice no
   * longer exists; `stoppedAt` is then the number of choices replayed.
   */
  static replay(
    storyJson: string,
    storyHash: string,
    run: RunRecord,
  ): { session: GameSession; stoppedAt: number | null } {
    const s = GameSession.start(storyJson, storyHash, run.figure, run.seed, new Date(run.startedAt));
    for (let i = 0; i < run.choices.length; i++) {
      const want = run.choices[i]!;
      const offered = s.runner.choices;
      // Match by text: choices may have been reordered or added. A choice whose
      // text is gone no longer exists, and replay stops at the last valid point.
      const pick = offered.find((c) => c.text === want.text);
      if (!pick) return { session: s, stoppedAt: i };
      s.choose(pick.index);
    }
    return { session: s, stoppedAt: null };
  }

  get run(): RunRecord {
    return this.runRecord;
  }

  get page(): Page {
    return this.current;
  }

  /** The events of the step that produced the current page; null after a restore. */
  get events(): StepEvents | null {
    return this.lastEvents;
  }

  get ended(): boolean {
    return this.current.choices.length === 0;
  }

  variables(): StoryVars {
    return this.runner.variables();
  }

  saveState(): string {
    return this.runner.saveState();
  }

  /** Takes a choice (0-based) and records it with the meters that follow. */
  choose(index: number): { page: Page; events: StepEvents } {
    const text = this.current.choices[index];
    if (text === undefined) throw new RangeError(`choice ${index + 1} does not exist`);
    const { chapter, chapterTitle } = this.current;
    this.optionEnd = null;
    const step = this.runner.choose(index);
    const { page, events } = applyStep(this.current, step, text);
    this.current = page;
    this.lastEvents = events;
    const atNextChoice = meterValues(this.runner.variables());
    const meters = this.optionEnd ?? atNextChoice;
    const settledLater = Object.keys(atNextChoice).some((id) => atNextChoice[id] !== meters[id]);
    this.runRecord = withChoice(this.runRecord, {
      index,
      text,
      chapter,
      chapterTitle,
      meters,
      ...(settledLater ? { settled: atNextChoice } : {}),
    });
    return { page, events };
  }
}
