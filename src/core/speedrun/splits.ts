/**
 * Splits and records: a split at the end of every chapter (the last one at the
 * ending text), personal bests, best segments ("golds") and the sum of best,
 * kept per category and story version. Pure: the persistence layer stores
 * `Records` as they are.
 */

/** A split of a run: the chapter it closes and the IGT when it closed. */
export interface Split {
  /** The campaign of the run (0 for a one-campaign category). */
  campaign: number;
  /** The chapter id, e.g. "SH-3". */
  chapter: string;
  igtMs: number;
}

/**
 * The name a split is compared under: the chapter, with its campaign for
 * chains ("2·SH-3"), and an occurrence count when a campaign passes a chapter
 * twice ("SH-10#2"), so every split of a run has its own name.
 */
export function splitKeys(splits: readonly Pick<Split, 'campaign' | 'chapter'>[], chain: boolean): string[] {
  const seen = new Map<string, number>();
  return splits.map((s) => {
    const base = chain ? `${s.campaign + 1}·${s.chapter}` : s.chapter;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** What persists per category and story version. */
export interface Records {
  /** Runs started, finished or not. */
  attempts: number;
  /** The fastest complete run: its IGT and its splits by name. */
  pb: { igtMs: number; splits: { key: string; igtMs: number }[] } | null;
  /** The best time of every segment ever run, by split name. */
  golds: Record<string, number>;
}

export const NO_RECORDS: Records = { attempts: 0, pb: null, golds: {} };

/** One split as the splits panel shows it. */
export interface SplitRow {
  key: string;
  chapter: string;
  igtMs: number;
  /** This run's segment: from the previous split to this one. */
  segmentMs: number;
  /** Against the personal best at the same split (negative: ahead); null when the PB has no such split. */
  deltaMs: number | null;
  /** The segment beat (or set) the best ever. */
  gold: boolean;
}

/** The segments of a run, by split name: each split's time minus the previous one's. */
export function segments(keys: readonly string[], times: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  keys.forEach((k, i) => out.set(k, (times[i] ?? 0) - (i > 0 ? (times[i - 1] ?? 0) : 0)));
  return out;
}

/** The panel's rows for a run's splits so far, against the records as they were before the run. */
export function splitRows(splits: readonly Split[], chain: boolean, records: Records): SplitRow[] {
  const keys = splitKeys(splits, chain);
  const pb = new Map(records.pb?.splits.map((s) => [s.key, s.igtMs]) ?? []);
  const segs = segments(
    keys,
    splits.map((s) => s.igtMs),
  );
  return splits.map((s, i) => {
    const key = keys[i]!;
    const segmentMs = segs.get(key) ?? 0;
    const best = records.golds[key];
    const pbAt = pb.get(key);
    return {
      key,
      chapter: s.chapter,
      igtMs: s.igtMs,
      segmentMs,
      deltaMs: pbAt === undefined ? null : s.igtMs - pbAt,
      gold: best === undefined || segmentMs < best,
    };
  });
}

/**
 * Sum of best: the personal best's splits, each segment at its best ever time.
 * Null before there is a personal best.
 */
export function sumOfBest(records: Records): number | null {
  if (!records.pb) return null;
  return records.pb.splits.reduce((sum, s, i, all) => {
    const previous = i > 0 ? all[i - 1]!.igtMs : 0;
    return sum + (records.golds[s.key] ?? s.igtMs - previous);
  }, 0);
}

/** A new attempt is counted. */
export function withAttempt(records: Records): Records {
  return { ...records, attempts: records.attempts + 1 };
}

/**
 * Golds learn from every split run, finished or reset; the personal best only
 * from a complete run that is faster.
 */
export function withRun(
  records: Records,
  splits: readonly Split[],
  chain: boolean,
  complete: boolean,
): Records {
  const keys = splitKeys(splits, chain);
  const golds = { ...records.golds };
  for (const [key, ms] of segments(
    keys,
    splits.map((s) => s.igtMs),
  )) {
    if (golds[key] === undefined || ms < golds[key]) golds[key] = ms;
  }
  const last = splits[splits.length - 1];
  const faster = complete && last !== undefined && (!records.pb || last.igtMs < records.pb.igtMs);
  const pb = faster
    ? { igtMs: last.igtMs, splits: splits.map((s, i) => ({ key: keys[i]!, igtMs: s.igtMs })) }
    : records.pb;
  return { ...records, golds, pb };
}

/** "1:02.345", "12:02:03.045": a time as a runner reads it. */
export function formatTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const frac = String(total % 1000).padStart(3, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}.${frac}` : `${m}:${ss}.${frac}`;
}

/** "+1.250", "−0.500": a delta with its sign always written, never told by colour alone. */
export function formatDelta(ms: number): string {
  const sign = ms > 0 ? '+' : ms < 0 ? '−' : '±';
  const abs = Math.abs(Math.round(ms));
  const body =
    abs >= 60_000 ? formatTime(abs) : `${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
  return `${sign}${body}`;
}

/**
 * Where splits are taken: a chapter's split closes when the next chapter
 * begins or the ending comes. The game closes them with a time; the verifier's
 * replay with the choice that closed them.
 */
export class ChapterSplitter<T> {
  private open: string | null = null;

  constructor(private readonly onClose: (chapter: string, at: T) => void) {}

  /** The chapter being played, if any (kept across a reload). */
  get current(): string | null {
    return this.open;
  }

  set current(chapter: string | null) {
    this.open = chapter;
  }

  enter(chapter: string, at: T): void {
    if (this.open !== null) this.onClose(this.open, at);
    this.open = chapter;
  }

  end(at: T): void {
    if (this.open !== null) this.onClose(this.open, at);
    this.open = null;
  }
}
