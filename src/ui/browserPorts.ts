/** The browser's clock, randomness and paint timing, behind the app's ports. */
import type { Clock, Rng } from '../core/ports';

export const browserClock: Clock = {
  now: () => performance.now(),
  date: () => new Date(),
};

export const browserRng: Rng = {
  nextSeed() {
    const a = new Uint32Array(1);
    crypto.getRandomValues(a);
    return (a[0] ?? 0) % 2147483647;
  },
};

/** After the next paint: a frame, then a task, so the new text is on screen first. */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** Runs `task` when the browser has nothing else to do (soon, where it cannot say). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task());
  else setTimeout(task, 200);
}
