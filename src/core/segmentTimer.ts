/**
 * Practice's segment timer: times each stretch of play from one chapter (a
 * decision) to the next, not whole runs. Pure: the caller gives the times (the
 * Clock port's monotonic milliseconds), so a test drives it with plain numbers.
 *
 * Kept apart from the speedrun run timer on purpose: practice starts anywhere
 * (a jump), restarts at every jump, and keeps only the best time per segment.
 */

export interface SegmentTime {
  /** The chapter the segment starts at, and the chapter (or ending) it ends at. */
  from: string;
  to: string;
  ms: number;
  /** Is this the best time of this segment so far (in this practice)? */
  best: boolean;
}

export interface SegmentTimer {
  /** The chapter the running segment started at, and when; null when stopped. */
  running: { from: string; since: number } | null;
  /** Finished segments, the latest last. */
  done: SegmentTime[];
  /** Best time per segment ("SH-2→SH-3"). */
  bests: Record<string, number>;
}

export const NEW_SEGMENT_TIMER: SegmentTimer = { running: null, done: [], bests: {} };

/** Keeps the panel short: the latest segments only (the bests are all kept). */
export const MAX_SEGMENTS_SHOWN = 12;

export const segmentId = (from: string, to: string): string => `${from}→${to}`;

/** Starts (or restarts, after a jump) a segment at `chapter`; the running one is dropped, not finished. */
export function startSegment(timer: SegmentTimer, chapter: string, now: number): SegmentTimer {
  return { ...timer, running: { from: chapter, since: now } };
}

/** Finishes the running segment at `to` and starts the next there (an ending stops instead). */
export function reachChapter(timer: SegmentTimer, to: string, now: number, ending = false): SegmentTimer {
  const { running } = timer;
  if (!running || running.from === to) return timer;
  const ms = Math.max(0, now - running.since);
  const id = segmentId(running.from, to);
  const previous = timer.bests[id];
  const best = previous === undefined || ms < previous;
  return {
    running: ending ? null : { from: to, since: now },
    done: [...timer.done, { from: running.from, to, ms, best }].slice(-MAX_SEGMENTS_SHOWN),
    bests: best ? { ...timer.bests, [id]: ms } : timer.bests,
  };
}

/** Stops timing: the running segment is dropped. */
export function stopSegments(timer: SegmentTimer): SegmentTimer {
  return { ...timer, running: null };
}

/** "1:02.345" or "12.345 s": a segment's time, to the millisecond. */
export function formatSegment(ms: number): string {
  const total = Math.round(ms);
  const minutes = Math.floor(total / 60_000);
  const seconds = ((total % 60_000) / 1000).toFixed(3);
  return minutes ? `${minutes}:${seconds.padStart(6, '0')}` : `${seconds} s`;
}
