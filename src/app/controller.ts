/**
 * The app controller: the one place that knows where the app is (AppState),
 * takes the player's commands, and tells subscribers what happened (AppEvent).
 * It has no DOM: the outside world (story, saves, clock, randomness) comes in
 * as ports, so a test can drive title → play → ending → title with fakes.
 *
 * The title needs none of the heavy parts: a campaign's story and the story
 * engine (inkjs) load when a figure is chosen or prefetched, the saves and
 * their schema when one is read or written. So the commands that may wait for
 * them return a Promise; once a run is in play, choosing, undoing and reading
 * the history are immediate.
 */
import type { FigureId } from '../core/figures';
import type { Clock, Rng, StorySource } from '../core/ports';
import { endingText, stageCues, type ScreenLine } from '../core/page';
import { metersOutOfRange } from '../core/meters';
import { groupHistory, type HistoryChapter } from '../core/readingHistory';
import type { RunRecord } from '../core/run';
import type { GameSession, SessionSnapshot, StepResult } from '../narrative/session';
import type { AutosavePeek } from '../persistence/autosavePeek';
import type { SaveData } from '../persistence/saveSchema';
import type { SaveStore } from '../persistence/saveStore';
import { AUTOSAVE_SLOT, MANUAL_SLOTS } from '../persistence/slotKeys';
import { createEventBus, type EventBus, type Listener } from './eventBus';
import type { AppEvent, PageReason } from './events';
import { lazy, ready, type Lazy } from './lazy';
import { slotSummary, type SlotSummary } from './slotSummary';
import type { AppState } from './state';

/**
 * How long one piece of the lookahead runs before it lets the browser go on:
 * an option's text takes 15-35 ms to work out on a 2-core machine, which a key
 * pressed meanwhile waited for (the lookahead often runs about when a reader
 * chooses, once the map's glide has let it).
 */
const LOOKAHEAD_PIECE_MS = 4;
export interface AppPorts {
  /** A campaign's compiled story (the common story and that figure's acts), loaded on demand. */
  stories: (figure: FigureId) => Promise<StorySource>;
  /**
   * What must be in place before the first page of any run, and not before a
   * prefetch: main.ts's late subscribers (speedrun, flowchart), which must see
   * every page. A prefetch parses the story without waiting for them.
   */
  beforeRun?: () => Promise<unknown>;
  /** The saves: loading them loads the save schema, so only reading or writing a save does. */
  saves: Lazy<SaveStore>;
  /** A quick look for the autosave, all the title needs (persistence/autosavePeek.ts). */
  peekAutosave: () => AutosavePeek;
  clock: Clock;
  rng: Rng;
  /**
   * Runs each step of a prefetch (loading a campaign's code, parsing its story,
   * starting it ahead: tens of ms each on a cold page) when the player waits
   * for nothing: in the browser, an idle period with no frame to draw. A
   * prefetch made as the player clicks through title and briefing must not
   * hold up the page they are opening. Without it (tests, tools), at once.
   */
  whenQuiet?: (task: () => void) => void;
}

/** How this app plays: a timed speedrun category turns undo and jumping off; practice keeps them on. */
export interface AppOptions {
  undoAllowed: boolean;
  /** May the player jump back to a decision seen before (the flowchart)? */
  jumpAllowed: boolean;
}

/**
 * Where a jump returns to (the flowchart, app/flowchart.ts): a decision's
 * stored state, or a run to replay from its seed up to the decision, which
 * gives the same exact state (as undo does).
 */
export type JumpTarget = { kind: 'state'; state: SessionSnapshot } | { kind: 'replay'; run: RunRecord };

/** A file the player can download: its name and its text. */
export interface ExportFile {
  fileName: string;
  text: string;
}

/** The story engine: GameSession and, through it, inkjs, loaded with the first campaign. */
type Engine = typeof GameSession;

export class AppController {
  private current: AppState = { kind: 'title' };
  private readonly bus: EventBus<AppEvent> = createEventBus();
  /** Told when a command starts computing: see `onBusy`. */
  private readonly busyBus: EventBus<void> = createEventBus();
  private readonly engine: Lazy<Engine> = lazy(() =>
    import('../narrative/session').then((m) => m.GameSession),
  );
  private readonly stories = new Map<FigureId, Lazy<StorySource>>();
  /**
   * Counts the commands that change where the app is: a command that waited
   * for a story or the saves goes on only if no other came in meanwhile (the
   * player went back to the title while a campaign was loading, say).
   */
  private moves = 0;

  constructor(
    private readonly ports: AppPorts,
    private options: AppOptions = { undoAllowed: true, jumpAllowed: true },
  ) {}

  get state(): AppState {
    return this.current;
  }

  subscribe(listener: Listener<AppEvent>): () => void {
    return this.bus.subscribe(listener);
  }

  /**
   * Calls `listener` when a command starts the game's own work (a new game
   * loading its story, a choice, Continue), before the event that ends it: the
   * speedrun timer stops counting there. Kept apart from the AppEvents so that
   * their sequence is unchanged.
   */
  onBusy(listener: () => void): () => void {
    return this.busyBus.subscribe(listener);
  }

  /** Changes how the app plays from now on: a timed speedrun turns undo off while it runs. */
  setOptions(options: Partial<AppOptions>): void {
    this.options = { ...this.options, ...options };
  }

  /** For subscribers that report back (autosave's failures). */
  emit(event: AppEvent): void {
    this.bus.emit(event);
  }

  // ── Commands ──

  toTitle(): void {
    this.moves++;
    this.current = { kind: 'title' };
    const saved = this.ports.peekAutosave();
    if (saved.kind === 'corrupt')
      this.notice('warning', `${saved.message} Start a new game or import a save.`);
    this.emit({ type: 'title', saved: saved.kind === 'ok' ? saved.summary : null });
  }

  /**
   * Starts loading what a campaign needs (its story and the engine) without
   * showing anything: the title calls it when a figure is pointed at,
   * focused or briefed, the page once as it boots. Without a figure: the engine,
   * and the autosave's campaign and the saves if there is one to continue.
   * Each part waits for a quiet moment (AppPorts.whenQuiet): a script that
   * arrives is compiled and run on the page's one thread, and parsing the
   * story is heavier still.
   */
  prefetch(figure?: FigureId): void {
    const whenQuiet = this.ports.whenQuiet ?? ((task: () => void) => task());
    whenQuiet(() => {
      const saved = figure ? null : this.ports.peekAutosave();
      const which = figure ?? (saved?.kind === 'ok' ? saved.summary.figure : null);
      const loads: Promise<unknown>[] = [this.engine.get()];
      // With the story and the engine at hand, the story is parsed ahead too and, for a figure about
      // to be chosen, started on the seed its new game will take: Begin then only shows the page.
      if (which)
        loads.push(
          Promise.all([this.story(which).get(), this.engine.get()]).then(([story, Engine]) =>
            whenQuiet(() => {
              // The seed is drawn when the work is done: a speedrun may have fixed it meanwhile.
              const seed = figure ? this.ports.rng.upcoming?.() : undefined;
              Engine.prepare(story, figure && seed !== undefined ? { figure, seed } : undefined);
            }),
          ),
        );
      if (saved?.kind === 'ok') loads.push(this.ports.saves.get());
      // A failed prefetch is retried, and reported, by the command that needs it.
      for (const load of loads) load.catch(() => undefined);
    });
  }

  /** Starts a campaign: resolves once its first page is shown (or its failure reported). */
  async newGame(figure: FigureId): Promise<void> {
    const move = ++this.moves;
    this.busyBus.emit();
    const loaded = await this.load(figure);
    if (!loaded || move !== this.moves) return;
    let session: GameSession;
    try {
      session = loaded.Engine.start(loaded.story, figure, this.ports.rng.nextSeed(), this.ports.clock.date());
    } catch (e) {
      return this.emit({ type: 'storyError', messages: [messageOf(e)], rolledBack: true });
    }
    this.show(session, 'start');
  }

  /** Takes choice `index` (0-based). A story error undoes it and leaves the page as it was. */
  choose(index: number): void {
    if (this.current.kind !== 'playing') return;
    this.moves++;
    const session = this.current.session;
    if (index < 0 || index >= session.page.choices.length) return;
    this.busyBus.emit();
    const runBefore = session.run;
    let result: StepResult;
    try {
      result = session.choose(index);
    } catch (e) {
      return this.rollBack(session, runBefore, [messageOf(e)]);
    }
    const deadEnd = result.page.choices.length === 0 && !result.events.ending;
    if (deadEnd) {
      const why = result.events.errors.length
        ? result.events.errors
        : ['The story stopped without an ending.'];
      return this.rollBack(session, runBefore, why);
    }
    this.afterStep(session, result, 'choice');
  }

  /**
   * Takes back the last choice: the run minus that choice is replayed from its
   * seed, so the page, meters, run record and ink state (its random-number state
   * included) are exactly what they were before it.
   */
  undo(): void {
    if (!this.canUndo() || this.current.kind === 'title') return;
    this.moves++;
    const { session: now } = this.current;
    const run = now.run;
    const { session } = this.engineNow().replay(now.story, { ...run, choices: run.choices.slice(0, -1) });
    this.show(session, 'undo');
  }

  /**
   * Returns to a decision seen before with its exact state (the flowchart). The
   * page is told with reason 'jump'. Refused where jumping is not allowed (a
   * timed speedrun) and for a decision of another story version.
   */
  async jumpTo(target: JumpTarget): Promise<void> {
    if (!this.options.jumpAllowed)
      return this.notice('error', 'Jumping to a decision is not allowed in this mode.');
    const run = target.kind === 'state' ? target.state.run : target.run;
    const move = ++this.moves;
    this.busyBus.emit();
    const loaded = await this.load(run.figure);
    if (!loaded || move !== this.moves) return;
    const { story, Engine } = loaded;
    if (run.storyHash !== story.hash)
      return this.notice('error', 'That decision belongs to another version of the story.');
    let session: GameSession;
    try {
      if (target.kind === 'state') session = Engine.restore(story, target.state);
      else {
        const replayed = Engine.replay(story, target.run);
        if (replayed.stoppedAt !== null) throw new Error('a choice on the way no longer exists');
        session = replayed.session;
      }
    } catch (e) {
      return this.notice('error', `Could not return to that decision: ${messageOf(e)}.`);
    }
    this.show(session, 'jump');
  }

  /** Resumes the autosaved run. */
  async continueSaved(): Promise<void> {
    const move = ++this.moves;
    this.busyBus.emit();
    const saves = await this.savesOrNotice();
    if (!saves || move !== this.moves) return;
    const saved = saves.read(AUTOSAVE_SLOT);
    if (saved.kind === 'corrupt') this.notice('error', saved.message);
    if (saved.kind !== 'ok') return this.toTitle();
    if (saved.recovered && saved.message) this.notice('warning', saved.message);
    await this.open(saved.save, 'restore', move);
  }

  /** Opens a save file's text; a damaged or foreign file is refused with a clear message. */
  async importSave(text: string): Promise<void> {
    const move = ++this.moves;
    const { parseSave } = await import('../persistence/saveSchema');
    const parsed = parseSave(text);
    if (!parsed.ok) return this.notice('error', parsed.message);
    await this.open(parsed.save, 'load', move);
  }

  /** Saves the run in progress to a slot (overwriting it: the UI asks first). */
  async saveToSlot(slot: string): Promise<void> {
    if (this.current.kind !== 'playing') return;
    const snapshot = this.current.session.snapshot();
    const saves = await this.savesOrNotice();
    if (!saves) return;
    const result = saves.write(slot, snapshot);
    if (result.ok) this.notice('info', `Saved to slot ${slot}.`);
    else this.emit({ type: 'saveFailed', message: result.message });
  }

  /** Opens a slot's run: exactly, or by replay when the story has changed since. */
  async loadSlot(slot: string): Promise<void> {
    const move = ++this.moves;
    const saves = await this.savesOrNotice();
    if (!saves || move !== this.moves) return;
    const saved = saves.read(slot);
    if (saved.kind === 'corrupt') return this.notice('error', saved.message);
    if (saved.kind === 'ok') await this.open(saved.save, 'load', move);
  }

  async deleteSlot(slot: string): Promise<void> {
    (await this.savesOrNotice())?.clear(slot);
  }

  /**
   * Imports a file into the slots: a file of all slots fills the slots it
   * holds; a single save goes into `slot`. A damaged file changes nothing.
   */
  async importSlots(text: string, slot: string): Promise<void> {
    const [{ parseBundle }, { parseSave }, saves] = await Promise.all([
      import('../persistence/slotBundle'),
      import('../persistence/saveSchema'),
      this.savesOrNotice(),
    ]);
    if (!saves) return;
    const bundle = parseBundle(text);
    if (bundle && !bundle.ok) return this.notice('error', bundle.message);
    const parsed = bundle ? null : parseSave(text);
    if (parsed && !parsed.ok) return this.notice('error', parsed.message);
    const files = bundle?.ok ? bundle.slots : parsed?.ok ? { [slot]: parsed.save } : {};
    for (const [id, save] of Object.entries(files)) {
      const result = saves.writeSave(id, save);
      if (!result.ok) return this.emit({ type: 'saveFailed', message: result.message });
    }
    const ids = Object.keys(files);
    this.notice('info', `Imported into slot${ids.length === 1 ? '' : 's'} ${ids.join(', ')}.`);
  }

  /** A new build of one campaign's story (hot reload): a run of it replays onto it to the same place. */
  replaceStory(figure: FigureId, story: StorySource): void {
    this.stories.set(figure, ready(story));
    const state = this.current;
    if (state.kind !== 'playing' || state.session.run.figure !== figure)
      return this.notice('info', 'Story reloaded.');
    this.moves++;
    const { session, stoppedAt } = this.engineNow().replay(story, state.session.run);
    this.notice(
      stoppedAt === null ? 'info' : 'warning',
      stoppedAt === null
        ? 'Story reloaded — back at the same place.'
        : `Story reloaded — choice ${stoppedAt + 1} no longer exists; stopped at the last valid point.`,
    );
    this.show(session, 'replay');
  }

  /**
   * Works ahead on the run on screen while the player reads: one piece (see
   * `GameSession.lookahead`) of at most about LOOKAHEAD_PIECE_MS and a line,
   * so that a choice shows its text at once, and a key pressed while the
   * lookahead works is not kept waiting for it. Returns false when nothing is
   * left to do. Call it in a background task.
   */
  lookahead(): boolean {
    if (this.current.kind !== 'playing') return false;
    const { session } = this.current;
    const until = this.ports.clock.now() + LOOKAHEAD_PIECE_MS;
    const more = session.lookahead(() => this.ports.clock.now() < until);
    for (const { option, page, ending } of session.newStepsAhead())
      this.emit(
        ending
          ? {
              type: 'endingAhead',
              option,
              id: ending.id,
              run: ending.run,
              vars: ending.vars,
              ...endingText(page),
            }
          : { type: 'pageAhead', option, page },
      );
    return more;
  }

  // ── Queries ──

  /** Does this mode allow jumping to a decision seen before? */
  canJump(): boolean {
    return this.options.jumpAllowed;
  }

  /** Is there a choice to take back (in play or from an ending), and does this mode allow it? */
  canUndo(): boolean {
    return (
      this.options.undoAllowed && this.current.kind !== 'title' && this.current.session.run.choices.length > 0
    );
  }

  /**
   * Everything read in this run, by chapter. The page keeps only its chapter,
   * so the run is replayed to collect what each step added: the same after a
   * Continue, an undo or a reload as in one sitting.
   */
  history(): HistoryChapter[] {
    if (this.current.kind === 'title') return [];
    const { session } = this.current;
    const steps: ScreenLine[][] = [];
    this.engineNow().replay(session.story, session.run, (page) => steps.push(page.lines.slice(page.newFrom)));
    return groupHistory(steps);
  }

  /** The save file of the run in progress. */
  async exportSave(): Promise<ExportFile | null> {
    if (this.current.kind !== 'playing') return null;
    const { session } = this.current;
    const saves = await this.savesOrNotice();
    if (!saves) return null;
    return {
      fileName: `undeclared-war-${session.run.figure}.json`,
      text: saves.exportText(session.snapshot()),
    };
  }

  /** The manual slots, then the autosave, as the slot list shows them. */
  async slots(): Promise<SlotSummary[]> {
    const saves = await this.savesOrNotice();
    const slots = [...MANUAL_SLOTS, AUTOSAVE_SLOT];
    if (!saves) return slots.map((slot) => ({ slot, kind: 'empty' }));
    return slots.map((slot) => slotSummary(slot, saves.read(slot)));
  }

  /** One slot's save file, as it is stored. */
  async exportSlot(slot: string): Promise<ExportFile | null> {
    const [saves, { serialiseSave }] = await Promise.all([
      this.savesOrNotice(),
      import('../persistence/saveSchema'),
    ]);
    const saved = saves?.read(slot);
    if (saved?.kind !== 'ok') return null;
    return { fileName: `undeclared-war-slot-${slot}.json`, text: serialiseSave(saved.save) };
  }

  /** Every filled slot in one file. */
  async exportAllSlots(): Promise<ExportFile> {
    const [saves, { serialiseBundle }] = await Promise.all([
      this.savesOrNotice(),
      import('../persistence/slotBundle'),
    ]);
    const slots: Record<string, SaveData> = {};
    for (const slot of [...MANUAL_SLOTS, AUTOSAVE_SLOT]) {
      const saved = saves?.read(slot);
      if (saved?.kind === 'ok') slots[slot] = saved.save;
    }
    return { fileName: 'undeclared-war-saves.json', text: serialiseBundle(slots) };
  }

  /** The record of a finished run: its choices, meters and ending. */
  exportRun(): ExportFile | null {
    if (this.current.kind !== 'ended') return null;
    const { session, ending } = this.current;
    return {
      fileName: `undeclared-war-run-${session.run.figure}.json`,
      text: JSON.stringify({ ...session.run, ending }, null, 2),
    };
  }

  // ── Internals ──

  private story(figure: FigureId): Lazy<StorySource> {
    let story = this.stories.get(figure);
    if (!story) this.stories.set(figure, (story = lazy(() => this.ports.stories(figure))));
    return story;
  }

  /** A campaign's story and the engine, or null (and the player told) when they cannot be loaded. */
  private async load(figure: FigureId): Promise<{ story: StorySource; Engine: Engine } | null> {
    try {
      const [story, Engine] = await Promise.all([
        this.story(figure).get(),
        this.engine.get(),
        this.ports.beforeRun?.(),
      ]);
      return { story, Engine };
    } catch (e) {
      this.notice(
        'error',
        `The story could not be loaded (${messageOf(e)}). Check your connection and try again.`,
      );
      return null;
    }
  }

  /** The engine, for commands on a run in play (which could not exist without it). */
  private engineNow(): Engine {
    const engine = this.engine.now();
    if (!engine) throw new Error('the story engine is not loaded');
    return engine;
  }

  private async savesOrNotice(): Promise<SaveStore | null> {
    try {
      return await this.ports.saves.get();
    } catch (e) {
      this.notice(
        'error',
        `The saves could not be loaded (${messageOf(e)}). Check your connection and try again.`,
      );
      return null;
    }
  }

  /**
   * Opens a save on its campaign's story: exactly when the save was made on
   * this very story (its hash), else by replaying its choices, as for a save
   * made before the story changed or before each campaign had its own story.
   * `reason`: 'restore' for the autosave itself, 'load' for a slot or a file
   * (which autosave then keeps). `move`: the command that asked, which must
   * still be the last.
   */
  private async open(save: SaveData, reason: 'restore' | 'load', move: number): Promise<void> {
    const loaded = await this.load(save.run.figure);
    if (!loaded || move !== this.moves) return;
    const { story, Engine } = loaded;
    if (save.run.storyHash === story.hash) {
      try {
        const session = Engine.restore(story, save);
        if (restoredAsSaved(session, save)) return this.show(session, reason);
      } catch {
        /* the state does not fit this story after all: replay below */
      }
    }
    let replayed: ReturnType<Engine['replay']>;
    try {
      replayed = Engine.replay(story, save.run);
    } catch (e) {
      return this.notice(
        'error',
        `This save could not be opened: the story failed while replaying its choices (${messageOf(e)}).`,
      );
    }
    const { session, stoppedAt } = replayed;
    this.notice(
      'info',
      stoppedAt === null
        ? 'The story has been updated since this save; your choices were replayed to the same place.'
        : `The story has been updated: ${stoppedAt} of your ${save.run.choices.length} choices still exist, and you are back at the last valid point.`,
    );
    this.show(session, 'replay');
  }

  /** Returns to the place before a failed choice by replaying the run up to it. */
  private rollBack(failed: GameSession, runBefore: GameSession['run'], messages: string[]): void {
    const { session } = this.engineNow().replay(failed.story, runBefore);
    this.current = { kind: 'playing', session };
    this.emit({ type: 'storyError', messages, rolledBack: true });
  }

  private show(session: GameSession, reason: PageReason): void {
    this.afterStep(session, { page: session.page, events: session.events }, reason);
  }

  /** Publishes a step: the page (or the ending), then what the text named. */
  private afterStep(session: GameSession, { page, events }: StepResult, reason: PageReason): void {
    const run = session.run;
    const vars = session.variables();
    if (events.ending) {
      this.current = { kind: 'ended', session, ending: events.ending };
      this.emit({ type: 'ending', id: events.ending, run, vars, ...endingText(page) });
    } else {
      this.current = { kind: 'playing', session };
      this.emit({ type: 'page', reason, page, run, vars });
    }
    for (const c of events.chapters) this.emit({ type: 'chapter', id: c.id, title: c.title });
    // A step plays its own cues; a return to a saved place (restore, load, undo,
    // replay) sets the map and the music as that page left them.
    const cues = reason === 'start' || reason === 'choice' ? events.cues : stageCues(page.stage);
    for (const cue of cues) this.emit({ type: 'cue', cue });
    if (events.codex.length) this.emit({ type: 'codex', ids: events.codex });
    if (events.unknownTags.length) this.emit({ type: 'storyWarning', messages: events.unknownTags });
    if (events.errors.length) this.emit({ type: 'storyError', messages: events.errors, rolledBack: false });
  }

  private notice(level: 'info' | 'warning' | 'error', message: string): void {
    this.emit({ type: 'notice', level, message });
  }
}

/**
 * Does a restored ink state put the player where the save's page says? A state
 * from another story, or one altered by hand, can load without an error and
 * still offer other choices or meters no story could reach: such a save is
 * opened by replaying its choices instead.
 */
function restoredAsSaved(session: GameSession, save: SaveData): boolean {
  const choices = session.page.choices;
  return (
    choices.length > 0 &&
    choices.length === save.page.choices.length &&
    choices.every((c, i) => c === save.page.choices[i]) &&
    metersOutOfRange(session.variables()).length === 0
  );
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
