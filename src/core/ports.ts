/** Ports: what core-level logic needs from the outside world, as interfaces. */

export interface Clock {
  /** Milliseconds, monotonic where possible: for measuring durations. */
  now(): number;
  /** The wall-clock time: for timestamps a person reads (a run's start, a save's date). */
  date(): Date;
}

export interface Rng {
  /** An integer seed for a new run. */
  nextSeed(): number;
  /**
   * The seed the next `nextSeed()` will give, drawn now, so that a new run's
   * story can be started ahead (a prefetch). Optional: without it, nothing is.
   */
  upcoming?(): number;
}

/** A string key-value store (localStorage in the browser, a Map in tests). */
export interface KeyValueStorage {
  get(key: string): string | null;
  /** Throws StorageFullError when there is no room. */
  set(key: string, value: string): void;
  remove(key: string): void;
}

export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Storage is full or unavailable.');
    this.name = 'StorageFullError';
    this.cause = cause;
  }
}

/** A compiled story and the hash that tells its versions apart (saves replay when it changes). */
export interface StorySource {
  json: string;
  hash: string;
}
