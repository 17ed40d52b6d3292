/**
 * The run timer: in-game time (IGT), real time (RTA) and hidden time, driven
 * by the Clock port so that tests can run it on a fake clock.
 *
 * The rules, in one place:
 * - RTA runs from the run's first input to its end, whatever happens.
 * - IGT runs only while the game waits for the runner: not while the game is
 *   busy (loading the story, computing a choice: `busy()` until `ready()`),
 *   not while the page is hidden, not while the run is suspended (back at the
 *   title, or the page reloaded), not after the end.
 * - Hidden time is the time the page was hidden during the run; it is
 *   recorded, and not counted in IGT.
 * - A suspended run (a reload, or a visit to the title) keeps its times;
 *   resuming records the interruption and its length in real time.
 */
import type { Clock } from '../ports';

/** A stop of the run: the page reloaded or the runner went to the title, then Continue. */
export interface Interruption {
  /** IGT when the run stopped. */
  atIgtMs: number;
  /** Real time until it resumed. */
  realMs: number;
}

/** What survives a reload: the times so far, and when they were taken (wall clock). */
export interface TimerSnapshot {
  igtMs: number;
  rtaMs: number;
  hiddenMs: number;
  interruptions: Interruption[];
  /** ISO date of the snapshot: a reload's length is measured on the wall clock, the only one that survives it. */
  savedAt: string;
}

type Phase = 'busy' | 'waiting' | 'suspended' | 'finished';

export class RunTimer {
  private phase: Phase = 'busy';
  private hidden = false;
  /** Times accumulated up to `mark`. */
  private igt = 0;
  private rta = 0;
  private hiddenTime = 0;
  private mark: number;
  /** Where a suspension began, on the monotonic clock (null after a reload: the wall clock measures it). */
  private suspendedAt: number | null = null;
  private readonly interruptionList: Interruption[] = [];
  /** When the suspension began on the wall clock (ISO): a reload's length can only be measured on it. */
  private suspendedAtWall: string | null = null;

  /** Starts a run at its first input: RTA runs; IGT waits for `ready()`. */
  constructor(private readonly clock: Clock) {
    this.mark = clock.now();
  }

  /**
   * A run carried over a reload: suspended, with its times as they were. The
   * next `resume()` records the interruption, measured on the wall clock.
   */
  static restore(clock: Clock, snapshot: TimerSnapshot): RunTimer {
    const t = new RunTimer(clock);
    t.igt = snapshot.igtMs;
    t.rta = snapshot.rtaMs;
    t.hiddenTime = snapshot.hiddenMs;
    t.interruptionList.push(...snapshot.interruptions);
    t.phase = 'suspended';
    t.suspendedAtWall = snapshot.savedAt;
    return t;
  }
  /** The game took an input and is computing: IGT stops. */
  busy(): void {
    this.to('busy');
  }

  /** The game waits for the runner: IGT counts (unless the page is hidden). */
  ready(): void {
    this.to('waiting');
  }

  setHidden(hidden: boolean): void {
    if (this.phase === 'finished') return;
    this.advance();
    this.hidden = hidden;
  }

  /** The run stops without ending (the title, a reload): nothing counts until `resume()`. */
  suspend(): void {
    if (this.phase === 'suspended' || this.phase === 'finished') return;
    this.advance();
    this.phase = 'suspended';
    this.suspendedAt = this.clock.now();
    this.suspendedAtWall = this.clock.date().toISOString();
  }

  /** Continue: the interruption is recorded, RTA gains its length, and the game is busy restoring the page. */
  resume(): void {
    if (this.phase !== 'suspended') return;
    const now = this.clock.now();
    const realMs =
      this.suspendedAt !== null
        ? now - this.suspendedAt
        : Math.max(0, this.clock.date().getTime() - Date.parse(this.suspendedAtWall ?? ''));
    const gap = Number.isFinite(realMs) ? realMs : 0;
    this.interruptionList.push({ atIgtMs: this.igt, realMs: gap });
    this.rta += gap;
    this.suspendedAt = null;
    this.suspendedAtWall = null;
    this.mark = now;
    this.phase = 'busy';
  }

  /** The run is over: every time is fixed. */
  finish(): void {
    this.to('finished');
  }

  get running(): boolean {
    return this.phase === 'waiting' && !this.hidden;
  }

  get suspended(): boolean {
    return this.phase === 'suspended';
  }

  igtMs(): number {
    return this.peek().igt;
  }

  rtaMs(): number {
    return this.peek().rta;
  }

  hiddenMs(): number {
    return this.peek().hidden;
  }

  interruptions(): Interruption[] {
    return [...this.interruptionList];
  }

  snapshot(): TimerSnapshot {
    const { igt, rta, hidden } = this.peek();
    return {
      igtMs: igt,
      rtaMs: rta,
      hiddenMs: hidden,
      interruptions: this.interruptions(),
      // A suspended run keeps the moment it stopped, however often it is kept again before it resumes.
      savedAt: this.suspendedAtWall ?? this.clock.date().toISOString(),
    };
  }

  private to(phase: Phase): void {
    if (this.phase === 'finished' || this.phase === 'suspended') return;
    this.advance();
    this.phase = phase;
  }

  /** Moves the accumulated times up to now. */
  private advance(): void {
    const t = this.peek();
    this.igt = t.igt;
    this.rta = t.rta;
    this.hiddenTime = t.hidden;
    this.mark = this.clock.now();
  }

  /** The times as they stand now, without moving the mark. */
  private peek(): { igt: number; rta: number; hidden: number } {
    if (this.phase === 'finished' || this.phase === 'suspended')
      return { igt: this.igt, rta: this.rta, hidden: this.hiddenTime };
    const d = Math.max(0, this.clock.now() - this.mark);
    return {
      igt: this.igt + (this.running ? d : 0),
      rta: this.rta + d,
      hidden: this.hiddenTime + (this.hidden ? d : 0),
    };
  }
}
