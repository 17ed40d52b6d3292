/**
 * A playthrough in progress: the runner, the run record and the page, kept in
 * step. The app controller drives it; it builds its own snapshot for saving.
 */
import { FIGURES, type FigureId } from '../core/figures';
import { meterValues } from '../core/meters';
import type { StorySource } from '../core/ports';
import { newRun, withChoice, type RunRecord } from '../core/run';
import type { StoryVars } from '../core/storyVars';
import { createGameRunner, type CheckpointListener } from './gameStory';
import type { Page } from '../core/page';
import { applyStep, emptyPage, type StepEvents } from './applyStep';
import type { StoryRunner, StoryStep } from './storyRunner';

/** A runner made ahead of time, and where its checkpoint listener will go once a session takes it. */
interface SpareRunner {
  json: string;
  runner: StoryRunner;
  onCheckpoint: { listener: CheckpointListener | null };
  /** The new run it was started on ahead, and its first step: `start` with the same figure and seed takes it. */
  started: { figure: FigureId; seed: number; step: StoryStep } | null;
}

/**
 * One runner per story made ahead (GameSession.prepare): making one parses the
 * whole compiled story, the longest step between Begin and the first text.
 */
const spares = new Map<string, SpareRunner>();

function makeRunner(json: string): SpareRunner {
  const onCheckpoint: SpareRunner['onCheckpoint'] = { listener: null };
  const runner = createGameRunner(json, (at, vars) => onCheckpoint.listener?.(at, vars));
  return { json, runner, onCheckpoint, started: null };
}

/** What a save holds of a session: the run, the exact ink state and the page. */
export interface SessionSnapshot {
  run: RunRecord;
  inkState: string;
  page: Page;
}

/**
 * An option worked out ahead, as `newStepsAhead` tells it: the page taking it
 * shows, and, for an option that ends the run, the ending with the run and the
 * variables it ends on (what the controller's 'ending' event will carry).
 */
export interface StepAhead {
  option: number;
  page: Page;
  ending: { id: string; run: RunRecord; vars: StoryVars } | null;
}

/** A step's outcome: the new page and what happened on the way. */
export interface StepResult {
  page: Page;
  events: StepEvents;
}

/**
 * What taking one offered option does, worked out ahead (`lookahead`): the
 * story's step, the meters where the option's own effects end, the variables
 * and the exact ink state after it.
 */
interface Outcome {
  step: StoryStep;
  optionEnd: Record<string, number> | null;
  vars: StoryVars;
  /** Null when the engine is there (an option run live, as it was taken). */
  inkState: string | null;
  /** The step applied to the page it was worked out for, once `newStepsAhead` has told it. */
  applied?: StepResult;
  /** The run record after it, once `newStepsAhead` has told it as an ending: `choose` takes the same one. */
  run?: RunRecord;
}

export class GameSession {
  /** The story engine: use `runner()`, which first brings it to where the session is. */
  private readonly engine: StoryRunner;
  /**
   * The ink state of where the session is, when the engine is not there (a
   * choice taken from its outcome, or the engine busy with a lookahead): the
   * engine loads it before its next use.
   */
  private pending: string | null = null;
  /** The variables where the session is, when known without the engine. */
  private varsHere: StoryVars | null = null;
  /**
   * The offered options' outcomes, by index, worked out ahead for the current
   * page only; null for an option that threw (taken, it runs live and throws again).
   */
  private outcomes: (Outcome | null)[] = [];
  /** The option whose outcome the engine is part way through (`lookahead`), if any. */
  private working: number | null = null;
  private runRecord: RunRecord;
  private current: Page = emptyPage();
  /** What the step that produced the current page did; empty after a restore. */
  private lastEvents: StepEvents = noEvents();
  /**
   * The meters at the first checkpoint passed since the last choice: where
   * that option's own effects end. Null until the story passes one.
   */
  private optionEnd: Record<string, number> | null = null;
  /** The spare's run started ahead, if it had one. */
  private readonly startedAhead: SpareRunner['started'];

  private constructor(
    readonly story: StorySource,
    figure: FigureId,
    seed: number,
    now: Date,
  ) {
    const spare = spares.get(story.hash);
    if (spare?.json === story.json) spares.delete(story.hash);
    const { runner, onCheckpoint, started } = spare?.json === story.json ? spare : makeRunner(story.json);
    this.startedAhead = started;
    onCheckpoint.listener = (_at, vars) => {
      this.optionEnd ??= meterValues(vars);
    };
    this.engine = runner;
    this.runRecord = newRun(figure, seed, story.hash, {}, now);
  }

  /** The engine, at the session's place (an option's outcome half worked out is dropped). */
  private runner(): StoryRunner {
    if (this.pending !== null) {
      this.engine.loadState(this.pending);
      this.pending = null;
      this.working = null;
    }
    return this.engine;
  }

  /**
   * Makes the runner for a story ahead of time (when its campaign is
   * prefetched), so that starting or opening a run of it is quick. One spare
   * per story; the next session of that story takes it. With `run`, the spare
   * is also started on that figure and seed, so Begin only shows its first page.
   */
  static prepare(story: StorySource, run?: { figure: FigureId; seed: number }): void {
    let spare = spares.get(story.hash);
    if (spare?.json !== story.json) spares.set(story.hash, (spare = makeRunner(story.json)));
    if (run && (spare.started?.figure !== run.figure || spare.started.seed !== run.seed))
      spare.started = { ...run, step: spare.runner.start(run.seed, startKnotOf(run.figure)) };
  }

  /** Starts a new campaign for a figure at its start knot. */
  static start(story: StorySource, figure: FigureId, seed: number, now: Date): GameSession {
    const s = new GameSession(story, figure, seed, now);
    const ahead = s.startedAhead;
    const step =
      ahead?.figure === figure && ahead.seed === seed
        ? ahead.step
        : s.engine.start(seed, startKnotOf(figure));
    s.runRecord = { ...s.runRecord, seed: s.engine.seed, startMeters: meterValues(s.engine.variables()) };
    const { page, events } = applyStep(emptyPage(), step);
    s.current = page;
    s.lastEvents = events;
    return s;
  }

  /**
   * Restores a session exactly from a snapshot of the same story. Throws if
   * the ink state does not fit this story.
   */
  static restore(story: StorySource, snapshot: SessionSnapshot): GameSession {
    const { run, inkState, page } = snapshot;
    const s = new GameSession(story, run.figure, run.seed, new Date(run.startedAt));
    s.engine.loadState(inkState);
    s.runRecord = run;
    s.current = { ...page, choices: s.engine.choices.map((c) => c.text) };
    return s;
  }

  /**
   * Replays a run's choices on a (possibly changed) story: for hot reload, for
   * saves from an older story, and to return to the last good place after a
   * story error. Stops at the last valid point if a choice no longer exists;
   * `stoppedAt` is then the number of choices replayed. `onPage` sees the page
   * after every step (the history is read this way).
   */
  static replay(
    story: StorySource,
    run: RunRecord,
    onPage?: (page: Page) => void,
  ): { session: GameSession; stoppedAt: number | null } {
    const s = GameSession.start(story, run.figure, run.seed, new Date(run.startedAt));
    onPage?.(s.page);
    for (let i = 0; i < run.choices.length; i++) {
      const want = run.choices[i]!;
      // Match by text: choices may have been reordered or added. A choice whose
      // text is gone no longer exists, and replay stops at the last valid point.
      const pick = s.runner().choices.find((c) => c.text === want.text);
      if (!pick) return { session: s, stoppedAt: i };
      const { page } = s.choose(pick.index);
      onPage?.(page);
    }
    return { session: s, stoppedAt: null };
  }

  get run(): RunRecord {
    return this.runRecord;
  }

  get page(): Page {
    return this.current;
  }

  /** The events of the step that produced the current page (empty after a restore). */
  get events(): StepEvents {
    return this.lastEvents;
  }

  variables(): StoryVars {
    return (this.varsHere ??= this.runner().variables());
  }

  /** What a save holds: enough to restore this exact place, or to replay to it. */
  snapshot(): SessionSnapshot {
    return { run: this.runRecord, inkState: this.pending ?? this.runner().saveState(), page: this.current };
  }

  /**
   * Takes a choice (0-based) and records it with the meters that follow. Throws if the story does.
   * An option worked out ahead (`lookahead`) is taken from its outcome, which is exactly what
   * running it gives; the engine is brought there later (`lookahead`, or its next use).
   */
  choose(index: number): StepResult {
    const text = this.current.choices[index];
    if (text === undefined) throw new RangeError(`choice ${index + 1} does not exist`);
    const outcome = this.outcomes[index] ?? this.live(index);
    const { page, events } = outcome.applied ?? applyStep(this.current, outcome.step, text);
    // The run takes the choice from the page it was made on, before that page is left.
    this.runRecord = outcome.run ?? this.runAfter(index, outcome);
    this.current = page;
    this.lastEvents = events;
    this.pending = outcome.inkState;
    this.varsHere = outcome.vars;
    this.outcomes = [];
    // An option half worked out belongs to the page left: the engine is brought to the new one before its next use.
    this.working = null;
    return { page, events };
  }

  /** The run record once option `index` (on the current page) is taken, with the meters that follow it. */
  private runAfter(index: number, outcome: Outcome): RunRecord {
    const { chapter, chapterTitle } = this.current;
    const atNextChoice = meterValues(outcome.vars);
    const meters = outcome.optionEnd ?? atNextChoice;
    const settledLater = Object.keys(atNextChoice).some((id) => atNextChoice[id] !== meters[id]);
    return withChoice(this.runRecord, {
      index,
      text: this.current.choices[index]!,
      chapter,
      chapterTitle,
      meters,
      ...(settledLater ? { settled: atNextChoice } : {}),
    });
  }

  /**
   * What the options `lookahead` has worked out since the last call lead to,
   * each told once: the page `choose` will show, kept for it, or the ending it
   * reaches, with the run and variables it ends on. None for an option that
   * gives nothing to read on (a dead end, or one that threw).
   */
  newStepsAhead(): StepAhead[] {
    const ahead: StepAhead[] = [];
    this.outcomes.forEach((outcome, option) => {
      const text = this.current.choices[option];
      if (!outcome || outcome.applied || text === undefined) return;
      const { page, events } = (outcome.applied = applyStep(this.current, outcome.step, text));
      if (events.ending)
        ahead.push({
          option,
          page,
          ending: {
            id: events.ending,
            run: (outcome.run = this.runAfter(option, outcome)),
            vars: outcome.vars,
          },
        });
      else if (page.choices.length > 0) ahead.push({ option, page, ending: null });
    });
    return ahead;
  }

  /**
   * Works ahead while the player reads, a piece per call, for the caller to
   * spread over background tasks: works out an offered option's outcome on
   * the engine, from the exact state where the session is (its random state
   * included, so the outcome is exactly what taking the option gives), and at
   * the end brings the engine back there. `more` is asked after each line of
   * the option's text: false ends the piece there, and the next call goes on
   * from that line, so that a key pressed meanwhile waits for a line, not for
   * the whole option. Returns false when nothing is left to do. Outcomes
   * belong to the page they were worked out for: a choice clears them, and
   * undo, load, jump, reload and a new game make a new session.
   */
  lookahead(more: () => boolean = () => true): boolean {
    if (this.working !== null) return this.workOn(this.working, more);
    const next = this.current.choices.findIndex((_, i) => this.outcomes[i] === undefined);
    if (next < 0) {
      if (this.pending === null) return false;
      this.runner();
      return true;
    }
    // Where the session is, for the engine to come back to.
    const here = this.pending ?? this.engine.saveState();
    if (this.pending !== null) this.engine.loadState(here);
    this.pending = here;
    this.optionEnd = null;
    try {
      this.engine.begin(next);
    } catch {
      return this.failed(next);
    }
    this.working = next;
    return this.workOn(next, more);
  }

  /** Runs option `index`'s outcome on, as far as `more` lets it. */
  private workOn(index: number, more: () => boolean): boolean {
    try {
      const step = this.engine.resume(more);
      if (step === null) return true;
      this.working = null;
      this.outcomes[index] = {
        step,
        optionEnd: this.optionEnd,
        vars: this.engine.variables(),
        inkState: this.engine.saveState(),
      };
      return true;
    } catch {
      return this.failed(index);
    }
  }

  /** Taken, an option that threw runs live and throws again, for the controller to report. */
  private failed(index: number): boolean {
    this.engine.recoverFromThrow();
    this.working = null;
    this.outcomes[index] = null;
    return true;
  }

  /** Runs option `index` now, from the session's place. */
  private live(index: number): Outcome {
    this.runner();
    return this.step(index, false);
  }

  /** Runs option `index` on the engine from where it stands; `keepState`: with the ink state after it. */
  private step(index: number, keepState: boolean): Outcome {
    this.optionEnd = null;
    const step = this.engine.choose(index);
    const vars = this.engine.variables();
    return { step, optionEnd: this.optionEnd, vars, inkState: keepState ? this.engine.saveState() : null };
  }
}

function noEvents(): StepEvents {
  return { chapters: [], codex: [], cues: [], ending: null, unknownTags: [], errors: [] };
}

function startKnotOf(figure: FigureId): string | undefined {
  return FIGURES.find((f) => f.id === figure)?.startKnot;
}
