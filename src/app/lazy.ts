/**
 * A part of the game loaded on first use (the saves and their schema, a
 * campaign's story): `get()` loads it once, `now()` has it once it is loaded,
 * so work that must not wait (an autosave after a paint) can skip the wait.
 * A failed load is forgotten, so the next `get()` tries again.
 */
export interface Lazy<T> {
  get(): Promise<T>;
  now(): T | null;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | null = null;
  let value: T | null = null;
  return {
    get() {
      pending ??= load().then(
        (v) => (value = v),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      );
      return pending;
    },
    now: () => value,
  };
}

/** Something already at hand, as a Lazy (tests, and parts the page holds from the start). */
export function ready<T>(value: T): Lazy<T> {
  return { get: () => Promise.resolve(value), now: () => value };
}
