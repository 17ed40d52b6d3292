/**
 * whenQuiet (ui/browserPorts.ts) on a page that is never quiet: an idle period
 * comes after every frame, each shorter than a quiet moment, as under an
 * animation (or a test's polling in every frame). The work must still run,
 * once its limit has passed. The browser's requestIdleCallback is modelled as
 * Chromium's: a timeout is a whole number of ms (WebIDL truncates a fraction),
 * and 0 means none; a callback runs in the next idle period unless its timeout
 * has run out before it. The idle periods come every 16 ms, one of them half a
 * millisecond before the limit: a legal schedule on which the retry used to ask
 * for a timeout of 0 (none) and wait for ever. The offline browser test, which
 * polls in every frame, failed about half its runs that way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const FRAME_MS = 16;
/** The first idle period: so that one falls at 2999.5 ms, half a millisecond before the limit. */
const FIRST_IDLE_MS = 7.5;
const IDLE_MS = 10;

interface Request {
  callback: (deadline: { didTimeout: boolean; timeRemaining(): number }) => void;
  /** When its timeout runs out (null: none). */
  due: number | null;
}

async function framesUntilRun(ms: number): Promise<number | null> {
  let now = 0;
  let pending: Request[] = [];
  vi.stubGlobal('addEventListener', () => undefined);
  vi.stubGlobal('document', { addEventListener: () => undefined, visibilityState: 'visible' });
  vi.stubGlobal('performance', { now: () => now });
  vi.stubGlobal('window', { requestIdleCallback: true });
  vi.stubGlobal('requestIdleCallback', (callback: Request['callback'], options?: { timeout?: number }) => {
    const timeout = Math.trunc(options?.timeout ?? 0);
    pending.push({ callback, due: timeout > 0 ? now + timeout : null });
    return pending.length;
  });
  vi.resetModules();
  const { whenQuiet } = await import('../../src/ui/browserPorts');
  let ranAt: number | null = null;
  whenQuiet(() => (ranAt = now));
  for (let frame = 1; now < ms && ranAt === null; frame++) {
    const next = FIRST_IDLE_MS + (frame - 1) * FRAME_MS;
    const requests = pending;
    pending = [];
    for (const r of requests) {
      if (r.due !== null && r.due < next) {
        now = r.due;
        r.callback({ didTimeout: true, timeRemaining: () => 0 });
      } else {
        now = next;
        r.callback({ didTimeout: false, timeRemaining: () => IDLE_MS });
      }
    }
    now = next;
  }
  return ranAt;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('whenQuiet on a page that is never quiet', () => {
  it('runs the work once its 3 s limit has passed, not never', async () => {
    const ranAt = await framesUntilRun(10_000);
    expect(ranAt).not.toBeNull();
    expect(ranAt!).toBeGreaterThanOrEqual(3000);
    expect(ranAt!).toBeLessThan(3000 + FRAME_MS);
  });
});
