/**
 * The timing rules on a fake clock: IGT counts only while the game waits for
 * the runner, never while it loads or computes, never while the page is
 * hidden; a reload keeps the run and records the interruption.
 */
import { describe, expect, it } from 'vitest';
import { RunTimer } from '../../../src/core/speedrun/timer';
import { FakeClock } from '../../helpers/fakeClock';

describe('the run timer', () => {
  it('excludes story loading and the game’s own computing from IGT, not from RTA', () => {
    const clock = new FakeClock();
    const timer = new RunTimer(clock); // the first input: the category's button
    clock.advance(800); // the story loads
    timer.ready(); // the first page is on screen
    clock.advance(5000); // the runner reads and chooses
    timer.busy(); // the choice is computed…
    clock.advance(300);
    timer.ready(); // …and its page shown
    clock.advance(2000);
    expect(timer.igtMs()).toBe(7000);
    expect(timer.rtaMs()).toBe(8100);
    expect(timer.running).toBe(true);
  });

  it('does not count hidden time in IGT, and records it', () => {
    const clock = new FakeClock();
    const timer = new RunTimer(clock);
    timer.ready();
    clock.advance(1000);
    timer.setHidden(true);
    clock.advance(60_000); // another tab
    expect(timer.running).toBe(false);
    timer.setHidden(false);
    clock.advance(500);
    expect(timer.igtMs()).toBe(1500);
    expect(timer.hiddenMs()).toBe(60_000);
    expect(timer.rtaMs()).toBe(61_500);
  });

  it('resumes IGT after a reload and records the interruption in real time', () => {
    const before = new FakeClock();
    const timer = new RunTimer(before);
    timer.ready();
    before.advance(4000);
    timer.setHidden(true); // a reload hides the page first: the run is kept here
    const kept = timer.snapshot();
    expect(kept.igtMs).toBe(4000);

    // The new page's monotonic clock starts again; the wall clock has moved on 20 s.
    const after = new FakeClock(Date.parse(kept.savedAt) + 20_000 - 1000);
    const resumed = RunTimer.restore(after, JSON.parse(JSON.stringify(kept)));
    expect(resumed.suspended).toBe(true);
    after.advance(3000); // the title screen: nothing counts until Continue
    expect(resumed.snapshot().savedAt).toBe(kept.savedAt); // kept again, it still stopped when it stopped
    expect(resumed.igtMs()).toBe(4000);
    resumed.resume(); // Continue
    after.advance(100); // restoring the page
    resumed.ready();
    after.advance(1000);
    expect(resumed.igtMs()).toBe(5000);
    expect(resumed.interruptions()).toEqual([{ atIgtMs: 4000, realMs: 23_000 }]);
    expect(resumed.rtaMs()).toBe(4000 + 23_000 + 1100);
  });

  it('stops at a visit to the title and counts again after Continue', () => {
    const clock = new FakeClock();
    const timer = new RunTimer(clock);
    timer.ready();
    clock.advance(1000);
    timer.suspend();
    clock.advance(9000);
    timer.busy(); // ignored while suspended: Continue is what resumes
    timer.resume();
    timer.ready();
    clock.advance(1000);
    expect(timer.igtMs()).toBe(2000);
    expect(timer.interruptions()).toEqual([{ atIgtMs: 1000, realMs: 9000 }]);
  });

  it('fixes every time at the end', () => {
    const clock = new FakeClock();
    const timer = new RunTimer(clock);
    timer.ready();
    clock.advance(1234);
    timer.busy();
    timer.finish();
    clock.advance(10_000);
    timer.ready();
    expect([timer.igtMs(), timer.rtaMs()]).toEqual([1234, 1234]);
  });
});
