/** Practice's segment timer on plain numbers (the Clock port's milliseconds). */
import { describe, expect, it } from 'vitest';
import {
  formatSegment,
  MAX_SEGMENTS_SHOWN,
  NEW_SEGMENT_TIMER,
  reachChapter,
  startSegment,
  stopSegments,
} from '../../src/core/segmentTimer';

describe('segment timer', () => {
  it('times each chapter to the next, and an ending ends the last segment', () => {
    let t = startSegment(NEW_SEGMENT_TIMER, 'KW-3', 1000);
    t = reachChapter(t, 'KW-4', 4500);
    t = reachChapter(t, 'KW-E1', 5000, true);
    expect(t.done).toEqual([
      { from: 'KW-3', to: 'KW-4', ms: 3500, best: true },
      { from: 'KW-4', to: 'KW-E1', ms: 500, best: true },
    ]);
    expect(t.running).toBeNull();
    // Nothing is timed while stopped.
    expect(reachChapter(t, 'KW-5', 9000)).toBe(t);
  });

  it('keeps the best time per segment; a restart drops the running segment', () => {
    let t = startSegment(NEW_SEGMENT_TIMER, 'SH-1', 0);
    t = reachChapter(t, 'SH-2', 900);
    t = startSegment(t, 'SH-1', 1000);
    t = startSegment(t, 'SH-1', 5000);
    t = reachChapter(t, 'SH-2', 6000);
    t = startSegment(t, 'SH-1', 7000);
    t = reachChapter(t, 'SH-2', 7800);
    expect(t.done.map((s) => [s.ms, s.best])).toEqual([
      [900, true],
      [1000, false],
      [800, true],
    ]);
    expect(t.bests).toEqual({ 'SH-1→SH-2': 800 });
    expect(stopSegments(t).running).toBeNull();
  });

  it('shows only the latest segments', () => {
    let t = startSegment(NEW_SEGMENT_TIMER, 'C0', 0);
    for (let i = 1; i <= MAX_SEGMENTS_SHOWN + 3; i++) t = reachChapter(t, `C${i}`, i * 10);
    expect(t.done).toHaveLength(MAX_SEGMENTS_SHOWN);
    expect(t.done.at(-1)?.to).toBe(`C${MAX_SEGMENTS_SHOWN + 3}`);
  });

  it('formats to the millisecond', () => {
    expect(formatSegment(12_345)).toBe('12.345 s');
    expect(formatSegment(62_005)).toBe('1:02.005');
    expect(formatSegment(0)).toBe('0.000 s');
  });
});
