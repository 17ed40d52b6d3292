/**
 * The LiveSplit Server bridge: sends the run to LiveSplit's WebSocket server
 * (LiveSplit ≥ 1.8: Control → Start WebSocket Server) as its text commands,
 * so LiveSplit's own timer and splits follow the game's IGT. Off by default.
 *
 * It never blocks play: a command sent while LiveSplit is not there is
 * dropped, and the bridge reconnects quietly every few seconds. A LiveSplit
 * that connects during a run (switched on late, or back after a drop) is
 * brought up to date at once: the run started again there and split at each
 * split's own game time so far, then set to the game time as it stands. Its status is
 * one line for the speedrun panel. The socket comes in as a port (the
 * browser's WebSocket, or the `ws` package in tests), so this stays DOM-free.
 */
import type { SpeedrunEvent } from './events';

export const LIVESPLIT_URL = 'ws://localhost:16834/livesplit';

/** What the bridge needs of a WebSocket (the browser's and `ws`'s both fit). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface BridgePorts {
  open: (url: string) => SocketLike;
  /** Runs `task` after `ms` (setTimeout); returns a cancel function. */
  schedule: (task: () => void, ms: number) => () => void;
}

/** The run the bridge follows (the speedrun session): its events, and what a LiveSplit connecting mid-run is told. */
export interface FollowedRun {
  subscribe(listener: (e: SpeedrunEvent) => void): () => void;
  /** IGT as it stands. */
  igtMs(): number;
  readonly running: boolean;
  /** A run is on (in play, suspended, or at its end screen). */
  readonly active: boolean;
  /** The run is over: its final split is among the splits. */
  readonly finished: boolean;
  /** The game time of each split so far, in order. */
  splitTimesMs(): number[];
}

export type BridgeStatus = 'off' | 'connecting' | 'connected';

/** WebSocket.OPEN. */
const OPEN = 1;
/** A run's start: LiveSplit's game time is set by the game, never left to run on its own. */
const START = ['reset', 'starttimer', 'initgametime', 'pausegametime', 'setgametime 0:00:00.000'];
const RETRY_MS = 3000;

/** "0:01:02.345": a game time as LiveSplit's setgametime reads it (h:mm:ss.fff). */
export function gameTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const two = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  return `${h}:${two(m)}:${two(s)}.${String(total % 1000).padStart(3, '0')}`;
}

export class LiveSplitBridge {
  private socket: SocketLike | null = null;
  private cancelRetry: (() => void) | null = null;
  private state: BridgeStatus = 'off';
  private readonly listeners = new Set<(status: BridgeStatus) => void>();
  private run: FollowedRun | null = null;

  constructor(
    private readonly ports: BridgePorts,
    private readonly url: string = LIVESPLIT_URL,
  ) {}

  get status(): BridgeStatus {
    return this.state;
  }

  /** One line for the panel. */
  statusText(): string {
    if (this.state === 'connected') return 'LiveSplit: connected';
    if (this.state === 'connecting') return 'LiveSplit: not connected — retrying quietly';
    return 'LiveSplit: off';
  }

  onStatus(listener: (status: BridgeStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Switched on or off in the speedrun settings. */
  setEnabled(enabled: boolean): void {
    if (enabled && this.state === 'off') this.connect();
    if (!enabled && this.state !== 'off') {
      this.cancelRetry?.();
      this.cancelRetry = null;
      const socket = this.socket;
      this.socket = null;
      this.setStatus('off');
      socket?.close();
    }
  }

  /**
   * Sends every event of `run` to LiveSplit (dropped while the bridge is off
   * or not connected), and the run so far whenever LiveSplit connects.
   * Returns the unsubscribe.
   */
  follow(run: FollowedRun): () => void {
    this.run = run;
    return run.subscribe((event) => this.send(event, run));
  }

  /** A speedrun event as LiveSplit commands; `now` is the run as it stands. */
  private send(event: SpeedrunEvent, now: FollowedRun): void {
    switch (event.type) {
      case 'started':
        return this.commands(...START);
      case 'timing':
        return this.commands(
          `setgametime ${gameTime(event.igtMs)}`,
          event.running ? 'unpausegametime' : 'pausegametime',
        );
      case 'split':
        // The split at the time of the input that closed the chapter, then the clock as it runs now.
        return this.commands(
          'pausegametime',
          `setgametime ${gameTime(event.split.igtMs)}`,
          'split',
          ...(event.final ? [] : [`setgametime ${gameTime(now.igtMs())}`]),
          ...(now.running ? ['unpausegametime'] : []),
        );
      case 'reset':
        return this.commands('reset');
      default:
        return;
    }
  }

  /**
   * A LiveSplit that has just connected, told the run so far: started again,
   * each split so far at its own game time, then the clock as it stands (none
   * after the final split). Nothing while no run is on.
   */
  private catchUp(): void {
    const run = this.run;
    if (!run?.active) return;
    this.commands(
      ...START,
      ...run.splitTimesMs().flatMap((ms) => [`setgametime ${gameTime(ms)}`, 'split']),
      ...(run.finished
        ? []
        : [`setgametime ${gameTime(run.igtMs())}`, ...(run.running ? ['unpausegametime'] : [])]),
    );
  }

  private commands(...lines: string[]): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return;
    try {
      for (const line of lines) socket.send(line);
    } catch {
      /* the connection dropped mid-send: onclose reconnects */
    }
  }

  private connect(): void {
    this.cancelRetry = null;
    this.setStatus('connecting');
    let socket: SocketLike;
    try {
      socket = this.ports.open(this.url);
    } catch {
      return this.retry();
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.setStatus('connected');
      this.catchUp();
    };
    // An error is followed by close; close schedules the next try.
    socket.onerror = () => undefined;
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.state !== 'off') this.retry();
    };
  }

  private retry(): void {
    this.setStatus('connecting');
    this.cancelRetry = this.ports.schedule(() => this.connect(), RETRY_MS);
  }

  private setStatus(status: BridgeStatus): void {
    if (status === this.state) return;
    this.state = status;
    for (const l of [...this.listeners]) l(status);
  }
}
