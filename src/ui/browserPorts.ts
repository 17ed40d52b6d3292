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

/**
 * After the next paint, at background priority: for the work a choice leaves
 * that the player does not see (the autosave, the flowchart's record, the
 * map's redraw, the step's sounds, the lookahead). It waits behind whatever
 * the browser has queued for the player, so it neither delays the frame with
 * the new text nor what comes right after it (where `scheduler.postTask` is
 * missing: a plain task). Nothing is lost to it: what is still waiting when
 * the page is hidden or left (a reload, a closed tab) is done then.
 */
export function afterPaintInBackground(task: () => void): void {
  const once = (): void => {
    if (waiting.delete(once)) task();
  };
  waiting.add(once);
  requestAnimationFrame(() => inBackground(once));
}

const waiting = new Set<() => void>();
const doWaiting = (): void => {
  for (const task of [...waiting]) task();
};
addEventListener('pagehide', doWaiting);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') doWaiting();
});

/** A task at background priority, behind whatever the browser has queued (where `scheduler.postTask` is missing: a plain task). */
export function inBackground(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task, 0);
}

type PostTask = (task: () => void, options: { priority: 'background' }) => Promise<void>;

/** An idle period this long has no frame due within it: a quiet moment. */
const QUIET_MS = 40;
/** How long `whenQuiet` waits for one at most. */
const QUIET_WAIT_MS = 3000;

/**
 * Runs `task` in a long idle period: the browser idle with no frame to draw
 * for a while (Chromium gives up to 50 ms then; an idle moment between a
 * click and its paint is cut at the next frame). For the game's work ahead of
 * need, which would otherwise hold up a page the player is opening. Never
 * later than `QUIET_WAIT_MS`, on a page that is never quiet.
 */
export function whenQuiet(task: () => void): void {
  if (!('requestIdleCallback' in window)) return void setTimeout(task, 200);
  const latest = performance.now() + QUIET_WAIT_MS;
  const attempt = (deadline: IdleDeadline): void => {
    // Whole ms: a timeout of 0 (as a fraction of one would become) means none at all, and a page
    // with short idle periods only (an animation) would then wait for ever.
    const left = Math.ceil(latest - performance.now());
    if (deadline.didTimeout || deadline.timeRemaining() >= QUIET_MS || left <= 0) task();
    else requestIdleCallback(attempt, { timeout: left });
  };
  requestIdleCallback(attempt, { timeout: QUIET_WAIT_MS });
}
