/**
 * Speedrun mode: a subscriber of the app controller that times a run of a
 * category, splits it at every chapter, keeps personal bests and golds, and
 * writes the run file. It drives the controller only through its commands
 * (`newGame`, `toTitle`) and the two speedrun hooks (`onBusy`, `setOptions`).
 *
 * Timing (core/speedrun/timer.ts holds the rules): the run's first input is
 * the category's button; IGT stops whenever the controller is busy (from
 * `onBusy` to the event that ends the work) and counts while the game waits
 * for the runner. Subscribe this after the screens: a page's IGT then starts
 * once the page is on screen, so rendering counts as the game's own work.
 *
 * The run in progress is kept in storage at every step; after a reload,
 * Continue (the autosave) resumes it, and the run file records the interruption.
 */
import { categoryById, judgeCampaigns, type Category } from '../../core/speedrun/categories';
import { lssFromRecords, writeLss } from '../../core/speedrun/lss';
import {
  GAME_NAME,
  ms,
  RUN_FILE_FORMAT,
  RUN_FILE_VERSION,
  runFileName,
  type AttemptState,
  type RunFile,
} from '../../core/speedrun/runFile';
import { lineKey, recordsId } from '../../core/speedrun/seeds';
import {
  ChapterSplitter,
  splitKeys,
  splitRows,
  sumOfBest,
  withAttempt,
  withRun,
  type Records,
  type Split,
  type SplitRow,
} from '../../core/speedrun/splits';
import { RunTimer } from '../../core/speedrun/timer';
import { categoryStoryVersion, type CampaignHashes } from '../../core/speedrun/storyVersion';
import type { FigureId } from '../../core/figures';
import type { Clock } from '../../core/ports';
import type { RunRecord } from '../../core/run';
import type { SpeedrunStore } from '../../persistence/speedrunStore';
import { serialiseRunFile } from '../../persistence/runFileSchema';
import type { AfterPaint } from '../autosave';
import type { AppController, ExportFile } from '../controller';
import { createEventBus, type Listener } from '../eventBus';
import type { AppEvent, PageReason } from '../events';
import type { SpeedrunEvent } from './events';
import type { SeededRng } from './seededRng';

export interface SpeedrunPorts {
  clock: Clock;
  store: SpeedrunStore;
  /** The controller's randomness port: the run fixes its seed there. */
  rng: SeededRng;
  /** Each campaign's story version: records are kept per category's version (core/speedrun/storyVersion.ts). */
  campaignHashes: CampaignHashes;
  /** Runs a task once the page is painted: storing seen text must not delay the next text. */
  afterPaint: AfterPaint;
}

/** When a split is taken: the IGT of the input that closed the chapter, and whether it ends the run. */
interface SplitMoment {
  igtMs: number;
  final: boolean;
}

/**
 * A run from its first input to its end: what is kept across a reload
 * (AttemptState: `figure` is the campaign being played or about to start),
 * with its live category, splitter and timer.
 */
interface Attempt extends Pick<
  AttemptState,
  'seed' | 'storyHash' | 'startedAt' | 'campaigns' | 'figure' | 'choices' | 'splits'
> {
  category: Category;
  splitter: ChapterSplitter<SplitMoment>;
  timer: RunTimer;
  /** IGT at the last input: the time of the choice it took and of the splits it closed. */
  igtAtInput: number;
  /** The records as they were when the run started: what its splits are compared with. */
  before: Records;
  /** Waiting for the page of a campaign this session started. */
  expectStart: boolean;
  /** Set when the run is over. */
  result: { complete: boolean; reason: string | null; file: RunFile } | null;
}

export class SpeedrunSession {
  private attempt: Attempt | null = null;
  private readonly bus = createEventBus<SpeedrunEvent>();
  private seen: { version: string; lines: Set<string> } | null = null;
  private lastSeen: boolean[] = [];

  constructor(
    private readonly app: AppController,
    private readonly ports: SpeedrunPorts,
  ) {
    this.attempt = this.kept();
    app.onBusy(() => this.onBusy());
    app.subscribe((event) => this.onEvent(event));
  }

  subscribe(listener: Listener<SpeedrunEvent>): () => void {
    return this.bus.subscribe(listener);
  }

  // ── Commands ──

  /**
   * The run's first input: starts the timer and the category's first campaign
   * (as `figure` when the runner picks it, in All 18) on the category's
   * published seed or the runner's `seed`. Resolves once the campaign's first
   * page is shown (its story may have to load first: IGT does not count that).
   */
  start(category: Category, options: { figure?: FigureId; seed?: number } = {}): Promise<void> {
    this.abandon(null);
    const figure = category.figure ?? options.figure;
    if (!figure) return Promise.resolve();
    const seed = options.seed ?? category.seed;
    const storyHash = categoryStoryVersion(category, this.ports.campaignHashes);
    const id = recordsId(category.id, seed, category.seed);
    const before = this.ports.store.records(id, storyHash);
    this.ports.store.writeRecords(id, storyHash, withAttempt(before));
    const a: Attempt = {
      category,
      seed,
      storyHash,
      startedAt: this.ports.clock.date().toISOString(),
      campaigns: [],
      figure,
      choices: [],
      splits: [],
      splitter: this.splitterFor(() => a),
      timer: new RunTimer(this.ports.clock),
      igtAtInput: 0,
      before: withAttempt(before),
      expectStart: false,
      result: null,
    };
    this.attempt = a;
    this.bus.emit({ type: 'started' });
    return this.startCampaign(figure);
  }

  /** In a chain, after an ending: the next campaign, the timer running on. Resolves once its first page is shown. */
  nextCampaign(figure: FigureId): Promise<void> {
    const a = this.attempt;
    const progress = a && !a.result ? judgeCampaigns(a.category, a.campaigns) : null;
    // Not twice: while the next campaign loads, the ending is still on screen.
    if (
      !a ||
      a.expectStart ||
      !this.betweenCampaigns(a) ||
      progress?.kind !== 'next' ||
      !progress.figures.includes(figure)
    )
      return Promise.resolve();
    // Paused between campaigns (a reload at the ending screen): this input resumes the run.
    if (a.timer.suspended) a.timer.resume();
    a.figure = figure;
    return this.startCampaign(figure);
  }

  /** Abandons the run (its splits still teach the golds) and returns to the title. */
  reset(): void {
    if (!this.attempt) return;
    this.abandon('Run reset.');
    this.app.toTitle();
  }

  /** Abandons the run and starts the same category again, on the same seed. Resolves once its first page is shown. */
  newAttempt(): Promise<void> {
    const a = this.attempt;
    if (!a) return Promise.resolve();
    const { category, seed } = a;
    const figure = a.campaigns[0]?.figure ?? a.figure;
    this.abandon('New attempt.');
    return this.start(category, { figure, seed });
  }

  /** The page was hidden or shown (another tab, a minimised window): hidden time is not IGT. */
  setHidden(hidden: boolean): void {
    const a = this.attempt;
    if (!a || a.result) return;
    a.timer.setHidden(hidden);
    // Hiding is what a reload or a closed tab does first: keep the run as it stands.
    if (hidden) this.keep();
    this.timing();
  }

  // ── Queries ──

  /** Is a run on (in play, suspended, or at its end screen)? */
  get active(): boolean {
    return this.attempt !== null;
  }

  /** Is the run over, with its files to download? */
  get finished(): boolean {
    return this.attempt?.result != null;
  }

  /** Is a run waiting for Continue (after a reload or a visit to the title)? */
  get suspended(): boolean {
    return this.attempt?.timer.suspended ?? false;
  }

  get category(): Category | null {
    return this.attempt?.category ?? null;
  }

  get seed(): number | null {
    return this.attempt?.seed ?? null;
  }

  igtMs(): number {
    return this.attempt?.timer.igtMs() ?? 0;
  }

  rtaMs(): number {
    return this.attempt?.timer.rtaMs() ?? 0;
  }

  /** Is IGT counting right now? */
  get running(): boolean {
    return this.attempt?.timer.running ?? false;
  }

  /** The game time of each split so far (LiveSplit's bridge tells a late-connecting LiveSplit). */
  splitTimesMs(): number[] {
    return this.attempt?.splits.map((split) => split.igtMs) ?? [];
  }

  /** The splits so far, against the personal best as it was when the run started. */
  rows(): SplitRow[] {
    const a = this.attempt;
    return a ? splitRows(a.splits, a.category.chain, a.before) : [];
  }

  /** The category's records (as they stand now, this run's golds and PB included once it is over). */
  records(): Records | null {
    const a = this.attempt;
    return a
      ? this.ports.store.records(recordsId(a.category.id, a.seed, a.category.seed), a.storyHash)
      : null;
  }

  sumOfBest(): number | null {
    const r = this.records();
    return r ? sumOfBest(r) : null;
  }

  /**
   * Between two campaigns of a chain (at the ending screen, or paused there by
   * a reload or a visit to the title): the figures the next campaign may play.
   */
  nextFigures(): FigureId[] {
    const a = this.attempt;
    if (!a || a.result || a.expectStart || !this.betweenCampaigns(a)) return [];
    const progress = judgeCampaigns(a.category, a.campaigns);
    return progress.kind === 'next' ? progress.figures : [];
  }

  /** Why the finished run does not count, or null. */
  get brokenReason(): string | null {
    return this.attempt?.result?.reason ?? null;
  }

  /** For each new line of the page just shown: had it been read before (on this story version)? */
  seenOnLastPage(): boolean[] {
    return this.lastSeen;
  }

  /** The run file of the finished run. */
  runFile(): ExportFile | null {
    const file = this.attempt?.result?.file;
    return file ? { fileName: runFileName(file), text: serialiseRunFile(file) } : null;
  }

  /** The category's splits as a LiveSplit .lss file (its personal best and golds). */
  lss(): ExportFile | null {
    const a = this.attempt;
    const records = this.records();
    if (!a || !records) return null;
    return {
      fileName: `undeclared-war-${recordsId(a.category.id, a.seed, a.category.seed)}.lss`,
      text: writeLss(lssFromRecords(a.category.name, records)),
    };
  }

  // ── The controller's events ──

  private onBusy(): void {
    const a = this.attempt;
    if (!a || a.result || a.timer.suspended) return;
    a.igtAtInput = a.timer.igtMs();
    a.timer.busy();
    this.timing();
  }

  private onEvent(event: AppEvent): void {
    const a = this.attempt;
    if (!a) return;
    switch (event.type) {
      case 'page':
        return this.onPage(a, event.reason, event.run, event.page.lines.slice(event.page.newFrom));
      case 'chapter':
        if (!a.result && !a.timer.suspended)
          a.splitter.enter(event.id, { igtMs: a.igtAtInput, final: false });
        return;
      case 'ending':
        return this.onEnding(a, event.id, event.run);
      case 'title':
        if (a.result) return this.leave();
        a.timer.suspend();
        this.keep();
        this.timing();
        return;
      case 'storyError':
        // A failed choice was undone: the runner is back at the same page, waiting.
        if (event.rolledBack && !a.result && !a.timer.suspended) this.ready(a);
        return;
      default:
        return;
    }
  }

  private onPage(
    a: Attempt,
    reason: PageReason,
    run: RunRecord,
    newLines: readonly { text: string }[],
  ): void {
    if (reason === 'start' && a.expectStart) {
      a.expectStart = false;
      a.seed = run.seed;
    } else if (reason === 'choice' && !a.result && !a.timer.suspended) {
      const last = run.choices[run.choices.length - 1];
      if (last) a.choices.push({ campaign: a.campaigns.length, index: last.index, igtMs: ms(a.igtAtInput) });
    } else if (reason === 'restore' && a.timer.suspended && this.fits(a, run)) {
      a.timer.resume();
    } else if (a.result) {
      return this.leave(); // a new game after the run's end: speedrun mode is over
    } else {
      // A normal new game, a loaded save, a replay or an undo: not this run any more.
      const why = reason === 'start' ? 'A campaign was started outside the run.' : 'A save was opened.';
      return this.abandon(`${why} The speedrun attempt ended.`);
    }
    this.noteSeen(a, newLines);
    this.ready(a);
  }

  private onEnding(a: Attempt, ending: string, run: RunRecord): void {
    if (a.result || a.timer.suspended) return;
    const last = run.choices[run.choices.length - 1];
    if (last) a.choices.push({ campaign: a.campaigns.length, index: last.index, igtMs: ms(a.igtAtInput) });
    const campaigns = [...a.campaigns, { figure: run.figure, ending }];
    const progress = judgeCampaigns(a.category, campaigns);
    // The ending closes the campaign's last chapter: the run's final split unless a chain goes on.
    a.splitter.end({ igtMs: a.igtAtInput, final: progress.kind !== 'next' });
    a.campaigns = campaigns;
    if (progress.kind === 'next') {
      this.ready(a);
      return this.bus.emit({ type: 'campaign', progress });
    }
    const reason = progress.kind === 'broken' ? progress.reason : null;
    this.finishRun(a, progress.kind === 'complete', reason);
    this.bus.emit({ type: 'finished', complete: progress.kind === 'complete', reason });
  }

  // ── Internals ──

  /**
   * Starts a campaign of the run. `newGame` tells `onBusy` at once, so IGT stops
   * before the campaign's story loads and counts again only once its first page
   * is shown (`onPage`, reason 'start').
   */
  private async startCampaign(figure: FigureId): Promise<void> {
    const a = this.attempt!;
    a.expectStart = true;
    this.app.setOptions({ undoAllowed: false, jumpAllowed: false });
    this.ports.rng.fix(a.seed);
    await this.app.newGame(figure);
    // No page came (the story could not load; the runner was told): the runner
    // is back where they pressed, waiting, and may press again.
    if (this.attempt === a && a.expectStart) {
      a.expectStart = false;
      if (!a.result && !a.timer.suspended) this.ready(a);
    }
  }

  /** Splits close chapters at the IGT of the input that closed them. */
  private splitterFor(attempt: () => Attempt): ChapterSplitter<SplitMoment> {
    return new ChapterSplitter((chapter, { igtMs, final }) => {
      const a = attempt();
      const split: Split = { campaign: a.campaigns.length, chapter, igtMs: ms(igtMs) };
      a.splits.push(split);
      const keys = splitKeys(a.splits, a.category.chain);
      this.bus.emit({ type: 'split', split, key: keys[keys.length - 1]!, final });
    });
  }

  /** A campaign of the run has ended and the next has not begun. */
  private betweenCampaigns(a: Attempt): boolean {
    return a.campaigns.length > 0 && a.splitter.current === null && this.app.state.kind !== 'playing';
  }

  /** The restored autosave is this run's campaign at the place the run was kept. */
  private fits(a: Attempt, run: RunRecord): boolean {
    const taken = a.choices.filter((c) => c.campaign === a.campaigns.length).length;
    return (
      run.figure === a.figure &&
      run.seed === a.seed &&
      run.storyHash === this.ports.campaignHashes[a.figure] &&
      run.choices.length === taken
    );
  }

  private ready(a: Attempt): void {
    a.timer.ready();
    this.keep();
    this.timing();
    this.bus.emit({ type: 'changed' });
  }

  private timing(): void {
    const a = this.attempt;
    if (a) this.bus.emit({ type: 'timing', running: a.timer.running, igtMs: a.timer.igtMs() });
  }

  private finishRun(a: Attempt, complete: boolean, reason: string | null): void {
    a.timer.finish();
    const igtMs = ms(a.igtAtInput);
    const file: RunFile = {
      format: RUN_FILE_FORMAT,
      version: RUN_FILE_VERSION,
      game: GAME_NAME,
      storyHash: a.storyHash,
      category: a.category.id,
      categoryName: a.category.name,
      figure: a.category.figure ?? 'all',
      seed: a.seed,
      startedAt: a.startedAt,
      campaigns: a.campaigns,
      choices: a.choices,
      ending: a.campaigns[a.campaigns.length - 1]!.ending,
      igtMs,
      rtaMs: ms(a.timer.rtaMs()),
      hiddenMs: ms(a.timer.hiddenMs()),
      interruptions: a.timer.interruptions().map((i) => ({ atIgtMs: ms(i.atIgtMs), realMs: ms(i.realMs) })),
      splits: a.splits,
    };
    a.result = { complete, reason, file };
    const id = recordsId(a.category.id, a.seed, a.category.seed);
    const records = this.ports.store.records(id, a.storyHash);
    this.ports.store.writeRecords(id, a.storyHash, withRun(records, a.splits, a.category.chain, complete));
    this.ports.store.writeAttempt(null);
  }

  /** Ends the run without finishing it: its splits teach the golds; the personal best is untouched. */
  private abandon(reason: string | null): void {
    const a = this.attempt;
    if (!a) return;
    if (!a.result) {
      const id = recordsId(a.category.id, a.seed, a.category.seed);
      const records = this.ports.store.records(id, a.storyHash);
      this.ports.store.writeRecords(id, a.storyHash, withRun(records, a.splits, a.category.chain, false));
    }
    this.leave();
    if (reason) this.bus.emit({ type: 'reset', reason });
  }

  /** Speedrun mode off: undo and random seeds are back. */
  private leave(): void {
    this.attempt = null;
    this.ports.store.writeAttempt(null);
    this.ports.rng.fix(null);
    this.app.setOptions({ undoAllowed: true, jumpAllowed: true });
    this.bus.emit({ type: 'changed' });
  }

  /** Remembers the new lines as read, after noting which had been read before. */
  private noteSeen(a: Attempt, lines: readonly { text: string }[]): void {
    // Seen text is kept per campaign's story version, whatever the category.
    const version = this.ports.campaignHashes[a.figure];
    if (this.seen?.version !== version) this.seen = { version, lines: this.ports.store.seen(version) };
    const seen = this.seen.lines;
    this.lastSeen = lines.map((l) => seen.has(lineKey(l.text)));
    if (this.lastSeen.every(Boolean)) return;
    for (const l of lines) seen.add(lineKey(l.text));
    this.ports.afterPaint(() => this.ports.store.writeSeen(version, seen));
  }

  /** Keeps the run in progress for a reload. */
  private keep(): void {
    const a = this.attempt;
    if (!a || a.result) return;
    const state: AttemptState = {
      category: a.category.id,
      seed: a.seed,
      storyHash: a.storyHash,
      startedAt: a.startedAt,
      campaigns: a.campaigns,
      figure: a.figure,
      choices: a.choices,
      splits: a.splits,
      openChapter: a.splitter.current,
      timer: a.timer.snapshot(),
    };
    this.ports.store.writeAttempt(state);
  }

  /** The run kept before a reload, suspended until Continue. */
  private kept(): Attempt | null {
    const state = this.ports.store.attempt();
    const category = state ? categoryById(state.category) : undefined;
    if (!state || !category) return null;
    const id = recordsId(category.id, state.seed, category.seed);
    const a: Attempt = {
      category,
      seed: state.seed,
      storyHash: state.storyHash,
      startedAt: state.startedAt,
      campaigns: state.campaigns,
      figure: state.figure,
      choices: state.choices,
      splits: state.splits,
      splitter: this.splitterFor(() => a),
      timer: RunTimer.restore(this.ports.clock, state.timer),
      igtAtInput: state.timer.igtMs,
      before: this.ports.store.records(id, state.storyHash),
      expectStart: false,
      result: null,
    };
    a.splitter.current = state.openChapter;
    this.ports.rng.fix(state.seed);
    this.app.setOptions({ undoAllowed: false, jumpAllowed: false });
    return a;
  }
}
